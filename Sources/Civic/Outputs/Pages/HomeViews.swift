final class HomePageView: Sendable {
    /// "Of 16 indicators: 9 improving or at their target, ..."
    let headline: String
    let promises: [PartnerPromiseView]
    let introHTML: String?
    let pillars: [PillarGroupView]
    let celebrations: [CelebrationCardView]
    let upcoming: [ConversationCardView]
    let latestReview: LatestReviewView?
    let overdueCount: Int
    let quietCount: Int
    let commitmentCount: Int
    let getInvolved: LinkView?

    init(headline: String, promises: [PartnerPromiseView], introHTML: String?, pillars: [PillarGroupView], celebrations: [CelebrationCardView], upcoming: [ConversationCardView], latestReview: LatestReviewView?, overdueCount: Int, quietCount: Int, commitmentCount: Int, getInvolved: LinkView?) {
        self.headline = headline
        self.promises = promises
        self.introHTML = introHTML
        self.pillars = pillars
        self.celebrations = celebrations
        self.upcoming = upcoming
        self.latestReview = latestReview
        self.overdueCount = overdueCount
        self.quietCount = quietCount
        self.commitmentCount = commitmentCount
        self.getInvolved = getInvolved
    }
}

final class LatestReviewView: Sendable {
    let link: DatedLinkView
    let period: String
    let assessed: Int
    let total: Int
    let improved: Int
    let declined: Int
    /// "29 of 30 questions assessed; 8 improved and 0 declined since the review before."
    let sentence: String

    init(link: DatedLinkView, period: String, assessed: Int, total: Int, improved: Int, declined: Int, sentence: String) {
        self.link = link
        self.period = period
        self.assessed = assessed
        self.total = total
        self.improved = improved
        self.declined = declined
        self.sentence = sentence
    }
}

final class FreePageView: Sendable {
    let title: String
    let summary: String?
    let bodyHTML: String?

    init(title: String, summary: String?, bodyHTML: String?) {
        self.title = title
        self.summary = summary
        self.bodyHTML = bodyHTML
    }
}

final class DataFileView: Sendable {
    let name: String
    let url: String
    let description: String

    init(name: String, url: String, description: String) {
        self.name = name
        self.url = url
        self.description = description
    }
}

final class DataPageView: Sendable {
    let licence: String?
    let files: [DataFileView]
    let indicatorFiles: [MarkedSentenceView]

    init(licence: String?, files: [DataFileView], indicatorFiles: [MarkedSentenceView]) {
        self.licence = licence
        self.files = files
        self.indicatorFiles = indicatorFiles
    }
}

final class NotFoundView: Sendable {
    let sections: [NavItemView]

    init(sections: [NavItemView]) {
        self.sections = sections
    }
}

extension ViewBuilder {
    mutating func homePage() -> PagePlan {
        let intro = model.pages.first { $0.id == "index" }
        let introHTML = html(intro?.origin.body)
        let latest = p.assessments.last.map { review -> LatestReviewView in
            let changes = p.ratingChanges[review.id] ?? [:]
            let questions = model.framework.questions
            let assessed = questions.filter { (review.ratings[$0.id]?.value ?? nil) != nil }.count
            let improved = changes.values.filter { if case .up = $0 { return true } else { return false } }.count
            let declined = changes.values.filter { if case .down = $0 { return true } else { return false } }.count
            return LatestReviewView(
                link: DatedLinkView(title: review.title, url: url(.entry(.assessments, review.id)), date: date(review.date), lang: review.origin.titleLanguage),
                period: review.period, assessed: assessed, total: questions.count, improved: improved, declined: declined,
                sentence: t.format("questions_assessed", ["assessed": String(assessed), "total": String(questions.count),
                                                          "improved": String(improved), "declined": String(declined)]))
        }
        let getInvolved = model.pages.first { $0.id == "get-involved" }.map { LinkView(title: $0.title, url: url(.entry(.pages, "get-involved")), lang: $0.origin.titleLanguage) }
        let statuses = model.outcomes.flatMap { outcome in outcome.indicators.map { p.status(outcome: outcome.id, indicator: $0.id) } }
        let view = HomePageView(
            headline: HeadlineGroups.sentence(statuses, t: t), promises: partnerPromises,
            introHTML: introHTML, pillars: pillarGroups,
            celebrations: p.celebrations.prefix(3).map { c in
                CelebrationCardView(title: c.title, url: url(.entry(.celebrations, c.id)), date: date(c.date),
                                    image: image(c.image, alt: c.imageAlt), excerptHTML: nil, lang: c.origin.titleLanguage)
            },
            upcoming: p.upcomingConversations.prefix(3).map(conversationCard), latestReview: latest,
            overdueCount: p.commitmentStates.values.filter(\.overdue).count,
            quietCount: p.commitmentStates.values.filter(\.quiet).count, commitmentCount: model.commitments.count,
            getInvolved: getInvolved)
        return PagePlan(path: Route.home.path, template: "home", context: context(path: Route.home.path, title: model.site.name, view))
    }

    mutating func freePage(_ page: Page) -> PagePlan {
        let path = Route.entry(.pages, page.id).path
        let body = html(page.origin.body)
        return PagePlan(path: path, template: "page",
                        context: context(path: path, title: page.title, description: page.summary, section: page.id,
                                         provenance: p.provenance(of: page.origin), FreePageView(title: page.title, summary: page.summary, bodyHTML: body)))
    }

    func dataPage() -> PagePlan {
        var files = OpenDataTable.allCases.map {
            DataFileView(name: "\($0.rawValue).csv", url: url(.openDataTable($0)), description: t["data_\($0.rawValue)"])
        }
        files.insert(DataFileView(name: "partnership.json", url: url(.openDataJSON), description: t["data_json"]), at: 0)
        files.insert(DataFileView(name: "schema.json", url: url(.openDataSchema), description: t["data_schema"]), at: 1)
        files.insert(DataFileView(name: "datapackage.json", url: url(.dataPackage), description: t["data_package"]), at: 2)
        for (route, key) in [(Route.areasGeoJSON, "data_areas_geojson"), (.assetsGeoJSON, "data_assets_geojson")]
        where plan.files.contains(route.path) {
            files.append(DataFileView(name: String(route.path.dropFirst(Route.section(.data).path.count)), url: url(route), description: t[key]))
        }
        var indicatorFiles: [MarkedSentenceView] = []
        for outcome in model.outcomes {
            for indicator in outcome.indicators where !indicator.series.isEmpty || !indicator.breakdowns.isEmpty {
                indicatorFiles.append(sentence("download_csv_for", "title", indicator.title, lang: indicator.language,
                                               url: url(.indicatorTable(outcome: outcome.id, indicator: indicator.id))))
            }
        }
        return PagePlan(path: Route.section(.data).path, template: Section.data.template,
                        context: context(path: Route.section(.data).path, title: t["nav_data"], section: "data",
                                         DataPageView(licence: model.site.licence, files: files, indicatorFiles: indicatorFiles)))
    }

    func notFoundPage() -> PagePlan {
        let nav = navigation.map { NavItemView(title: $0.title, url: $0.url, current: false, lang: $0.lang) }
        return PagePlan(path: Route.notFound.path, template: "not-found",
                        context: context(path: Route.notFound.path, title: t["not_found_title"], NotFoundView(sections: nav)))
    }
}
