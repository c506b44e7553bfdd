/// One report in the list of reports.
final class ReportCardView: Sendable {
    let title: String
    let url: String
    /// "21 March 2024 to 20 March 2025"
    let covers: String
    /// "Review period" or "Calendar year".
    let kind: String

    init(title: String, url: String, covers: String, kind: String) {
        (self.title, self.url, self.covers, self.kind) = (title, url, covers, kind)
    }
}

final class ReportIndexView: Sendable {
    let reports: [ReportCardView]

    init(reports: [ReportCardView]) { self.reports = reports }
}

/// A count in the report's summary ("Commitments done: 3").
final class ReportCountView: Sendable {
    let label: String
    let count: String

    init(label: String, count: String) { (self.label, self.count) = (label, count) }
}

/// An indicator as a report shows it: its figure at the end of the period, the change over
/// the period, its status then, and a small chart with the period shaded.
final class ReportIndicatorView: Sendable {
    let title: String
    let url: String
    let status: StatusView
    /// "820 homes in 2025", or nil before the first figure.
    let value: String?
    /// "Rose from 610 homes in 2024 to 820 homes in 2025. Target: ...", over the period.
    let change: String
    /// Inline SVG, only when the period has a figure.
    let chartSVG: String?

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, status: StatusView, value: String?, change: String, chartSVG: String?, lang: String? = nil) {
        self.lang = lang
        (self.title, self.url, self.status, self.value, self.change, self.chartSVG) = (title, url, status, value, change, chartSVG)
    }
}

/// A commitment as it stood at the end of the period.
final class ReportCommitmentView: Sendable {
    /// The language of the lead partner's name where it is not the page's.
    let leadLang: String?
    let title: String
    let url: String
    let status: StatusView
    let lead: String?
    let due: DateView?
    let progress: PercentView?

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, status: StatusView, lead: String?, due: DateView?, progress: PercentView?, lang: String? = nil, leadLang: String? = nil) {
        self.leadLang = leadLang
        self.lang = lang
        (self.title, self.url, self.status, self.lead, self.due, self.progress) = (title, url, status, lead, due, progress)
    }
}

/// A list of commitments under a heading, the first few of a long one with how many more.
final class ReportCommitmentGroupView: Sendable {
    let title: String
    let commitments: [ReportCommitmentView]
    let more: String?
    let moreURL: String?

    init(title: String, commitments: [ReportCommitmentView], more: String?, moreURL: String?) {
        (self.title, self.commitments, self.more, self.moreURL) = (title, commitments, more, moreURL)
    }
}

final class ReportOutcomeView: Sendable {
    let id: String
    let title: String
    let url: String
    /// The indicators with a figure by the end of the period.
    let indicators: [ReportIndicatorView]
    /// "2 indicators had no figure yet.", for the others.
    let withoutFigures: String?
    let groups: [ReportCommitmentGroupView]
    let noCommitments: Bool
    /// Whether the outcome has indicators, with figures or not.
    let hasIndicators: Bool

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(id: String, title: String, url: String, indicators: [ReportIndicatorView], withoutFigures: String?,
         groups: [ReportCommitmentGroupView], noCommitments: Bool, lang: String? = nil) {
        self.lang = lang
        (self.id, self.title, self.url, self.indicators, self.withoutFigures) = (id, title, url, indicators, withoutFigures)
        (self.groups, self.noCommitments) = (groups, noCommitments)
        self.hasIndicators = !indicators.isEmpty || withoutFigures != nil
    }
}

/// One question of a review in a report: its rating and the change since the review before.
final class ReportRatingView: Sendable {
    let heading: String
    let rating: RatingCellView
    let change: String
    let changeKey: String

    init(heading: String, rating: RatingCellView, change: String, changeKey: String) {
        (self.heading, self.rating, self.change, self.changeKey) = (heading, rating, change, changeKey)
    }
}

final class ReportReviewView: Sendable {
    let title: String
    let url: String
    let date: DateView
    let period: String
    /// "24 of 30 questions assessed; 9 improved and 1 declined since the review before."
    let summary: String
    let ratings: [ReportRatingView]

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, date: DateView, period: String, summary: String, ratings: [ReportRatingView], lang: String? = nil) {
        self.lang = lang
        (self.title, self.url, self.date, self.period, self.summary, self.ratings) = (title, url, date, period, summary, ratings)
    }
}

/// A conversation held in the period: what was heard, and what followed.
final class ReportConversationView: Sendable {
    let title: String
    let url: String
    let date: DateView
    let heardHTML: String?
    let followedBy: [ReportCommitmentView]
    let nextSteps: [NextStepView]
    let hasFollowUps: Bool

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    /// The language of what was heard where it is not the page's.
    let heardLang: String?

