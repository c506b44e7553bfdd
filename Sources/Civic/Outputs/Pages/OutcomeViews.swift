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
    /// The first indicators, as the home page shows them.
    let headlines: [HeadlineIndicatorView]
    /// A link to the outcome page when it has more indicators than the home page shows.
    let moreIndicators: LinkView?

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, summary: String, statusCounts: [StatusCountView], indicatorCount: Int,
         headlines: [HeadlineIndicatorView], moreIndicators: LinkView?, lang: String? = nil) {
        self.lang = lang
        self.title = title
        self.url = url
        self.summary = summary
        self.statusCounts = statusCounts
        self.indicatorCount = indicatorCount
        self.headlines = headlines
        self.moreIndicators = moreIndicators
    }
}

final class PillarGroupView: Sendable {
    let id: String
    let title: String
    let outcomes: [OutcomeCardView]

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(id: String, title: String, outcomes: [OutcomeCardView], lang: String? = nil) {
        self.lang = lang
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
    /// Why the status is what it is, from the rule that gave it.
    let explanation: String
    let chartURL: String?
    let chartAlt: String
    let hasBaseline: Bool
    let hasTarget: Bool
    let hasTrajectory: Bool
    let summary: String
    let rows: [TableRowView]
    let breakdowns: [BreakdownTableView]
    /// "The download also has breakdowns by Region (312 groups)."
    let breakdownsInDownload: String?
    let sourceTitle: String?
    let sourceURL: String?
    let csvURL: String?
    /// "Download the figures for Fuel poverty (CSV)": each download named by what it holds.
    let csvLabel: MarkedSentenceView

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(id: String, anchor: String, title: String, unit: String?, direction: String, status: StatusView, explanation: String,
         chartURL: String?, chartAlt: String, hasBaseline: Bool, hasTarget: Bool, hasTrajectory: Bool, summary: String,
         rows: [TableRowView], breakdowns: [BreakdownTableView], breakdownsInDownload: String?, sourceTitle: String?, sourceURL: String?, csvURL: String?, csvLabel: MarkedSentenceView, lang: String? = nil) {
        self.lang = lang
        (self.id, self.anchor, self.title, self.unit, self.direction, self.status) = (id, anchor, title, unit, direction, status)
        (self.explanation, self.chartURL, self.chartAlt) = (explanation, chartURL, chartAlt)
        (self.hasBaseline, self.hasTarget, self.hasTrajectory, self.summary) = (hasBaseline, hasTarget, hasTrajectory, summary)
        (self.rows, self.breakdowns, self.sourceTitle, self.sourceURL) = (rows, breakdowns, sourceTitle, sourceURL)
        self.breakdownsInDownload = breakdownsInDownload
        (self.csvURL, self.csvLabel) = (csvURL, csvLabel)
    }
}

final class DatedLinkView: Sendable {
    let title: String
    let url: String
    let date: DateView?
    /// The language of `title` where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, date: DateView?, lang: String? = nil) {
        self.title = title
        self.url = url
        self.date = date
        self.lang = lang
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
    /// The language of `pillar`, which site.yml gives, where it is not the page's.
    let pillarLang: String?
    let leads: [LinkView]
    let bodyHTML: String?
    let statusCounts: [StatusCountView]
    let indicators: [IndicatorView]
    let commitments: [CommitmentCardView]
    let celebrations: [DatedLinkView]
    let conversations: [DatedLinkView]

    init(title: String, summary: String, pillar: String, leads: [LinkView], bodyHTML: String?, statusCounts: [StatusCountView], indicators: [IndicatorView], commitments: [CommitmentCardView], celebrations: [DatedLinkView], conversations: [DatedLinkView], pillarLang: String? = nil) {
        self.pillarLang = pillarLang
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
        let shown = outcome.indicators.prefix(Self.headlineIndicatorsPerOutcome)
        let pageURL = url(.entry(.outcomes, outcome.id))
        return OutcomeCardView(
            title: outcome.title, url: pageURL, summary: outcome.summary,
            statusCounts: p.statusCounts(of: outcome).map { StatusCountView(status: status($0.0), count: $0.1) },
            indicatorCount: outcome.indicators.count,
            headlines: shown.map { headlineIndicator($0, in: outcome) },
            moreIndicators: outcome.indicators.count > shown.count
                ? LinkView(title: t.format("more_indicators", ["n": String(outcome.indicators.count), "title": outcome.title]), url: pageURL)
                : nil,
            lang: outcome.origin.titleLanguage)
    }

