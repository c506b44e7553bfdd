/// Every file the site publishes, each once, in the order the writer takes them: the one
/// list from which the link check, the sitemap and the writer's work are derived, built
/// once after Resolve. A page's route ends with `/` (the home page is the empty path), and
/// is written as `index.html` in its folder.
///
/// The plan says what is published and where; what goes in each file is the producers'
/// business (`Outputs`), which the writer asks for each file as it writes it.
struct SitePlan: Sendable {
    static let celebrationsPerPage = 10

    /// Every route, in the order the files are written: the costly files first (the feed,
    /// the open data, the search index and the A to Z page, each of which lists every entry),
    /// so that the cores start on them rather than finish on them.
    let routes: [Route]
    /// The paths of the pages (`outcomes/clean-air/`), for the link check.
    let pages: Set<String>
    /// The paths of every other file (`data/outcomes.csv`, `assets/style.css`).
    let files: Set<String>

    /// `themeAssets`: the names of the theme's files under `assets/`; `contentSchemas`: the
    /// names of the content files' JSON Schemas.
    init(_ p: ResolvedPartnership, themeAssets: [String], contentSchemas: [String]) {
        let m = p.model
        var routes: [Route] = [.feed, .openDataJSON, .searchIndex, .search, .openDataSchema, .dataPackage]
        routes += OpenDataTable.allCases.map { .openDataTable($0) }
        if m.areaStories.contains(where: { $0.boundary != nil }) { routes.append(.areasGeoJSON) }
        if m.communityAssets.contains(where: { $0.location != nil }) { routes.append(.assetsGeoJSON) }
        for outcome in m.outcomes {
            routes += outcome.indicators.filter { !$0.series.isEmpty || !$0.breakdowns.isEmpty }
                .map { .indicatorTable(outcome: outcome.id, indicator: $0.id) }
        }
        for outcome in m.outcomes {
            routes += outcome.indicators.filter { !$0.series.isEmpty }.map { .indicatorChart(outcome: outcome.id, indicator: $0.id) }
        }
        routes += Self.pageRoutes(p)
        routes += [.sitemap, .robots, .calendar]
        routes += p.upcomingConversations.map { .conversationCalendar($0.id) }
        routes += contentSchemas.map { .contentSchema($0) }
        routes += themeAssets.sorted().map { .themeAsset($0) }
        routes += m.publishedFiles.sorted().map { .published($0) }
        self.routes = routes
        var pages = Set<String>(), files = Set<String>()
        pages.reserveCapacity(routes.count)
        for route in routes {
            let path = route.path
            if Route.isPage(path) { pages.insert(path) } else { files.insert(path) }
        }
        (self.pages, self.files) = (pages, files)
    }

    /// The pages in the order of the menu: the home page, each section's pages, the free
    /// pages, then the pages that belong to no section (but the A to Z page, planned with
    /// the costly files).
    static func pageRoutes(_ p: ResolvedPartnership) -> [Route] {
        [.home] + Section.allCases.flatMap { $0.routes(in: p) }
            + EntryKind.pages.publishedIDs(in: p).map { .entry(.pages, $0) } + [.glossary, .notFound]
            + (p.editions.isEmpty ? [] : [.archive] + p.editions.map { .editionChanges($0.edition.tag) })
    }

    /// How many pages a section listed `perPage` entries at a time takes (one when it is empty).
    static func pageCount(of count: Int, perPage: Int = celebrationsPerPage) -> Int {
        max(1, (count + perPage - 1) / perPage)
    }

    /// The published path for an internal link target (`/outcomes/x`, `/media/a.png#top`),
    /// or nil when nothing is published there. A missing trailing slash is accepted when
    /// the folder exists.
    func resolve(_ target: String) -> String? {
        var path = String(target.dropFirst())
        var suffix = ""
        if let index = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[index...])
            path = String(path[..<index])
        }
        path = path.removingPercentEncoding ?? path
        if path.hasSuffix("index.html") { path.removeLast("index.html".count) }
        if pages.contains(path) || files.contains(path) { return path + suffix }
        if pages.contains(path + "/") { return path + "/" + suffix }
        return nil
    }
}

import Foundation
