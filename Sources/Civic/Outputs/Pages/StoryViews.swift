final class ImageView: Sendable {
    let url: String
    let alt: String

    init(url: String, alt: String) {
        self.url = url
        self.alt = alt
    }
}

final class CelebrationCardView: Sendable {
    let title: String
    let url: String
    let date: DateView
    let image: ImageView?
    let excerptHTML: String?
    /// The language of its title, and of its story, where it is not the page's.
    let lang: String?
    let bodyLang: String?

    init(title: String, url: String, date: DateView, image: ImageView?, excerptHTML: String?, lang: String? = nil, bodyLang: String? = nil) {
        (self.lang, self.bodyLang) = (lang, bodyLang)
        self.title = title
        self.url = url
        self.date = date
        self.image = image
        self.excerptHTML = excerptHTML
    }
}

final class PaginationView: Sendable {
    let current: Int
    let total: Int
    let previous: String?
    let next: String?

    init(current: Int, total: Int, previous: String?, next: String?) {
        self.current = current
        self.total = total
        self.previous = previous
        self.next = next
    }
}

final class CelebrationIndexView: Sendable {
    let celebrations: [CelebrationCardView]
    let pagination: PaginationView?

    init(celebrations: [CelebrationCardView], pagination: PaginationView?) {
        self.celebrations = celebrations
        self.pagination = pagination
    }
}

final class CelebrationPageView: Sendable {
    let title: String
    let date: DateView
    let image: ImageView?
    let bodyHTML: String?
    let outcomes: [LinkView]
    let commitments: [LinkView]
    let partners: [LinkView]
    let area: LinkView?

    init(title: String, date: DateView, image: ImageView?, bodyHTML: String?, outcomes: [LinkView], commitments: [LinkView], partners: [LinkView], area: LinkView?) {
        self.title = title
        self.date = date
        self.image = image
        self.bodyHTML = bodyHTML
        self.outcomes = outcomes
        self.commitments = commitments
        self.partners = partners
        self.area = area
    }
}

extension ViewBuilder {
    func celebrationLink(_ c: Celebration) -> DatedLinkView {
        DatedLinkView(title: c.title, url: url(.entry(.celebrations, c.id)), date: date(c.date), lang: c.origin.titleLanguage)
    }

    func image(_ path: String?, alt: String?) -> ImageView? {
        path.map { ImageView(url: url(.published($0)), alt: alt ?? "") }
    }

    mutating func celebrationPage(_ c: Celebration) -> PagePlan {
        let crumbs = [LinkView(title: t["nav_celebrations"], url: url(.section(.celebrations, page: 1)))]
        let body = html(c.origin.body)
        let view = CelebrationPageView(
            title: c.title, date: date(c.date), image: image(c.image, alt: c.imageAlt), bodyHTML: body,
            outcomes: c.outcomes.compactMap { outcomeLink($0.id) },
            commitments: c.commitments.compactMap { commitmentLink($0.id) },
            partners: c.partners.compactMap { partnerLink($0.id) }, area: c.area.flatMap { areaLink($0.id) })
        let path = Route.entry(.celebrations, c.id).path
        return PagePlan(path: path, template: Section.celebrations.entryTemplate!,
                        context: context(path: path, title: c.title, section: "celebrations", crumbs: crumbs,
                                         provenance: p.provenance(of: c.origin), view))
    }

    /// Page `number` of the celebrations, ten to a page, each with its story. A broken link
    /// in a story is reported by the celebration's own page, not again here.
    func celebrationIndexPage(_ number: Int) -> PagePlan {
        let crumbs = [LinkView(title: t["nav_celebrations"], url: url(.section(.celebrations, page: 1)))]
        let pageCount = SitePlan.pageCount(of: p.celebrations.count)
        func pagePath(_ n: Int) -> String { Route.section(.celebrations, page: n).path }
        var quiet = self
        let slice = p.celebrations.dropFirst((number - 1) * SitePlan.celebrationsPerPage).prefix(SitePlan.celebrationsPerPage)
        let cards = slice.map { c in
            CelebrationCardView(title: c.title, url: url(.entry(.celebrations, c.id)), date: date(c.date),
                                image: image(c.image, alt: c.imageAlt), excerptHTML: quiet.html(c.origin.body),
                                lang: c.origin.titleLanguage, bodyLang: c.origin.language(of: "body"))
        }
        let pagination = pageCount == 1 ? nil : PaginationView(
            current: number, total: pageCount,
            previous: number > 1 ? url(.section(.celebrations, page: number - 1)) : nil,
            next: number < pageCount ? url(.section(.celebrations, page: number + 1)) : nil)
        let title = number == 1 ? t["nav_celebrations"] : t.format("page_n", ["title": t["nav_celebrations"], "n": String(number)])
        return PagePlan(path: pagePath(number), template: Section.celebrations.template,
                        context: context(path: pagePath(number), title: title, section: "celebrations",
                                         crumbs: number == 1 ? [] : crumbs,
                                         CelebrationIndexView(celebrations: cards, pagination: pagination)))
    }
}
