struct ImageView: Sendable {
    var url: String
    var alt: String
}

struct CelebrationCardView: Sendable {
    var title: String
    var url: String
    var date: DateView
    var image: ImageView?
    var excerptHTML: String?
}

struct PaginationView: Sendable {
    var current: Int
    var total: Int
    var previous: String?
    var next: String?
}

struct CelebrationIndexView: Sendable {
    var celebrations: [CelebrationCardView]
    var pagination: PaginationView?
}

struct CelebrationPageView: Sendable {
    var title: String
    var date: DateView
    var image: ImageView?
    var bodyHTML: String?
    var outcomes: [LinkView]
    var commitments: [LinkView]
    var partners: [LinkView]
}

extension ViewBuilder {
    func celebrationLink(_ c: Celebration) -> DatedLinkView {
        DatedLinkView(title: c.title, url: url("celebrations/\(c.id)/"), date: date(c.date))
    }

    func image(_ path: String?, alt: String?) -> ImageView? {
        path.map { ImageView(url: url($0), alt: alt ?? "") }
    }

    mutating func celebrationPages() -> [PagePlan] {
        var plans: [PagePlan] = []
        var bodies: [String: String] = [:]
        let crumbs = [LinkView(title: t["nav_celebrations"], url: url("celebrations/"))]
        for c in p.celebrations {
            let body = html(c.origin.body)
            bodies[c.id] = body
            let view = CelebrationPageView(
                title: c.title, date: date(c.date), image: image(c.image, alt: c.imageAlt), bodyHTML: body,
                outcomes: c.outcomes.compactMap { outcomeLink($0.id) },
                commitments: c.commitments.compactMap { commitmentLink($0.id) },
                partners: c.partners.compactMap { partnerLink($0.id) })
            let path = "celebrations/\(c.id)/"
            plans.append(PagePlan(path: path, template: "celebration",
                                  context: context(path: path, title: c.title, section: "celebrations", crumbs: crumbs, view)))
        }
        let pageCount = SiteRoutes.celebrationPageCount(p.celebrations.count)
        func pagePath(_ n: Int) -> String { n == 1 ? "celebrations/" : "celebrations/page/\(n)/" }
        for number in 1...pageCount {
            let slice = p.celebrations.dropFirst((number - 1) * SiteRoutes.celebrationsPerPage).prefix(SiteRoutes.celebrationsPerPage)
            let cards = slice.map { c in
                CelebrationCardView(title: c.title, url: url("celebrations/\(c.id)/"), date: date(c.date),
                                    image: image(c.image, alt: c.imageAlt), excerptHTML: bodies[c.id] ?? nil)
            }
            let pagination = pageCount == 1 ? nil : PaginationView(
                current: number, total: pageCount,
                previous: number > 1 ? url(pagePath(number - 1)) : nil,
                next: number < pageCount ? url(pagePath(number + 1)) : nil)
            let title = number == 1 ? t["nav_celebrations"] : t.format("page_n", ["title": t["nav_celebrations"], "n": String(number)])
            plans.append(PagePlan(path: pagePath(number), template: "celebrations",
                                  context: context(path: pagePath(number), title: title, section: "celebrations",
                                                   crumbs: number == 1 ? [] : crumbs,
                                                   CelebrationIndexView(celebrations: cards, pagination: pagination))))
        }
        return plans
    }
}
