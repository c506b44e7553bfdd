final class RatingCellView: Sendable {
    let value: String
    let label: String
    let rated: Bool
    /// The rating as a row of filled and empty dots (●●○○), a shape beside the number.
    let dots: String

    init(value: String, label: String, rated: Bool, dots: String = "") {
        self.value = value
        self.label = label
        self.rated = rated
        self.dots = dots
    }
}

final class HistoryRowView: Sendable {
    let label: String
    let text: String
    let side: String
    let cells: [RatingCellView]

    init(label: String, text: String, side: String, cells: [RatingCellView]) {
        self.label = label
        self.text = text
        self.side = side
        self.cells = cells
    }
}

final class HistoryStrandView: Sendable {
    let id: String
    let title: String
    let rows: [HistoryRowView]

    init(id: String, title: String, rows: [HistoryRowView]) {
        self.id = id
        self.title = title
        self.rows = rows
    }
}

final class AssessmentIndexView: Sendable {
    let framework: String
    let source: String?
    let reviews: [DatedLinkView]
    let periods: [String]
    let strands: [HistoryStrandView]
    let scale: [RatingCellView]

    init(framework: String, source: String?, reviews: [DatedLinkView], periods: [String], strands: [HistoryStrandView], scale: [RatingCellView]) {
        self.framework = framework
        self.source = source
        self.reviews = reviews
        self.periods = periods
        self.strands = strands
        self.scale = scale
    }
}

final class QuestionView: Sendable {
    let id: String
    /// "1. Local authority: The triple bottom line", so that a list of headings names topics.
    let heading: String
    let label: String
    let side: String
    let text: String
    let rating: RatingCellView
    let change: String
    let changeKey: String
    let evidenceHTML: String?
    let nextStepsHTML: String?

    init(id: String, heading: String, label: String, side: String, text: String, rating: RatingCellView, change: String, changeKey: String, evidenceHTML: String?, nextStepsHTML: String?) {
        self.id = id
        self.heading = heading
        self.label = label
        self.side = side
        self.text = text
        self.rating = rating
        self.change = change
        self.changeKey = changeKey
        self.evidenceHTML = evidenceHTML
        self.nextStepsHTML = nextStepsHTML
    }
}

final class PairView: Sendable {
    let questions: [QuestionView]

    init(questions: [QuestionView]) {
        self.questions = questions
    }
}

final class StrandView: Sendable {
    let title: String
    let pairs: [PairView]

    init(title: String, pairs: [PairView]) {
        self.title = title
        self.pairs = pairs
    }
}

final class AssessmentPageView: Sendable {
    let title: String
    let date: DateView
    let period: String
    let method: String?
    let participants: [LinkView]
    let bodyHTML: String?
    let strands: [StrandView]
    let notAssessedCount: Int
    let notAssessedText: String?
    let previous: LinkView?
    let sides: [String]
    /// The report of the review's period.
    let report: LinkView?

    init(title: String, date: DateView, period: String, method: String?, participants: [LinkView], bodyHTML: String?, strands: [StrandView], notAssessedCount: Int, notAssessedText: String?, previous: LinkView?, sides: [String], report: LinkView?) {
        self.title = title
        self.date = date
        self.period = period
        self.method = method
        self.participants = participants
        self.bodyHTML = bodyHTML
        self.strands = strands
        self.notAssessedCount = notAssessedCount
        self.notAssessedText = notAssessedText
        self.previous = previous
        self.sides = sides
        self.report = report
    }
}

extension ViewBuilder {
    /// A question's heading: its number, side and topic ("9. Local authority: Future generations").
    static func questionHeading(_ q: Framework.Question, side: String) -> String {
        q.topic.map { "\(q.label). \(side): \($0)" } ?? "\(q.label). \(side)"
    }
}

extension ViewBuilder {
    func ratingCell(_ value: Int?) -> RatingCellView {
        guard let value else { return RatingCellView(value: "–", label: t["not_assessed"], rated: false) }
        let levels = model.framework.scale.map(\.value)
        let filled = levels.filter { $0 <= value && $0 > (levels.min() ?? 0) }.count
        let empty = max(0, levels.count - 1 - filled)
        return RatingCellView(value: String(value), label: model.framework.label(for: value) ?? String(value), rated: true,
                              dots: String(repeating: "●", count: filled) + String(repeating: "○", count: empty))
    }

    /// The report of a review's own period: the period it gives, else the year it was held in.
    func reportOfPeriod(_ review: Assessment) -> ReportPeriod? {
        p.reportPeriods.first { !$0.isCalendarYear && $0.reviews.contains(review.id) }
            ?? p.reportPeriods.first { $0.reviews.contains(review.id) }
    }