    init(title: String, url: String, date: DateView, heardHTML: String?, followedBy: [ReportCommitmentView], nextSteps: [NextStepView], lang: String? = nil,
         heardLang: String? = nil) {
        self.lang = lang
        self.heardLang = heardLang
        (self.title, self.url, self.date, self.heardHTML) = (title, url, date, heardHTML)
        (self.followedBy, self.nextSteps) = (followedBy, nextSteps)
        self.hasFollowUps = !followedBy.isEmpty || !nextSteps.isEmpty
    }
}

final class ReportPageView: Sendable {
    let title: String
    let covers: String
    let kind: String
    /// Said when the period is not over: whose date the figures are of.
    let soFar: String?
    let headline: String
    let counts: [ReportCountView]
    let contents: [LinkView]
    let outcomes: [ReportOutcomeView]
    let reviews: [ReportReviewView]
    let conversations: [ReportConversationView]
    /// "And 4 more.", linked to every conversation.
    let moreConversations: LinkView?
    let celebrations: [DatedLinkView]
    let moreCelebrations: LinkView?

    init(title: String, covers: String, kind: String, soFar: String?, headline: String, counts: [ReportCountView], contents: [LinkView],
         outcomes: [ReportOutcomeView], reviews: [ReportReviewView],
         conversations: [ReportConversationView], moreConversations: LinkView?, celebrations: [DatedLinkView], moreCelebrations: LinkView?) {
        (self.title, self.covers, self.kind, self.soFar, self.headline) = (title, covers, kind, soFar, headline)
        (self.counts, self.contents, self.outcomes) = (counts, contents, outcomes)
        (self.reviews, self.conversations, self.moreConversations) = (reviews, conversations, moreConversations)
        (self.celebrations, self.moreCelebrations) = (celebrations, moreCelebrations)
    }
}

extension ViewBuilder {
    /// How many conversations and celebrations a report lists before it says how many more
    /// there are, and how many commitments of each group at most.
    static let listedPerReport = 20

    /// How many commitments of each group (done, overdue, open) an outcome lists: 20, fewer
    /// on a site with more than 5 outcomes so that a report lists some 300 at most, and never
    /// fewer than 3 (at 50 outcomes, 450).
    static func commitmentsPerGroup(outcomes: Int) -> Int {
        max(3, min(listedPerReport, 300 / max(1, 3 * outcomes)))
    }

    func reportTitle(_ period: ReportPeriod) -> String { t.format("report_title", ["period": period.label]) }

    /// "1 January 2025 to 31 December 2025"; for a period not over, up to the as-of date
    /// ("1 January 2026 to 1 November 2026, so far").
    func reportCovers(_ period: ReportPeriod) -> String {
        let day = period.judgedOn(asOf: p.asOf)
        return t.format(day < period.end ? "report_covers_so_far" : "report_covers", ["start": t.date(period.start), "end": t.date(day)])
    }

    func reportKind(_ period: ReportPeriod) -> String { t[period.isCalendarYear ? "report_kind_year" : "report_kind_review"] }

    func reportIndexPage() -> PagePlan {
        let reports = p.reportPeriods.map { period in
            ReportCardView(title: reportTitle(period), url: url(.report(period.id)), covers: reportCovers(period), kind: reportKind(period))
        }
        let path = Route.section(.reports).path
        return PagePlan(path: path, template: Section.reports.template,
                        context: context(path: path, title: t["nav_reports"], section: Section.reports.rawValue, ReportIndexView(reports: reports)))
    }

    /// A commitment as it stood on `day`.
    func reportCommitment(_ c: Commitment, on day: Day) -> ReportCommitmentView {
        let state = CommitmentRules.state(of: c, asOf: day)
        return ReportCommitmentView(title: c.title, url: url(.entry(.commitments, c.id)), status: status(CommitmentRules.status(of: c, on: day)),
                                    lead: p.partnersByID[c.lead.id]?.name, due: c.due.map(date), progress: state.progress.map(percent),
                                    lang: c.origin.titleLanguage, leadLang: p.partnersByID[c.lead.id]?.origin.titleLanguage)
    }

    /// A list of commitments as they stood on `day`, cut to the first few.
    func reportGroup(_ titleKey: String, _ commitments: [Commitment], on day: Day, moreURL: String?) -> ReportCommitmentGroupView? {
        guard !commitments.isEmpty else { return nil }
        let shown = Self.commitmentsPerGroup(outcomes: model.outcomes.count)
        return ReportCommitmentGroupView(
            title: t[titleKey], commitments: commitments.prefix(shown).map { reportCommitment($0, on: day) },
            more: commitments.count > shown ? t.format("and_more", ["n": NumberText.grouped(commitments.count - shown)]) : nil,
            moreURL: commitments.count > shown ? moreURL : nil)
    }

