/// The sections of the site, in the order of the default menu. Each is a folder of the site
/// with its own page; a section named as a kind of entry (`EntryKind`) also holds a page
/// for each of its published entries. The menu, the pages the plan lists, the names a page
/// of content may not take and the templates a theme must have all come from this table.
public enum Section: String, Sendable, CaseIterable {
    case outcomes, commitments, progress, assessments, reports, conversations, celebrations, areas
    case communityAssets = "community-assets"
    case partners, data

    /// The kind of entry whose pages the section holds, if any (`progress`, `reports` and
    /// `data` hold none).
    var kind: EntryKind? { EntryKind(rawValue: rawValue) }

    /// The section's own page.
    var route: Route { .section(self) }

    /// The template of the section's own page (named as the section).
    var template: String { rawValue }

    /// The template of each entry's page, for the sections that have entries, and of each
    /// report's page.
    var entryTemplate: String? { self == .reports ? "report" : kind?.entryTemplate }

    /// The words for the section in the menu (`nav_outcomes`).
    var menuKey: String { "nav_\(rawValue)" }

    /// The section's pages in the order the plan lists them: its own page (and the other
    /// ways it is listed), then a page for each published entry.
    func routes(in p: ResolvedPartnership) -> [Route] {
        guard isPublished(in: p) else { return [] }
        var routes: [Route]
        switch self {
        case .commitments:
            routes = [route, .commitmentsByPartner, .commitmentsByOutcome]
            if !p.model.site.areas.isEmpty { routes.append(.commitmentsByArea) }
        case .celebrations:
            routes = (1...SitePlan.pageCount(of: p.celebrations.count)).map { .section(self, page: $0) }
        case .reports:
            routes = [route] + p.reportPeriods.map { .report($0.id) }
        case .communityAssets:
            let assets = p.model.communityAssets
            routes = [route]
            routes += p.model.site.assetKinds.filter { kind in assets.contains { $0.kind == kind.id } }.map { .assetsOfKind($0.id) }
            routes += p.model.site.assetFeatures.filter { feature in assets.contains { $0.features.contains(feature.id) } }
                .map { .assetsWithFeature($0.id) }
        default:
            routes = [route]
        }
        if let kind { routes += kind.publishedIDs(in: p).map { .entry(kind, $0) } }
        return routes
    }

    /// Whether the section has a page at all: the areas only on a site that lists some, the
    /// community assets only on a site that has some, the reports only on a site with
    /// something dated; every other section always (an empty list says so).
    func isPublished(in p: ResolvedPartnership) -> Bool {
        switch self {
        case .areas: !p.model.site.areas.isEmpty
        case .communityAssets: !p.model.communityAssets.isEmpty
        case .reports: !p.reportPeriods.isEmpty
        default: true
        }
    }

    /// How many things the section shows, for the default menu, which leaves out the empty ones.
    func count(in p: ResolvedPartnership) -> Int {
        switch self {
        case .progress: p.model.commitments.count
        case .data: 1
        case .reports: p.reportPeriods.count
        default: kind.map { $0.publishedIDs(in: p).count } ?? 0
        }
    }

    /// Pages that belong to no section, with their templates.
    static let otherTemplates = ["layout", "home", "page", "glossary", "search", "not-found", "archive", "edition-changes"]

    /// Every template a theme must have.
    static var requiredTemplates: [String] {
        otherTemplates + allCases.flatMap { [$0.template] + ($0.entryTemplate.map { [$0] } ?? []) }
    }

    /// The names a page of content may not take: every section's, and the folders the site uses.
    static var reservedPageNames: [String] { allCases.map(\.rawValue) + Route.reservedNames }
}

extension EntryKind {
    /// The template of each entry's page (`outcome`).
    var entryTemplate: String { singular }

    /// The ids of the entries published at the as-of date, in the order their pages are
    /// listed: the free pages without the home page's introduction.
    func publishedIDs(in p: ResolvedPartnership) -> [String] {
        switch self {
        // Closures, not key paths: a key path applied to each entry copies the whole entry,
        // which the profile of a preview at 10,000 entries showed.
        case .partners: p.model.partners.map { $0.id }
        case .outcomes: p.model.outcomes.map { $0.id }
        case .commitments: p.model.commitments.map { $0.id }
        case .assessments: p.assessments.map { $0.id }
        case .celebrations: p.celebrations.map { $0.id }
        case .conversations: p.model.conversations.map { $0.id }
        // Every area of site.yml has a page, with a story or without.
        case .areas: p.model.site.areas.map { $0.id }
        case .communityAssets: p.model.communityAssets.map { $0.id }
        case .pages: p.model.pages.map { $0.id }.filter { $0 != "index" }
        }
    }
}

extension Route {
    /// The template that lays out what is published here; nil for a file made without one.
    var template: String? {
        switch self {
        case .home: "home"
        case .section(let section, _): section.template
        case .entry(let kind, _): kind.entryTemplate
        case .commitmentsByPartner, .commitmentsByOutcome, .commitmentsByArea: Section.commitments.template
        case .assetsOfKind, .assetsWithFeature: Section.communityAssets.template
        case .report: Section.reports.entryTemplate
        case .archive: "archive"
        case .editionChanges: "edition-changes"
        case .glossary: "glossary"
        case .search: "search"
        case .notFound: "not-found"
        case .indicatorTable, .indicatorChart, .conversationCalendar, .calendar, .openDataJSON, .openDataSchema,
             .dataPackage, .openDataTable, .feed, .sitemap, .robots, .contentSchema, .themeAsset, .published, .searchIndex,
             .areasGeoJSON, .assetsGeoJSON: nil
        }
    }
}