    func changeText(_ change: RatingChange?) -> (String, String) {
        switch change ?? .first {
        case .first: return ("first", t["change_first"])
        case .up(let n): return ("up", t.format("change_up", ["n": String(n)]))
        case .down(let n): return ("down", t.format("change_down", ["n": String(n)]))
        case .same: return ("same", t["change_same"])
        case .newlyRated: return ("new", t["change_new"])
        case .noLongerRated: return ("dropped", t["change_dropped"])
        case .notRated: return ("none", t["change_none"])
        }
    }

    func assessmentIndexPage() -> PagePlan {
        let framework = model.framework
        let sideTitles = Dictionary(uniqueKeysWithValues: framework.sides.map { ($0.id, $0.title) })
        let reviews = p.assessments
        let history = framework.strands.map { strand in
            HistoryStrandView(id: strand.id, title: strand.title, rows: strand.pairs.flatMap { $0 }.map { q in
                HistoryRowView(label: q.label, text: q.text, side: sideTitles[q.side] ?? q.side,
                               cells: reviews.map { ratingCell($0.ratings[q.id]?.value ?? nil) })
            })
        }
        let index = AssessmentIndexView(
            framework: framework.title, source: framework.source,
            reviews: reviews.reversed().map { DatedLinkView(title: $0.title, url: url(.entry(.assessments, $0.id)), date: date($0.date), lang: $0.origin.titleLanguage) },
            periods: reviews.map(\.period), strands: history,
            scale: framework.scale.map { RatingCellView(value: String($0.value), label: $0.label, rated: true) })
        return PagePlan(path: Route.section(.assessments).path, template: Section.assessments.template,
                        context: context(path: Route.section(.assessments).path, title: t["nav_assessments"], section: "assessments", index))
    }

    /// The page of the review at `position` in the reviews, oldest first.
    mutating func assessmentPage(at position: Int) -> PagePlan {
        let framework = model.framework
        let sideTitles = Dictionary(uniqueKeysWithValues: framework.sides.map { ($0.id, $0.title) })
        let reviews = p.assessments
        let review = reviews[position]
        let crumbs = [LinkView(title: t["nav_assessments"], url: url(.section(.assessments)))]
        let changes = p.ratingChanges[review.id] ?? [:]
        var strands: [StrandView] = []
        for strand in framework.strands {
            var pairs: [PairView] = []
            for pair in strand.pairs {
                var questions: [QuestionView] = []
                for q in pair {
                    let rating = review.ratings[q.id]
                    let (key, text) = changeText(changes[q.id])
                    let side = sideTitles[q.side] ?? q.side
                    questions.append(QuestionView(
                        id: q.id, heading: Self.questionHeading(q, side: side), label: q.label, side: sideTitles[q.side] ?? q.side, text: q.text,
                        rating: ratingCell(rating?.value ?? nil), change: text, changeKey: key,
                        evidenceHTML: html(rating?.evidence, headingBase: 5), nextStepsHTML: html(rating?.nextSteps, headingBase: 5)))
                }
                pairs.append(PairView(questions: questions))
            }
            strands.append(StrandView(title: strand.title, pairs: pairs))
        }
        let notAssessed = framework.questions.filter { (review.ratings[$0.id]?.value ?? nil) == nil }.count
        let previous = position > 0 ? reviews[position - 1] : nil
        let view = AssessmentPageView(
            title: review.title, date: date(review.date), period: review.period, method: review.method,
            participants: review.participants.compactMap { partnerLink($0.id) }, bodyHTML: html(review.origin.body),
            strands: strands, notAssessedCount: notAssessed,
            notAssessedText: notAssessed == 0 ? nil : notAssessed == 1 ? t["not_assessed_one"]
                : t.format("not_assessed_count", ["n": String(notAssessed)]),
            previous: previous.map { LinkView(title: $0.title, url: url(.entry(.assessments, $0.id)), lang: $0.origin.titleLanguage) },
            sides: framework.sides.map(\.title),
            report: reportOfPeriod(review).map { LinkView(title: reportTitle($0), url: url(.report($0.id))) })
        let path = Route.entry(.assessments, review.id).path
        return PagePlan(path: path, template: Section.assessments.entryTemplate!,
                        context: context(path: path, title: review.title, section: "assessments", crumbs: crumbs,
                                         provenance: p.provenance(of: review.origin), view))
    }
}
