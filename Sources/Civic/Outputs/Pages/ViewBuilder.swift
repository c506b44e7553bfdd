/// Builds the view model of one page at a time from the resolved partnership: the strings,
/// dates, links and rendered HTML that templates lay out. Markdown is rendered with its
/// page, and a broken internal link becomes a diagnostic at its file and line.
///
/// What every page shares (the menu, the commitment cards, the indexes of related entries)
/// is worked out once; a page is made by a copy of the builder, whose `diagnostics` are
/// that page's alone, so pages can be made on every core and let go once written.
struct ViewBuilder: Sendable {
    let p: ResolvedPartnership
    let t: Translations
    let plan: SitePlan
    let markdown: MarkdownRenderer
    let site: SiteView
    /// The theme's words, one object shared by every page.
    let words: TranslationsView
    /// Which entries refer to which, looked up by every page that lists related entries.
    let related: RelatedEntries
    /// Where each review, celebration, conversation and free page is, by id.
    let entries: EntryPositions
    /// The celebrations' stories, rendered once when the site is small enough to hold them.
    let stories: RenderedStories
    /// Renderings of Markdown from the build before, when the site is small enough to hold them.
    let markdownCache: MarkdownCache?
    /// What pages say of the site's archived editions.
    let archive: ArchiveLinks
    /// The site's languages, for each page's alternates and language switch.
    let languages: LanguageLinks
    /// What the page being made found wrong: broken links in its Markdown.
    var diagnostics: [Diagnostic] = []
    /// The main menu, worked out once.
    private(set) var navigation: [(key: String, title: String, url: String, lang: String?)] = []
    /// The menu as most pages show it, one list per section marked current (and one with
    /// none), shared by every page of that section.
    private var menus: [String: [NavItemView]] = [:]
    /// Each commitment's card made so far, by commitment id (see `commitmentCard`).
    let cards = Memo<String, CommitmentCardView>()

    init(_ p: ResolvedPartnership, plan: SitePlan, translations: Translations, markdownCache: MarkdownCache? = nil,
         archive: ArchiveLinks = ArchiveLinks(), languages: LanguageLinks = LanguageLinks()) {
        self.p = p
        self.archive = archive
        self.languages = languages
        self.t = translations
        self.plan = plan
        self.words = TranslationsView(translations.strings)
        self.related = RelatedEntries(p)
        self.entries = EntryPositions(p)
        self.markdown = MarkdownRenderer(allowRawHTML: p.model.site.allowRawHTML,
                                         taskLabels: (done: translations["task_done"], open: translations["task_open"]),
                                         footnoteBackLabel: translations["footnote_back"])
        let s = p.model.site
        let root = s.basePath
        self.markdownCache = markdownCache
        self.stories = RenderedStories(p.celebrations.map(\.origin.body), renderer: markdown, cache: markdownCache) { target in
            plan.resolve(target).map { root + $0 }
        }
        let contact = s.contact
        self.site = SiteView(
            name: s.name, locality: s.locality, summary: s.summary, language: s.language, root: root,
            stylesheetURL: Route.themeAsset("style.css").url(under: root), feedURL: Route.feed.url(under: root),
            dataURL: Route.section(.data).url(under: root),
            contact: contact.email == nil && contact.phone == nil && contact.address == nil ? nil
                : ContactView(email: contact.email, phone: contact.phone, address: contact.address),
            licence: s.licence, asOf: translations.format("figures_as_of", ["date": translations.date(p.asOf)]),
            glossaryURL: Route.glossary.url(under: root), searchURL: Route.search.url(under: root),
            archiveURL: archive.banner.map { $0.currentRoot + Route.archive.path } ?? (p.editions.isEmpty ? nil : Route.archive.url(under: root)),
            textLanguages: s.untranslatedText, originalLang: s.originalLanguage, frameworkLang: s.frameworkLanguage)
        self.navigation = menuItems()
        for key in [""] + navigation.map(\.key) {
            menus[key] = navigation.map { NavItemView(title: $0.title, url: $0.url, current: $0.key == key, lang: $0.lang) }
        }
    }

    var model: Partnership { p.model }

    /// The address of a route under the site's base path.
    func url(_ route: Route) -> String { route.url(under: site.root) }

    func absoluteURL(_ path: String) -> String { model.site.baseURL + path }

    func date(_ day: Day) -> DateView { DateView(iso: day.description, text: t.date(day)) }

