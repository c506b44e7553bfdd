/// Builds the view model of every page from the resolved partnership: the strings, dates,
/// links and pre-rendered HTML that templates lay out. Markdown is rendered here, and a
/// broken internal link becomes a diagnostic at its file and line.
struct ViewBuilder {
    let p: ResolvedPartnership
    let t: Translations
    let routes: SiteRoutes
    let markdown: MarkdownRenderer
    let site: SiteView
    var diagnostics: [Diagnostic] = []

    init(_ p: ResolvedPartnership, translations: Translations) {
        self.p = p
        self.t = translations
        self.routes = SiteRoutes(p)
        self.markdown = MarkdownRenderer(allowRawHTML: p.model.site.allowRawHTML,
                                         taskLabels: (done: translations["task_done"], open: translations["task_open"]))
        let s = p.model.site
        let root = s.basePath
        let contact = s.contact
        self.site = SiteView(
            name: s.name, locality: s.locality, summary: s.summary, language: s.language, root: root,
            stylesheetURL: root + "assets/style.css", feedURL: root + "feed.xml", dataURL: root + "data/",
            contact: contact.email == nil && contact.phone == nil && contact.address == nil ? nil
                : ContactView(email: contact.email, phone: contact.phone, address: contact.address),
            licence: s.licence)
    }

    var model: Partnership { p.model }

    /// The URL of a published path (`outcomes/x/`) under the site's base path.
    func url(_ path: String) -> String { site.root + path }

    func absoluteURL(_ path: String) -> String { model.site.baseURL + path }

    func date(_ day: Day) -> DateView { DateView(iso: day.description, text: t.date(day)) }

    func status(_ status: IndicatorStatus) -> StatusView {
        let symbols: [IndicatorStatus: String] = [
            .achieved: "★", .onTrack: "▲", .improving: "↗", .notImproving: "▼", .noBaseline: "○", .noData: "–",
        ]
        return StatusView(key: status.rawValue, label: t["status_\(status.rawValue)"], symbol: symbols[status] ?? "")
    }

    func status(_ status: Commitment.Status) -> StatusView {
        let symbols: [Commitment.Status: String] = [
            .proposed: "○", .planned: "◔", .inProgress: "◑", .done: "●", .atRisk: "⚠", .paused: "Ⅱ", .withdrawn: "✕",
        ]
        return StatusView(key: status.rawValue, label: t["commitment_\(status.rawValue)"], symbol: symbols[status] ?? "")
    }

    func pillarTitle(_ id: String) -> String {
        model.site.pillars.first { $0.id == id }?.title ?? t["pillar_\(id)"]
    }

    func partnerLink(_ id: String) -> LinkView? {
        p.partnersByID[id].map { LinkView(title: $0.name, url: url("partners/\($0.id)/")) }
    }

    func outcomeLink(_ id: String) -> LinkView? {
        p.outcomesByID[id].map { LinkView(title: $0.title, url: url("outcomes/\($0.id)/")) }
    }

    func commitmentLink(_ id: String) -> LinkView? {
        p.commitmentsByID[id].map { LinkView(title: $0.title, url: url("commitments/\($0.id)/")) }
    }

    /// Renders Markdown to HTML, rewriting internal links under the base path and
    /// reporting those that point at nothing.
    mutating func html(_ text: MarkdownText?, headingBase: Int = 2) -> String? {
        guard let text, !text.isBlank else { return nil }
        let routes = self.routes
        let root = site.root
        var renderer = markdown
        renderer.headingBase = headingBase
        let (html, broken) = renderer.render(text.text) { target in
            routes.resolve(target).map { root + $0 }
        }
        for link in broken {
            let location = SourceLocation(path: text.location.path, line: text.location.line + link.line - 1,
                                          column: link.line == 1 ? text.location.column + link.column - 1 : link.column)
            switch link.reason {
            case .missing:
                diagnostics.append(.error(location, "the link '\(link.target)' points to nothing on this site",
                                          hint: Suggestions.hint(for: link.target, in: (routes.pages.union(routes.files)).map { "/" + $0 })))
            case .unsafe:
                diagnostics.append(.error(location, "the link '\(link.target.prefix(40))' could run code in a reader's browser",
                                          hint: "link to a web page (https://...) or to a page of this site (/...)"))
            }
        }
        return html
    }

    /// The context of a page: the menu with the current section marked, and breadcrumbs.
    func context<Content: Sendable>(path: String, title: String, description: String? = nil,
                                    section: String? = nil, crumbs: [LinkView] = [], _ content: Content) -> PageContext<Content> {
        let nav = navigation.map { item in
            NavItemView(title: item.title, url: item.url, current: item.key == section || item.key + "/" == path)
        }
        let home = LinkView(title: t["home"], url: url(""))
        return PageContext(
            site: site, t: t.strings,
            page: PageMeta(title: title, description: description ?? model.site.summary,
                           canonicalURL: absoluteURL(path), nav: nav, breadcrumbs: path.isEmpty ? [] : [home] + crumbs),
            content: content)
    }

    /// The main menu: site.yml's `navigation`, or every section that has entries, then pages with `nav_order`.
    var navigation: [(key: String, title: String, url: String)] {
        let pages = Dictionary(uniqueKeysWithValues: model.pages.map { ($0.id, $0) })
        func item(_ key: String) -> (key: String, title: String, url: String)? {
            if let section = Section(rawValue: key) { return (key, t["nav_\(section.rawValue)"], url("\(key)/")) }
            if let page = pages[key] { return (key, page.title, url(key == "index" ? "" : "\(key)/")) }
            return nil
        }
        if let configured = model.site.navigation { return configured.compactMap { item($0.id) } }
        var keys: [String] = []
        let counts: [Section: Int] = [
            .outcomes: model.outcomes.count, .commitments: model.commitments.count, .progress: model.commitments.count,
            .assessments: p.assessments.count, .conversations: model.conversations.count,
            .celebrations: p.celebrations.count, .partners: model.partners.count, .data: 1,
        ]
        for section in Section.allCases where counts[section, default: 0] > 0 { keys.append(section.rawValue) }
        keys += model.pages.filter { $0.navOrder != nil && $0.id != "index" }
            .sorted { ($0.navOrder!, $0.id) < ($1.navOrder!, $1.id) }.map(\.id)
        return keys.compactMap(item)
    }
}