    /// Commitments sorted into those done in the period, those overdue at its end and those
    /// under way then; those not yet started by its end, and those closed before it began, are
    /// in none.
    func classify(_ commitments: [Commitment], _ period: ReportPeriod) -> (done: [Commitment], overdue: [Commitment], underWay: [Commitment]) {
        let day = period.judgedOn(asOf: p.asOf)
        var done: [Commitment] = [], overdue: [Commitment] = [], underWay: [Commitment] = []
        for c in commitments {
            if let start = c.start, start > day { continue }
            let statusThen = CommitmentRules.status(of: c, on: day)
            if CommitmentRules.isOpen(statusThen) {
                if c.due.map({ $0 < day }) ?? false { overdue.append(c) } else { underWay.append(c) }
            } else if statusThen == .done, let closed = CommitmentRules.newestStatusUpdate(of: c, on: day), closed.date >= period.start {
                done.append(c)
            }
        }
        return (done, overdue, underWay)
    }

    func reportGroups(_ commitments: [Commitment], _ period: ReportPeriod, moreURL: String?) -> [ReportCommitmentGroupView] {
        let day = period.judgedOn(asOf: p.asOf)
        let (done, overdue, underWay) = classify(commitments, period)
        return [reportGroup("report_done", done, on: day, moreURL: moreURL), reportGroup("report_overdue", overdue, on: day, moreURL: moreURL),
                reportGroup("report_under_way", underWay, on: day, moreURL: moreURL)].compactMap { $0 }
    }

    /// The figures a report counts: those for a time that had ended by the end of the
    /// period (a figure for 2025 from 31 December 2025 on), or for a period not over yet,
    /// every figure the site shows.
    func reportFigures(_ indicator: Indicator, _ period: ReportPeriod) -> [Indicator.Point] {
        let day = period.judgedOn(asOf: p.asOf)
        return day < period.end ? indicator.series.filter { $0.date.day <= day } : indicator.series.filter { $0.date.lastDay <= day }
    }

    func reportIndicator(_ indicator: Indicator, in outcome: Outcome, _ period: ReportPeriod) -> ReportIndicatorView {
        let day = period.judgedOn(asOf: p.asOf)
        var then = indicator
        then.series = reportFigures(indicator, period)
        let counted = then.series
        func isNew(_ point: Indicator.Point) -> Bool { point.date.lastDay >= period.start }
        let before = counted.last { !isNew($0) }
        let during = counted.filter(isNew)
        let latest = counted.max { $0.date < $1.date }
        let change = during.isEmpty ? t["report_no_new_figure"] : IndicatorSummary.sentence(indicator, (before.map { [$0] } ?? []) + during, t)
        let chart = during.isEmpty ? nil : PeriodChart.svg(
            counted, period: (period.start, day), isNew: isNew,
            label: t.format("report_chart_label", ["summary": IndicatorSummary.sentence(indicator, counted, t)]),
            valueText: { t.number($0, precision: indicator.precision) })
        return ReportIndicatorView(
            title: indicator.title, url: url(.entry(.outcomes, outcome.id)) + "#indicator-\(indicator.id)",
            status: status(IndicatorStatusRules.reason(for: then, asOf: day).status),
            value: latest.map { t.format("latest_figure", ["value": t.quantity($0.value, of: indicator), "date": t.dateInSentence($0.date)]) },
            change: change, chartSVG: chart, lang: indicator.language)
    }

    func reportReview(_ review: Assessment) -> ReportReviewView {
        let framework = model.framework
        let changes = p.ratingChanges[review.id] ?? [:]
        let sideTitles = Dictionary(uniqueKeysWithValues: framework.sides.map { ($0.id, $0.title) })
        var (assessed, improved, declined) = (0, 0, 0)
        let ratings = framework.questions.map { q in
            let value = review.ratings[q.id]?.value ?? nil
            if value != nil { assessed += 1 }
            if case .up = changes[q.id] { improved += 1 }
            if case .down = changes[q.id] { declined += 1 }
            let (key, text) = changeText(changes[q.id])
            return ReportRatingView(heading: Self.questionHeading(q, side: sideTitles[q.side] ?? q.side),
                                    rating: ratingCell(value), change: text, changeKey: key)
        }
        let summary = t.format("questions_assessed", ["assessed": String(assessed), "total": String(framework.questions.count),
                                                      "improved": String(improved), "declined": String(declined)])
        return ReportReviewView(title: review.title, url: url(.entry(.assessments, review.id)), date: date(review.date),
                                period: review.period, summary: summary, ratings: ratings, lang: review.origin.titleLanguage)
    }

