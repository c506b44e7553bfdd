/// Which entries refer to which, built once per build, so that each page's lists are looked
/// up rather than found by scanning every entry: scanning made the outcome, partner and
/// grouped commitment pages grow with the square of the site. Lists keep the order of the
/// entries they come from, and an entry naming the same target twice is listed once.
struct RelatedEntries: Sendable {
    var commitmentsByOutcome: Grouped<String, Commitment>
    var commitmentsByLead: Grouped<String, Commitment>
    var commitmentsByPartner: Grouped<String, Commitment>
    var commitmentsByLeadOrPartner: Grouped<String, Commitment>
    var commitmentsByArea: Grouped<String, Commitment>
    var commitmentsByStatus: Grouped<Commitment.Status, Commitment>
    var celebrationsByOutcome: Grouped<String, Celebration>
    var celebrationsByCommitment: Grouped<String, Celebration>
    var celebrationsByPartner: Grouped<String, Celebration>
    var conversationsByOutcome: Grouped<String, Conversation>
    var conversationsByHost: Grouped<String, Conversation>
    var outcomesByLead: Grouped<String, Outcome>
    var outcomesByPillar: Grouped<String, Outcome>

    init(_ p: ResolvedPartnership) {
        let commitments = p.model.commitments
        let conversations = p.upcomingConversations + p.pastConversations
        commitmentsByOutcome = Grouped(commitments) { $0.outcomes.map(\.id) }
        commitmentsByLead = Grouped(commitments) { [$0.lead.id] }
        commitmentsByPartner = Grouped(commitments) { $0.partners.map(\.id) }
        commitmentsByLeadOrPartner = Grouped(commitments) { [$0.lead.id] + $0.partners.map(\.id) }
        commitmentsByArea = Grouped(commitments) { $0.area.map { [$0.id] } ?? [] }
        commitmentsByStatus = Grouped(commitments) { [$0.status] }
        celebrationsByOutcome = Grouped(p.celebrations) { $0.outcomes.map(\.id) }
        celebrationsByCommitment = Grouped(p.celebrations) { $0.commitments.map(\.id) }
        celebrationsByPartner = Grouped(p.celebrations) { $0.partners.map(\.id) }
        conversationsByOutcome = Grouped(conversations) { $0.outcomes.map(\.id) }
        conversationsByHost = Grouped(conversations) { $0.hosts.map(\.id) }
        outcomesByLead = Grouped(p.model.outcomes) { $0.leads.map(\.id) }
        outcomesByPillar = Grouped(p.model.outcomes) { [$0.pillar.id] }
    }
}

/// Entries grouped by keys, held as positions in the one list they come from, so that a
/// build holds each entry once rather than once per grouping (six groupings of 50,000
/// commitments held copies of some 150 MB). A group's list is made when it is asked for.
struct Grouped<Key: Hashable & Sendable, Element: Sendable>: Sendable {
    private let all: [Element]
    private let positions: [Key: [Int]]

    /// Lists keep the order of `items`, and an item naming the same key twice is listed once.
    init(_ items: [Element], by keys: (Element) -> [Key]) {
        var positions: [Key: [Int]] = [:]
        for (index, item) in items.enumerated() {
            var seen = Set<Key>()
            for key in keys(item) where seen.insert(key).inserted {
                positions[key, default: []].append(index)
            }
        }
        self.all = items
        self.positions = positions
    }

    /// How many keys have a group.
    var count: Int { positions.count }

    subscript(key: Key) -> [Element]? {
        positions[key].map { $0.map { all[$0] } }
    }
}
