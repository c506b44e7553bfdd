final class StatusCountView: Sendable {
    let status: StatusView
    let count: Int

    init(status: StatusView, count: Int) {
        self.status = status
        self.count = count
    }
}

final class OutcomeCardView: Sendable {
    let title: String
    let url: String
    let summary: String
    let statusCounts: [StatusCountView]
    let indicatorCount: Int

    init(title: String, url: String, summary: String, statusCounts: [StatusCountView], indicatorCount: Int) {
        self.title = title
        self.url = url
        self.summary = summary
        self.statusCounts = statusCounts
        self.indicatorCount = indicatorCount
    }
}

final class PillarGroupView: Sendable {
    let id: String
    let title: String
    let outcomes: [OutcomeCardView]

    init(id: String, title: String, outcomes: [OutcomeCardView]) {
        self.id = id
        self.title = title
        self.outcomes = outcomes
    }
}

final class TableRowView: Sendable {
    let label: String?
    let date: String
    let dateISO: String
    let value: String
    let note: String?

    init(label: String?, date: String, dateISO: String, value: String, note: String?) {
        self.label = label
        self.date = date
        self.dateISO = dateISO
        self.value = value
        self.note = note
    }
}

final class IndicatorView: Sendable {
    let id: String
    let anchor: String
    let title: String
    let unit: String?
    let direction: String
    let status: StatusView
    let chartSVG: String?
    let hasBaseline: Bool
    let hasTarget: Bool
    let hasTrajectory: Bool
    let summary: String
    let rows: [TableRowView]
    let breakdownCount: Int
    let sourceTitle: String?
    let sourceURL: String?
    let csvURL: String?

    init(id: String, anchor: String, title: String, unit: String?, direction: String, status: StatusView, chartSVG: String?, hasBaseline: Bool, hasTarget: Bool, hasTrajectory: Bool, summary: String, rows: [TableRowView], breakdownCount: Int, sourceTitle: String?, sourceURL: String?, csvURL: String?) {
        self.id = id
        self.anchor = anchor
        self.title = title
        self.unit = unit
        self.direction = direction
        self.status = status
        self.chartSVG = chartSVG
        self.hasBaseline = hasBaseline
        self.hasTarget = hasTarget
        self.hasTrajectory = hasTrajectory
        self.summary = summary
        self.rows = rows
        self.breakdownCount = breakdownCount
        self.sourceTitle = sourceTitle
        self.sourceURL = sourceURL
        self.csvURL = csvURL
    }
}

final class DatedLinkView: Sendable {
    let title: String
    let url: String
    let date: DateView?

    init(title: String, url: String, date: DateView?) {
        self.title = title
        self.url = url
        self.date = date
    }
}

final class OutcomeIndexView: Sendable {
    let pillars: [PillarGroupView]

    init(pillars: [PillarGroupView]) {
        self.pillars = pillars
    }
}

final class OutcomePageView: Sendable {
    let title: String
    let summary: String
    let pillar: String
    let leads: [LinkView]
    let bodyHTML: String?
    let statusCounts: [StatusCountView]
    let indicators: [IndicatorView]
    let commitments: [CommitmentCardView]
    let celebrations: [DatedLinkView]
    let conversations: [DatedLinkView]

    init(title: String, summary: String, pillar: String, leads: [LinkView], bodyHTML: String?, statusCounts: [StatusCountView], indicators: [IndicatorView], commitments: [CommitmentCardView], celebrations: [DatedLinkView], conversations: [DatedLinkView]) {
        self.title = title
        self.summary = summary
        self.pillar = pillar
        self.leads = leads
        self.bodyHTML = bodyHTML
        self.statusCounts = statusCounts
        self.indicators = indicators
        self.commitments = commitments
        self.celebrations = celebrations
        self.conversations = conversations
    }
}

extension ViewBuilder {
    func outcomeCard(_ outcome: Outcome) -> OutcomeCardView {
        OutcomeCardView(title: outcome.title, url: url("outcomes/\(outcome.id)/"), summary: outcome.summary,
                        statusCounts: p.statusCounts(of: outcome).map { StatusCountView(status: status($0.0), count: $0.1) },
                        indicatorCount: outcome.indicators.count)
    }

    var pillarGroups: [PillarGroupView] {
        model.site.pillars.map { pillar in
            PillarGroupView(id: pillar.id, title: pillarTitle(pillar.id),
                            outcomes: (related.outcomesByPillar[pillar.id] ?? []).map(outcomeCard))
        }
    }