    mutating func reportPage(_ period: ReportPeriod) -> PagePlan {
        let day = period.judgedOn(asOf: p.asOf)
        let shown = Self.listedPerReport
        func more(_ count: Int, _ section: Section) -> LinkView? {
            count > shown ? LinkView(title: t.format("and_more", ["n": NumberText.grouped(count - shown)]), url: url(.section(section))) : nil
        }

        var statuses: [IndicatorStatus] = []
        let outcomes = model.outcomes.map { outcome in
            let measured = outcome.indicators.filter { !reportFigures($0, period).isEmpty }
            let indicators = measured.map { reportIndicator($0, in: outcome, period) }
            statuses += indicators.compactMap { IndicatorStatus(rawValue: $0.status.key) }
            let unmeasured = outcome.indicators.count - measured.count
            statuses += Array(repeating: .noData, count: unmeasured)
            let commitments = related.commitmentsByOutcome[outcome.id] ?? []
            return ReportOutcomeView(
                id: "outcome-\(outcome.id)", title: outcome.title, url: url(.entry(.outcomes, outcome.id)), indicators: indicators,
                withoutFigures: unmeasured == 0 ? nil : unmeasured == 1 ? t["report_without_figures_one"]
                    : t.format("report_without_figures", ["n": NumberText.grouped(unmeasured)]),
                groups: reportGroups(commitments, period, moreURL: url(.commitmentsByOutcome) + "#group-\(outcome.id)"),
                noCommitments: commitments.isEmpty, lang: outcome.origin.titleLanguage)
        }
        let reviews = period.reviews.compactMap { id in entries.assessments[id].map { reportReview(p.assessments[$0]) } }
        let held = model.conversations.filter { period.contains($0.start.day) && $0.start.day <= day && !p.isUpcoming($0) }
            .sorted { ($0.start.localText, $0.id) < ($1.start.localText, $1.id) }
        var conversations: [ReportConversationView] = []
        for c in held.prefix(shown) {
            var steps: [NextStepView] = []
            for step in p.followUps.nextSteps[c.id] ?? [] { if let view = nextStep(step) { steps.append(view) } }
            conversations.append(ReportConversationView(
                title: c.title, url: url(.entry(.conversations, c.id)), date: date(c.start.day), heardHTML: html(c.heard, headingBase: 4),
                followedBy: (p.followUps.commitments[c.id] ?? []).compactMap { p.commitmentsByID[$0] }.map { reportCommitment($0, on: day) },
                nextSteps: steps, lang: c.origin.titleLanguage, heardLang: c.origin.language(of: "heard")))
        }
        let celebrated = p.celebrations.filter { period.contains($0.date) }.reversed()

        var contents = [LinkView(title: t["report_summary"], url: "#summary")]
        contents += outcomes.map { LinkView(title: $0.title, url: "#\($0.id)", lang: $0.lang) }
        contents += [LinkView(title: t["report_reviews"], url: "#reviews"), LinkView(title: t["report_conversations"], url: "#conversations"),
                     LinkView(title: t["nav_celebrations"], url: "#celebrations")]

        let all = classify(model.commitments, period)
        let counts = [
            ReportCountView(label: t["report_done"], count: NumberText.grouped(all.done.count)),
            ReportCountView(label: t["report_overdue"], count: NumberText.grouped(all.overdue.count)),
            ReportCountView(label: t["report_under_way"], count: NumberText.grouped(all.underWay.count)),
            ReportCountView(label: t["report_conversations_held"], count: NumberText.grouped(held.count)),
            ReportCountView(label: t["nav_celebrations"], count: NumberText.grouped(celebrated.count)),
        ]
        let view = ReportPageView(
            title: reportTitle(period), covers: reportCovers(period), kind: reportKind(period),
            soFar: day < period.end ? t.format("report_so_far", ["date": t.date(day)]) : nil,
            headline: HeadlineGroups.sentence(statuses, t: t), counts: counts, contents: contents, outcomes: outcomes,
            reviews: reviews, conversations: conversations, moreConversations: more(held.count, .conversations),
            celebrations: celebrated.prefix(shown).map(celebrationLink), moreCelebrations: more(celebrated.count, .celebrations))
        let path = Route.report(period.id).path
        let crumbs = [LinkView(title: t["nav_reports"], url: url(.section(.reports)))]
        return PagePlan(path: path, template: Section.reports.entryTemplate!,
                        context: context(path: path, title: view.title, section: Section.reports.rawValue, crumbs: crumbs, view))
    }
}