    func percent(_ value: Int) -> PercentView {
        PercentView(value: value, text: t.numbers.quantity(t.numbers.format(Double(value), decimals: 0), unit: "%"))
    }

    /// The shape beside each status word.
    static let indicatorSymbols: [IndicatorStatus: String] = [
        .achieved: "★", .onTrack: "▲", .improving: "↗", .notImproving: "▼", .noBaseline: "○", .noData: "–",
    ]
    static let commitmentSymbols: [Commitment.Status: String] = [
        .proposed: "○", .planned: "◔", .inProgress: "◑", .done: "●", .atRisk: "⚠", .paused: "Ⅱ", .withdrawn: "✕",
    ]

    func status(_ status: IndicatorStatus) -> StatusView {
        StatusView(key: status.rawValue, label: t["status_\(status.rawValue)"], symbol: Self.indicatorSymbols[status] ?? "",
                   url: glossaryURL("status-\(status.rawValue)"))
    }

    func status(_ status: Commitment.Status) -> StatusView {
        StatusView(key: status.rawValue, label: t["commitment_\(status.rawValue)"], symbol: Self.commitmentSymbols[status] ?? "",
                   url: glossaryURL("commitment-\(status.rawValue)"))
    }

    /// The glossary entry for a term (`status-improving`, `overdue`).
    func glossaryURL(_ entry: String) -> String {
        url(.glossary) + "#" + entry
    }

    func pillarTitle(_ id: String) -> String {
        model.site.pillars.first { $0.id == id }?.title ?? t["pillar_\(id)"]
    }

    func partnerLink(_ id: String) -> LinkView? {
        p.partnersByID[id].map { LinkView(title: $0.name, url: url(.entry(.partners, $0.id)), lang: $0.origin.titleLanguage) }
    }

    func outcomeLink(_ id: String) -> LinkView? {
        p.outcomesByID[id].map { LinkView(title: $0.title, url: url(.entry(.outcomes, $0.id)), lang: $0.origin.titleLanguage) }
    }

    func commitmentLink(_ id: String) -> LinkView? {
        p.commitmentsByID[id].map { LinkView(title: $0.title, url: url(.entry(.commitments, $0.id)), lang: $0.origin.titleLanguage) }
    }

