/// The partnership at the as-of date: what is visible, every computed status, and the
/// indexes that pages need, each built once. Every decision that depends on the date is
/// made here: in `model`, an indicator's figures and breakdowns are those dated on or
/// before `asOf`, and the outputs read `asOf` only to say it.
public struct ResolvedPartnership: Sendable {
    public var model: Partnership
    public var asOf: Day

    /// Why each indicator has its status, by outcome id, then indicator id.
    var statusReasons: [String: [String: StatusReason]]
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
    /// The ids of the upcoming conversations.
    public var upcomingIDs: Set<String>

    /// When each file was last changed in git (see `provenance`).
    var history: SourceHistory = .none

    public var partnersByID: [String: Partner]
    public var outcomesByID: [String: Outcome]
    public var commitmentsByID: [String: Commitment]
    public var areaStoriesByID: [String: AreaStory] = [:]
    public var assetsByID: [String: CommunityAsset] = [:]
    /// What followed each conversation, and what each commitment answers.
    public var followUps = FollowUps()
    /// The periods the site reports on (`/reports/ID/`), newest first.
    public var reportPeriods: [ReportPeriod] = []
    /// The site's archived editions that could be built, in the order `site.yml` lists them.
    public var editions: [ArchivedEdition] = []

    public func status(outcome: String, indicator: String) -> IndicatorStatus {
        reason(outcome: outcome, indicator: indicator).status
    }

    func reason(outcome: String, indicator: String) -> StatusReason {
        statusReasons[outcome]?[indicator] ?? .noData
    }

    /// An outcome's indicator, by the outcome's id and its own.
    func indicator(outcome: String, id: String) -> Indicator? {
        outcomesByID[outcome]?.indicators.first { $0.id == id }
    }

    func isUpcoming(_ conversation: Conversation) -> Bool { upcomingIDs.contains(conversation.id) }

    /// Whether a day is on or before the as-of date: whether what it dates has happened.
    func hasHappened(_ day: Day) -> Bool { day <= asOf }

    /// How many of an outcome's indicators are in each status, in the order of `IndicatorStatus.allCases`.
    public func statusCounts(of outcome: Outcome) -> [(IndicatorStatus, Int)] {
        let statuses = outcome.indicators.map { status(outcome: outcome.id, indicator: $0.id) }
        return IndicatorStatus.allCases.compactMap { status in
            let count = statuses.filter { $0 == status }.count
            return count > 0 ? (status, count) : nil
        }
    }
}
