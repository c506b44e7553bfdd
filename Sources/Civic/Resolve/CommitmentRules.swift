/// Time-dependent facts about a commitment at the as-of date.
public struct CommitmentState: Sendable {
    public var overdue: Bool
    public var quiet: Bool
    /// Updates dated on or before the as-of date, newest first (later in the list first on a tie).
    public var updates: [Commitment.Update]
    /// The latest progress percentage reported, if any.
    public var progress: Int?
    /// The day the partnership last heard of it: the later of its newest update and its start.
    public var lastHeard: Day?
}

enum CommitmentRules {
    static let quietAfterMonths = 12

    static func isOpen(_ status: Commitment.Status) -> Bool {
        status != .done && status != .withdrawn
    }

    static func state(of commitment: Commitment, asOf: Day) -> CommitmentState {
        let visible = commitment.updates
            .filter { $0.date <= asOf }
            .sorted { ($0.date, $0.index) > ($1.date, $1.index) }
        let open = isOpen(commitment.status)
        let overdue = open && (commitment.due.map { $0 < asOf } ?? false)
        let lastHeard = [visible.first?.date, commitment.start].compactMap { $0 }.max()
        let quiet = open && (lastHeard.map { asOf > $0.addingMonths(quietAfterMonths) } ?? false)
        let progress = visible.first(where: { $0.progress != nil })?.progress
        return CommitmentState(overdue: overdue, quiet: quiet, updates: visible, progress: progress, lastHeard: lastHeard)
    }
}