    var pillarGroups: [PillarGroupView] {
        model.site.pillars.map { pillar in
            PillarGroupView(id: pillar.id, title: pillarTitle(pillar.id),
                            outcomes: (related.outcomesByPillar[pillar.id] ?? []).map(outcomeCard),
                            lang: model.site.textLanguage(of: "pillar:\(pillar.id)"))
        }
    }

    func outcomeIndexPage() -> PagePlan {
        PagePlan(path: Route.section(.outcomes).path, template: Section.outcomes.template,
                 context: context(path: Route.section(.outcomes).path, title: t["nav_outcomes"], section: "outcomes",
                                  OutcomeIndexView(pillars: pillarGroups)))
    }

    mutating func outcomePage(_ outcome: Outcome) -> PagePlan {
        let crumbs = [LinkView(title: t["nav_outcomes"], url: url(.section(.outcomes)))]
        let commitments = (related.commitmentsByOutcome[outcome.id] ?? []).map(commitmentCard)
        let celebrations = (related.celebrationsByOutcome[outcome.id] ?? []).map(celebrationLink)
        let conversations = (related.conversationsByOutcome[outcome.id] ?? []).map(conversationLink)
        let view = OutcomePageView(
            title: outcome.title, summary: outcome.summary, pillar: pillarTitle(outcome.pillar.id),
            leads: outcome.leads.compactMap { partnerLink($0.id) }, bodyHTML: html(outcome.origin.body),
            statusCounts: p.statusCounts(of: outcome).map { StatusCountView(status: status($0.0), count: $0.1) },
            indicators: outcome.indicators.map { indicatorView($0, in: outcome) },
            commitments: commitments, celebrations: celebrations, conversations: conversations,
            pillarLang: model.site.textLanguage(of: "pillar:\(outcome.pillar.id)"))
        let path = Route.entry(.outcomes, outcome.id).path
        return PagePlan(path: path, template: Section.outcomes.entryTemplate!,
                        context: context(path: path, title: outcome.title, description: outcome.summary,
                                         section: "outcomes", crumbs: crumbs, provenance: p.provenance(of: outcome), view))
    }

    func indicatorView(_ indicator: Indicator, in outcome: Outcome) -> IndicatorView {
        let counted = indicator.series
        var rows: [TableRowView] = []
        if let baseline = indicator.baseline {
            rows.append(row(baseline, of: indicator, label: t["baseline"]))
        }
        rows += counted.map { row($0, of: indicator, label: nil) }
        if let target = indicator.target {
            rows.append(row(target, of: indicator, label: t["target"]))
        }
        let hasData = !indicator.series.isEmpty || !indicator.breakdowns.isEmpty
        let reason = p.reason(outcome: outcome.id, indicator: indicator.id)
        let anchor = "indicator-\(indicator.id)"
        let breakdowns = breakdownTables(indicator, anchor: anchor)
        return IndicatorView(
            id: indicator.id, anchor: anchor, title: indicator.title, unit: indicator.unit,
            direction: t["direction_\(indicator.direction.rawValue)"],
            status: status(reason.status),
            explanation: StatusExplanation.sentence(reason, of: indicator, asOf: p.asOf, t: t),
            chartURL: counted.isEmpty ? nil : url(.indicatorChart(outcome: outcome.id, indicator: indicator.id)),
            chartAlt: t.format("chart_alt", ["title": indicator.title]),
            hasBaseline: indicator.baseline != nil, hasTarget: indicator.target != nil,
            hasTrajectory: indicator.baseline != nil && indicator.target != nil,
            summary: IndicatorSummary.sentence(indicator, counted, t), rows: rows,
            breakdowns: breakdowns.tables, breakdownsInDownload: breakdowns.inDownload,
            sourceTitle: indicator.source?.title, sourceURL: indicator.source?.url,
            csvURL: hasData ? url(.indicatorTable(outcome: outcome.id, indicator: indicator.id)) : nil,
            csvLabel: sentence("download_csv_for", "title", indicator.title, lang: indicator.language), lang: indicator.language)
    }

    private func row(_ point: Indicator.Point, of indicator: Indicator, label: String?) -> TableRowView {
        TableRowView(label: label, date: t.date(point.date), dateISO: point.date.isoText,
                     value: t.number(point.value, precision: indicator.precision), note: point.note)
    }
}
