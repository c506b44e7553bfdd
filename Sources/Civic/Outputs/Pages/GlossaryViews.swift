/// One term on the page that explains the figures: its anchor, its name (with the shape
/// it is shown with, for a status) and what it means.
final class GlossaryEntryView: Sendable {
    let id: String
    let term: String
    let symbol: String?
    let definition: String

    init(id: String, term: String, symbol: String?, definition: String) {
        (self.id, self.term, self.symbol, self.definition) = (id, term, symbol, definition)
    }
}

final class ScaleLevelView: Sendable {
    let value: Int
    let label: String

    init(value: Int, label: String) {
        (self.value, self.label) = (value, label)
    }
}

/// "About the figures": what every status, overdue, quiet, baseline, target and the review
/// scale mean, in the site's language. Every status mark on the site links to its entry.
final class GlossaryView: Sendable {
    let asOf: String
    let indicatorStatuses: [GlossaryEntryView]
    let commitmentStatuses: [GlossaryEntryView]
    let terms: [GlossaryEntryView]
    let scaleIntro: String
    let scale: [ScaleLevelView]

    init(asOf: String, indicatorStatuses: [GlossaryEntryView], commitmentStatuses: [GlossaryEntryView],
         terms: [GlossaryEntryView], scaleIntro: String, scale: [ScaleLevelView]) {
        (self.asOf, self.indicatorStatuses, self.commitmentStatuses) = (asOf, indicatorStatuses, commitmentStatuses)
        (self.terms, self.scaleIntro, self.scale) = (terms, scaleIntro, scale)
    }
}

extension ViewBuilder {
    func glossaryPage() -> PagePlan {
        let tolerance = t.numbers.quantity(t.numbers.format(IndicatorStatusRules.maintainTolerance * 100, decimals: 0), unit: "%")
        // In the order the rules are tried, so that the page reads as the rule itself.
        let ruleOrder: [IndicatorStatus] = [.noData, .achieved, .noBaseline, .onTrack, .improving, .notImproving]
        let indicatorStatuses = ruleOrder.map { s in
            GlossaryEntryView(id: "status-\(s.rawValue)", term: t["status_\(s.rawValue)"], symbol: Self.indicatorSymbols[s],
                              definition: t.format("glossary_status_\(s.rawValue)", ["tolerance": tolerance]))
        }
        let commitmentStatuses = Commitment.Status.allCases.map { s in
            GlossaryEntryView(id: "commitment-\(s.rawValue)", term: t["commitment_\(s.rawValue)"], symbol: Self.commitmentSymbols[s],
                              definition: t["glossary_commitment_\(s.rawValue)"])
        }
        let terms = ["baseline", "target", "trajectory", "overdue", "quiet", "as-of"].map { key in
            GlossaryEntryView(id: key, term: t["glossary_term_\(key)"], symbol: nil,
                              definition: t.format("glossary_\(key)", ["date": t.date(p.asOf), "tolerance": tolerance]))
        }
        let framework = model.framework
        let view = GlossaryView(
            asOf: t.format("glossary_as_of_intro", ["date": t.date(p.asOf)]),
            indicatorStatuses: indicatorStatuses, commitmentStatuses: commitmentStatuses, terms: terms,
            scaleIntro: t.format("glossary_scale", ["framework": framework.title]),
            scale: framework.scale.map { ScaleLevelView(value: $0.value, label: $0.label) })
        return PagePlan(path: Route.glossary.path, template: "glossary",
                        context: context(path: Route.glossary.path, title: t["glossary_title"], description: t["glossary_description"], view))
    }
}
