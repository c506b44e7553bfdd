/// The partnership at the as-of date: what is visible, every computed status, and the
/// indexes that pages need, each built once.
public struct ResolvedPartnership: Sendable {
    public var model: Partnership
    public var asOf: Day

    /// Indicator statuses by outcome id, then indicator id.
    public var indicatorStatuses: [String: [String: IndicatorStatus]]
    public var commitmentStates: [String: CommitmentState]
    /// Celebrations dated on or before the as-of date, newest first (ties by id).
    public var celebrations: [Celebration]
    /// Reviews dated on or before the as-of date, oldest first.
    public var assessments: [Assessment]
    /// For each visible review, each question's change since the previous review.
    public var ratingChanges: [String: [String: RatingChange]]
    /// Conversations starting on or after the as-of date, soonest first.
    public var upcomingConversations: [Conversation]
    /// Conversations before the as-of date, most recent first.
    public var pastConversations: [Conversation]

    public var partnersByID: [String: Partner]
    public var outcomesByID: [String: Outcome]
    public var commitmentsByID: [String: Commitment]

    public func status(outcome: String, indicator: String) -> IndicatorStatus {
        indicatorStatuses[outcome]?[indicator] ?? .noData
    }

    /// How many of an outcome's indicators are in each status, in the order of `IndicatorStatus.allCases`.
    public func statusCounts(of outcome: Outcome) -> [(IndicatorStatus, Int)] {
        let statuses = outcome.indicators.map { status(outcome: outcome.id, indicator: $0.id) }
        return IndicatorStatus.allCases.compactMap { status in
            let count = statuses.filter { $0 == status }.count
            return count > 0 ? (status, count) : nil
        }
    }
}