    mutating func outcomePages() -> [PagePlan] {
        var plans = [PagePlan(path: "outcomes/", template: "outcomes",
                              context: context(path: "outcomes/", title: t["nav_outcomes"], section: "outcomes",
                                               OutcomeIndexView(pillars: pillarGroups)))]
        let crumbs = [LinkView(title: t["nav_outcomes"], url: url("outcomes/"))]
        for outcome in model.outcomes {
            let commitments = (related.commitmentsByOutcome[outcome.id] ?? []).map(commitmentCard)
            let celebrations = (related.celebrationsByOutcome[outcome.id] ?? []).map(celebrationLink)
            let conversations = (related.conversationsByOutcome[outcome.id] ?? []).map(conversationLink)
            let view = OutcomePageView(
                title: outcome.title, summary: outcome.summary, pillar: pillarTitle(outcome.pillar.id),
                leads: outcome.leads.compactMap { partnerLink($0.id) }, bodyHTML: html(outcome.origin.body),
                statusCounts: p.statusCounts(of: outcome).map { StatusCountView(status: status($0.0), count: $0.1) },
                indicators: outcome.indicators.map { indicatorView($0, in: outcome) },
                commitments: commitments, celebrations: celebrations, conversations: conversations)
            let path = "outcomes/\(outcome.id)/"
            plans.append(PagePlan(path: path, template: "outcome",
                                  context: context(path: path, title: outcome.title, description: outcome.summary,
                                                   section: "outcomes", crumbs: crumbs, view)))
        }
        return plans
    }

    func indicatorView(_ indicator: Indicator, in outcome: Outcome) -> IndicatorView {
        let counted = IndicatorStatusRules.countedPoints(indicator, asOf: p.asOf)
        var rows: [TableRowView] = []
        if let baseline = indicator.baseline {
            rows.append(row(baseline, label: t["baseline"]))
        }
        rows += counted.map { row($0, label: nil) }
        if let target = indicator.target {
            rows.append(row(target, label: t["target"]))
        }
        let hasData = !indicator.series.isEmpty || !indicator.breakdowns.isEmpty
        return IndicatorView(
            id: indicator.id, anchor: "indicator-\(indicator.id)", title: indicator.title, unit: indicator.unit,
            direction: t["direction_\(indicator.direction.rawValue)"],
            status: status(p.status(outcome: outcome.id, indicator: indicator.id)),
            chartSVG: ChartRenderer.svg(for: indicator, points: counted, summary: summary(indicator, counted), translations: t),
            hasBaseline: indicator.baseline != nil, hasTarget: indicator.target != nil,
            hasTrajectory: indicator.baseline != nil && indicator.target != nil,
            summary: summary(indicator, counted), rows: rows,
            breakdownCount: Set(indicator.breakdowns.compactMap(\.disaggregation)).count,
            sourceTitle: indicator.source?.title, sourceURL: indicator.source?.url,
            csvURL: hasData ? url("outcomes/\(outcome.id)/\(indicator.id).csv") : nil)
    }

    private func row(_ point: Indicator.Point, label: String?) -> TableRowView {
        TableRowView(label: label, date: t.date(point.date), dateISO: point.date.isoText,
                     value: point.value.text, note: point.note)
    }

    /// A value with its unit ("27.0%", "120 people").
    func withUnit(_ value: String, _ unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return value }
        return unit == "%" ? value + "%" : "\(value) \(unit)"
    }

    /// One sentence from the figures: where the series started and ended, and the target.
    func summary(_ indicator: Indicator, _ counted: [Indicator.Point]) -> String {
        var sentence: String
        if let first = counted.first, let last = counted.last {
            let values = ["from": withUnit(first.value.text, indicator.unit), "from_date": t.date(first.date),
                          "to": withUnit(last.value.text, indicator.unit), "to_date": t.date(last.date)]
            if counted.count == 1 {
                sentence = t.format("summary_single", values)
            } else if last.value.number > first.value.number {
                sentence = t.format("summary_rose", values)
            } else if last.value.number < first.value.number {
                sentence = t.format("summary_fell", values)
            } else {
                sentence = t.format("summary_same", values)
            }
        } else {
            sentence = t["summary_no_data"]
        }
        if let target = indicator.target {
            sentence += " " + t.format("summary_target", ["target": withUnit(target.value.text, indicator.unit),
                                                           "target_date": t.date(target.date)])
        }
        return sentence
    }
}