    /// An entry's body as HTML (see `html(_:headingBase:)`); a body whose file changed since
    /// it was checked is an error, and the page is not published.
    mutating func html(_ body: EntryBody?, headingBase: Int = 2) -> String? {
        guard let body, !body.isBlank else { return nil }
        if headingBase == RenderedStories.headingBase, let story = stories.rendering(of: body) {
            report(story.broken, in: body.location)
            return story.html
        }
        switch body.markdown() {
        case .success(let text): return html(text, headingBase: headingBase)
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
    }

    /// Renders Markdown to HTML, rewriting internal links under the base path and
    /// reporting those that point at nothing.
    mutating func html(_ text: MarkdownText?, headingBase: Int = 2) -> String? {
        guard let text, !text.isBlank else { return nil }
        let plan = self.plan
        let root = site.root
        var renderer = markdown
        renderer.headingBase = headingBase
        let internalLink = { (target: String) in plan.resolve(target).map { root + $0 } }
        if let markdownCache {
            let rendering = markdownCache.render(text.text, with: renderer, opening: false, internalLink: internalLink)
            report(rendering.broken, in: text.location)
            return rendering.html
        }
        let (html, broken) = renderer.render(text.text, internalLink: internalLink)
        report(broken, in: text.location)
        return html
    }

    /// Each broken link of a text that starts at `start`, as an error at its own line.
    private mutating func report(_ broken: [MarkdownRenderer.BrokenLink], in start: SourceLocation) {
        for link in broken {
            let location = SourceLocation(path: start.path, line: start.line + link.line - 1,
                                          column: link.line == 1 ? start.column + link.column - 1 : link.column)
            switch link.reason {
            case .missing:
                diagnostics.append(.error(location, "the link '\(link.target)' points to nothing on this site",
                                          hint: Suggestions.hint(for: link.target, in: (plan.pages.union(plan.files)).map { "/" + $0 })))
            case .unsafe:
                diagnostics.append(.error(location, "the link '\(link.target.prefix(40))' could run code in a reader's browser",
                                          hint: "link to a web page (https://...) or to a page of this site (/...)"))
            }
        }
    }

    /// The context of a page: the menu with the current section marked, breadcrumbs, and for
    /// a page made from one content file, where it comes from.
    func context<Content: Sendable>(path: String, title: String, description: String? = nil,
                                    section: String? = nil, crumbs: [LinkView] = [], provenance: Provenance? = nil,
                                    titleLanguage: String? = nil,
                                    _ content: Content) -> PageContext<Content> {
        let nav = navigation.contains(where: { $0.key + "/" == path }) ? navigation.map { item in
            NavItemView(title: item.title, url: item.url, current: item.key == section || item.key + "/" == path, lang: item.lang)
        } : menus[section ?? ""] ?? menus[""] ?? []
        let home = LinkView(title: t["home"], url: url(.home))
        return PageContext(
            site: site, t: words,
            page: PageMeta(title: title, description: description ?? model.site.summary,
                           canonicalURL: absoluteURL(path), nav: nav, breadcrumbs: path.isEmpty ? [] : [home] + crumbs,
                           source: provenance.flatMap { $0.isEmpty ? nil : PageSourceView(editURL: $0.editURL, updated: $0.lastUpdated.map(date)) },
                           edition: archive.notice(for: path, t: t), earlierEditions: archive.earlier(of: path, t: t),
                           languages: languages.links(for: path), defaultLanguageURL: languages.defaultURL(for: path),
                           untranslated: untranslatedNotice(provenance),
                           partLanguages: (provenance.map(partLanguages) ?? [:]).merging(titleLanguage.map { ["title": $0] } ?? [:]) { $1 }),
            content: content)
    }

    /// On the page of an entry whose text is not all in the page's language: which language
    /// it is in, and whether all of it or parts.
    private func untranslatedNotice(_ provenance: Provenance?) -> UntranslatedNoticeView? {
        guard let provenance else { return nil }
        if let whole = provenance.language {
            return UntranslatedNoticeView(lang: whole, name: LanguageLinks.name(of: whole), text: t["untranslated_notice"])
        }
        guard let part = provenance.untranslatedParts.values.sorted().first else { return nil }
        return UntranslatedNoticeView(lang: part, name: LanguageLinks.name(of: part), text: t["untranslated_parts_notice"])
    }

    /// The language of each part of an entry's text that is not in the page's (see `PageMeta`).
    private func partLanguages(_ provenance: Provenance) -> [String: String] {
        guard let whole = provenance.language else { return provenance.untranslatedParts }
        return Dictionary(uniqueKeysWithValues: PageMeta.textParts.map { ($0, whole) })
    }

    /// The theme's sentence `key` with `text` in place of `{placeholder}`, in parts (see
    /// `MarkedSentenceView`).
    func sentence(_ key: String, _ placeholder: String, _ text: String, lang: String?, url: String? = nil) -> MarkedSentenceView {
        let words = t[key]
        guard let range = words.range(of: "{\(placeholder)}") else {
            return MarkedSentenceView(before: t.format(key, [placeholder: text]), text: "", after: "", lang: nil, url: url)
        }
        return MarkedSentenceView(before: String(words[..<range.lowerBound]), text: text, after: String(words[range.upperBound...]),
                                  lang: lang, url: url)
    }

    /// The main menu: site.yml's `navigation`, or every section that has entries, then pages with `nav_order`.
    private func menuItems() -> [(key: String, title: String, url: String, lang: String?)] {
        let pages = Dictionary(uniqueKeysWithValues: model.pages.map { ($0.id, $0) })
        func item(_ key: String) -> (key: String, title: String, url: String, lang: String?)? {
            if let section = Section(rawValue: key) {
                return section.isPublished(in: p) ? (key, t[section.menuKey], url(section.route), nil) : nil
            }
            if let page = pages[key] { return (key, page.title, url(key == "index" ? .home : .entry(.pages, key)), page.origin.titleLanguage) }
            return nil
        }
        if let configured = model.site.navigation { return configured.compactMap { item($0.id) } }
        var keys: [String] = []
        for section in Section.allCases where section.count(in: p) > 0 { keys.append(section.rawValue) }
        keys += model.pages.filter { $0.navOrder != nil && $0.id != "index" }
            .sorted { ($0.navOrder!, $0.id) < ($1.navOrder!, $1.id) }.map(\.id)
        return keys.compactMap(item)
    }
}
