/// Which entries refer to which, so that each page's lists are looked up rather than found
/// by scanning every entry: scanning made the outcome, partner and grouped commitment pages
/// grow with the square of the site. Each grouping is made once, when a page first needs it
/// (a preview making one celebration's page makes none). Lists keep the order of the
/// entries they come from, and an entry naming the same target twice is listed once.
struct RelatedEntries: Sendable {
    private let byOutcome, byLead, byPartner, byLeadOrPartner, byArea: MadeOnce<Grouped<String, Commitment>>
    private let byStatus: MadeOnce<Grouped<Commitment.Status, Commitment>>
    private let celebrationsBy: [Link: MadeOnce<Grouped<String, Celebration>>]
    private let conversationsBy: [Link: MadeOnce<Grouped<String, Conversation>>]
    private let outcomesBy: [Link: MadeOnce<Grouped<String, Outcome>>]
    private let byAreaAssets: MadeOnce<Grouped<String, CommunityAsset>>

    /// What a celebration, conversation or outcome is grouped by.
    private enum Link { case outcome, commitment, partner, host, lead, pillar, area }

    var commitmentsByOutcome: Grouped<String, Commitment> { byOutcome.value }
    var commitmentsByLead: Grouped<String, Commitment> { byLead.value }
    var commitmentsByPartner: Grouped<String, Commitment> { byPartner.value }
    var commitmentsByLeadOrPartner: Grouped<String, Commitment> { byLeadOrPartner.value }
    var commitmentsByArea: Grouped<String, Commitment> { byArea.value }
    var commitmentsByStatus: Grouped<Commitment.Status, Commitment> { byStatus.value }
    var celebrationsByOutcome: Grouped<String, Celebration> { celebrationsBy[.outcome]!.value }
    var celebrationsByCommitment: Grouped<String, Celebration> { celebrationsBy[.commitment]!.value }
    var celebrationsByPartner: Grouped<String, Celebration> { celebrationsBy[.partner]!.value }
    var conversationsByOutcome: Grouped<String, Conversation> { conversationsBy[.outcome]!.value }
    var conversationsByHost: Grouped<String, Conversation> { conversationsBy[.host]!.value }
    var celebrationsByArea: Grouped<String, Celebration> { celebrationsBy[.area]!.value }
    var conversationsByArea: Grouped<String, Conversation> { conversationsBy[.area]!.value }
    var assetsByArea: Grouped<String, CommunityAsset> { byAreaAssets.value }
    var outcomesByLead: Grouped<String, Outcome> { outcomesBy[.lead]!.value }
    var outcomesByPillar: Grouped<String, Outcome> { outcomesBy[.pillar]!.value }

    init(_ p: ResolvedPartnership) {
        let commitments = p.model.commitments
        byOutcome = MadeOnce { Grouped(commitments) { $0.outcomes.map(\.id) } }
        byLead = MadeOnce { Grouped(commitments) { [$0.lead.id] } }
        byPartner = MadeOnce { Grouped(commitments) { $0.partners.map(\.id) } }
        byLeadOrPartner = MadeOnce { Grouped(commitments) { [$0.lead.id] + $0.partners.map(\.id) } }
        byArea = MadeOnce { Grouped(commitments) { $0.area.map { [$0.id] } ?? [] } }
        byStatus = MadeOnce { Grouped(commitments) { [$0.status] } }
        let celebrations = p.celebrations
        celebrationsBy = [
            .outcome: MadeOnce { Grouped(celebrations) { $0.outcomes.map(\.id) } },
            .commitment: MadeOnce { Grouped(celebrations) { $0.commitments.map(\.id) } },
            .partner: MadeOnce { Grouped(celebrations) { $0.partners.map(\.id) } },
            .area: MadeOnce { Grouped(celebrations) { $0.area.map { [$0.id] } ?? [] } },
        ]
        let conversations = p.upcomingConversations + p.pastConversations
        conversationsBy = [
            .outcome: MadeOnce { Grouped(conversations) { $0.outcomes.map(\.id) } },
            .host: MadeOnce { Grouped(conversations) { $0.hosts.map(\.id) } },
            .area: MadeOnce { Grouped(conversations) { $0.area.map { [$0.id] } ?? [] } },
        ]
        let assets = p.model.communityAssets
        byAreaAssets = MadeOnce { Grouped(assets) { $0.area.map { [$0.id] } ?? [] } }
        let outcomes = p.model.outcomes
        outcomesBy = [
            .lead: MadeOnce { Grouped(outcomes) { $0.leads.map(\.id) } },
            .pillar: MadeOnce { Grouped(outcomes) { [$0.pillar.id] } },
        ]
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
            let named = keys(item)
            // Most entries name one or two: a set for each would cost more than the look back.
            var seen = named.count > 8 ? Set<Key>() : nil
            for (n, key) in named.enumerated() where seen?.insert(key).inserted ?? !named[..<n].contains(key) {
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
