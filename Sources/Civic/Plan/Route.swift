/// Every place the site publishes something, and the only code that spells its path.
/// A page's path ends with `/` (the home page is the empty path); a file's path is its
/// name under the output folder. `url(under:)` puts it under the site's base path.
enum Route: Hashable, Sendable {
    case home
    /// A section's own page; a section listed ten entries at a time (the celebrations) has
    /// more pages, numbered from 1, the section's own page.
    case section(Section, page: Int = 1)
    /// The page of one entry, by its kind and id (a free page of `content/pages/` sits at
    /// the top of the site).
    case entry(EntryKind, String)
    /// An indicator's figures as CSV, beside its outcome's page.
    case indicatorTable(outcome: String, indicator: String)
    /// An indicator's chart as SVG, beside its outcome's page.
    case indicatorChart(outcome: String, indicator: String)
    case commitmentsByPartner
    case commitmentsByOutcome
    case commitmentsByArea
    /// The community assets of one kind (`community-assets/kind/venue/`), a filter made of links.
    case assetsOfKind(String)
    /// The community assets with one accessibility feature (`community-assets/feature/step-free/`).
    case assetsWithFeature(String)
    /// The report of one period, by its id (`reports/2024-25/`).
    case report(String)
    /// The list of the site's archived editions, with what changed since the latest.
    case archive
    /// What changed in an archived edition since the one before it (`archive/TAG/changes/`).
    case editionChanges(String)
    /// Every area's boundary as GeoJSON (`data/areas.geojson`).
    case areasGeoJSON
    /// Every community asset with a location as GeoJSON (`data/community-assets.geojson`).
    case assetsGeoJSON
    /// One upcoming conversation as a calendar file.
    case conversationCalendar(String)
    /// Every upcoming conversation as one calendar file.
    case calendar
    /// The page that explains the figures: every status, overdue, quiet, the review scale.
    case glossary
    /// Every entry from A to Z (`search/`), which works without a script.
    case search
    /// What the search box of that page looks in, fetched when a reader first uses it.
    case searchIndex
    case openDataJSON
    case openDataSchema
    case dataPackage
    /// One of the open-data tables.
    case openDataTable(OpenDataTable)
    case feed
    case sitemap
    case robots
    case notFound
    /// A content file's JSON Schema, by its file name (`site.schema.json`).
    case contentSchema(String)
    /// A file of the theme's `assets/` folder, by its name there (`style.css`).
    case themeAsset(String)
    /// A file published from the content as it is, by its path there (`media/map.png`).
    case published(String)

    /// Where the content files' JSON Schemas are published.
    static let contentSchemaFolder = "schemas/"

    /// Where the archived editions are published, each in a folder named by its tag.
    static let archiveFolder = "archive/"

    /// The names a page of content may not take, because the site uses them: the sections,
    /// and these.
    static let reservedNames = ["media", "assets", "schemas", "feed.xml", "404", "about-the-figures", "search", "archive", "changes"]

    var path: String {
        switch self {
        case .home: ""
        case .section(let section, let page): page <= 1 ? "\(section.rawValue)/" : "\(section.rawValue)/page/\(page)/"
        case .entry(.pages, let id): "\(id)/"
        case .entry(let kind, let id): "\(kind.rawValue)/\(id)/"
        case .indicatorTable(let outcome, let indicator): "outcomes/\(outcome)/\(indicator).csv"
        case .indicatorChart(let outcome, let indicator): "outcomes/\(outcome)/\(indicator).svg"
        case .commitmentsByPartner: "commitments/by-partner/"
        case .commitmentsByOutcome: "commitments/by-outcome/"
        case .commitmentsByArea: "commitments/by-area/"
        case .assetsOfKind(let kind): "community-assets/kind/\(kind)/"
        case .assetsWithFeature(let feature): "community-assets/feature/\(feature)/"
        case .report(let id): "reports/\(id)/"
        case .archive: "\(Self.archiveFolder)"
        case .editionChanges(let tag): "\(Self.archiveFolder)\(tag)/changes/"
        case .areasGeoJSON: "data/areas.geojson"
        case .assetsGeoJSON: "data/community-assets.geojson"
        case .conversationCalendar(let id): "conversations/\(id)/event.ics"
        case .calendar: "conversations.ics"
        case .glossary: "about-the-figures/"
        case .search: "search/"
        case .searchIndex: "search/index.json"
        case .openDataJSON: "data/partnership.json"
        case .openDataSchema: "data/schema.json"
        case .dataPackage: "data/datapackage.json"
        case .openDataTable(let table): "data/\(table.rawValue).csv"
        case .feed: "feed.xml"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        case .notFound: "404.html"
        case .contentSchema(let name): "\(Self.contentSchemaFolder)\(name)"
        case .themeAsset(let name): "assets/\(name)"
        case .published(let path): path
        }
    }

    /// The address under the site's base path (`/town/outcomes/clean-air/`).
    func url(under root: String) -> String { root + path }

    /// Whether the route is a page addressed as a folder (`outcomes/`, the home page).
    var isPage: Bool { Self.isPage(path) }

    /// Whether a route's path is a page's (see `isPage`).
    static func isPage(_ path: String) -> Bool { path.isEmpty || path.hasSuffix("/") }

    /// The file written for the route: a page's `index.html` in its folder.
    var filePath: String {
        let path = self.path
        return Self.isPage(path) ? path + "index.html" : path
    }
}
