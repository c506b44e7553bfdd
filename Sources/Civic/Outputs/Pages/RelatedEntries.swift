/// Which entries refer to which, built once per build, so that each page's lists are looked
/// up rather than found by scanning every entry: scanning made the outcome, partner and
/// grouped commitment pages grow with the square of the site. Lists keep the order of the
/// entries they come from, and an entry naming the same target twice is listed once.
struct RelatedEntries: Sendable {
    var commitmentsByOutcome: [String: [Commitment]]
    var commitmentsByLead: [String: [Commitment]]
    var commitmentsByPartner: [String: [Commitment]]
    var commitmentsByLeadOrPartner: [String: [Commitment]]
    var commitmentsByArea: [String: [Commitment]]
    var commitmentsByStatus: [Commitment.Status: [Commitment]]
    var celebrationsByOutcome: [String: [Celebration]]
    var celebrationsByCommitment: [String: [Celebration]]
    var celebrationsByPartner: [String: [Celebration]]
    var conversationsByOutcome: [String: [Conversation]]
    var conversationsByHost: [String: [Conversation]]
    var outcomesByLead: [String: [Outcome]]
    var outcomesByPillar: [String: [Outcome]]

    init(_ p: ResolvedPartnership) {
        let commitments = p.model.commitments
        let conversations = p.upcomingConversations + p.pastConversations
        commitmentsByOutcome = Self.group(commitments) { $0.outcomes.map(\.id) }
        commitmentsByLead = Self.group(commitments) { [$0.lead.id] }
        commitmentsByPartner = Self.group(commitments) { $0.partners.map(\.id) }
        commitmentsByLeadOrPartner = Self.group(commitments) { [$0.lead.id] + $0.partners.map(\.id) }
        commitmentsByArea = Self.group(commitments) { $0.area.map { [$0.id] } ?? [] }
        commitmentsByStatus = Dictionary(grouping: commitments, by: \.status)
        celebrationsByOutcome = Self.group(p.celebrations) { $0.outcomes.map(\.id) }
        celebrationsByPartner = Self.group(p.celebrations) { $0.partners.map(\.id) }
        celebrationsByCommitment = Self.group(p.celebrations) { $0.commitments.map(\.id) }
        conversationsByOutcome = Self.group(conversations) { $0.outcomes.map(\.id) }
        conversationsByHost = Self.group(conversations) { $0.hosts.map(\.id) }
        outcomesByLead = Self.group(p.model.outcomes) { $0.leads.map(\.id) }
        outcomesByPillar = Self.group(p.model.outcomes) { [$0.pillar.id] }
    }

    static func group<T>(_ items: [T], by keys: (T) -> [String]) -> [String: [T]] {
        var groups: [String: [T]] = [:]
        for item in items {
            var seen = Set<String>()
            for key in keys(item) where seen.insert(key).inserted {
                groups[key, default: []].append(item)
            }
        }
        return groups
    }
}
