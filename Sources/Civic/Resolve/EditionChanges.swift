/// An edition of the site as it was published: its tag and date, and the partnership as
/// that edition showed it.
public struct ArchivedEdition: Sendable {
    public var edition: Edition
    public var site: ResolvedPartnership
}

/// What a reader should know changed from one edition to the next: commitments whose due
/// date moved, indicators whose target changed, and entries published in the one before
/// that are no longer there (a celebration dated after the edition before was not yet in it).
struct EditionChanges: Sendable {
    /// A commitment whose due date moved (nil: it had none, or has none now).
    struct DueDate: Sendable {
        var commitment: String
        var title: String
        var before: Day?
        var after: Day?
    }

    /// An indicator whose target changed.
    struct Target: Sendable {
        var outcome: String
        var indicator: Indicator
        var before: Indicator.Point?
        var after: Indicator.Point?
    }

    /// An entry of the edition before that is not in this one.
    struct Gone: Sendable {
        var kind: EntryKind
        var id: String
        var title: String
    }

    var dueDates: [DueDate] = []
    var targets: [Target] = []
    var gone: [Gone] = []
    /// Indicators no longer there, by outcome (an outcome that is gone takes its indicators with it).
    var goneIndicators: [(outcome: String, id: String, title: String)] = []

    var isEmpty: Bool { dueDates.isEmpty && targets.isEmpty && gone.isEmpty && goneIndicators.isEmpty }

    static func between(_ published: ResolvedPartnership, _ now: ResolvedPartnership) -> EditionChanges {
        let (before, after) = (published.model, now.model)
        var changes = EditionChanges()
        let afterCommitments = Dictionary(after.commitments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for old in before.commitments {
            guard let new = afterCommitments[old.id] else { continue }
            if old.due != new.due { changes.dueDates.append(DueDate(commitment: new.id, title: new.title, before: old.due, after: new.due)) }
        }
        let afterOutcomes = Dictionary(after.outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for outcome in before.outcomes {
            guard let now = afterOutcomes[outcome.id] else { continue }
            let indicators = Dictionary(now.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for old in outcome.indicators {
                guard let new = indicators[old.id] else {
                    changes.goneIndicators.append((outcome.id, old.id, old.title))
                    continue
                }
                if !same(old.target, new.target) {
                    changes.targets.append(Target(outcome: outcome.id, indicator: new, before: old.target, after: new.target))
                }
            }
        }
        for kind in EntryKind.allCases {
            let still = Set(kind.publishedIDs(in: now))
            let titles = Dictionary(entries(of: kind, in: before).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            changes.gone += kind.publishedIDs(in: published).filter { !still.contains($0) }
                .map { Gone(kind: kind, id: $0, title: titles[$0] ?? $0) }
        }
        return changes
    }

    private static func same(_ a: Indicator.Point?, _ b: Indicator.Point?) -> Bool {
        a?.date == b?.date && a?.value.number == b?.value.number
    }

    /// Every entry of a kind with its id and title. Areas are the site's; the rest, files.
    static func entries(of kind: EntryKind, in m: Partnership) -> [(id: String, title: String)] {
        switch kind {
        case .partners: m.partners.map { ($0.id, $0.name) }
        case .outcomes: m.outcomes.map { ($0.id, $0.title) }
        case .commitments: m.commitments.map { ($0.id, $0.title) }
        case .assessments: m.assessments.map { ($0.id, $0.title) }
        case .celebrations: m.celebrations.map { ($0.id, $0.title) }
        case .conversations: m.conversations.map { ($0.id, $0.title) }
        case .areas: m.site.areas.map { ($0.id, $0.name) }
        case .communityAssets: m.communityAssets.map { ($0.id, $0.name) }
        case .pages: m.pages.filter { $0.id != "index" }.map { ($0.id, $0.title) }
        }
    }
}
