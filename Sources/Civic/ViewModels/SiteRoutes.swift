/// Every path the site publishes, known before any page is rendered so that internal
/// links in Markdown can be checked against it. Paths have no leading slash; pages end
/// with `/` (the home page is the empty path).
struct SiteRoutes: Sendable {
    static let celebrationsPerPage = 10

    var pages: Set<String> = []
    var files: Set<String> = []

    init(_ p: ResolvedPartnership, themeAssets: [String] = []) {
        let m = p.model
        var pages: [Route] = [.home, .outcomes, .commitments, .commitmentsByPartner, .commitmentsByOutcome,
                              .progress, .assessments, .celebrations(page: 1), .conversations, .partners, .data, .glossary]
        if !m.site.areas.isEmpty { pages.append(.commitmentsByArea) }
        pages += m.outcomes.map { .outcome($0.id) }
        pages += m.commitments.map { .commitment($0.id) }
        pages += p.assessments.map { .assessment($0.id) }
        pages += p.celebrations.map { .celebration($0.id) }
        let celebrationPages = Self.celebrationPageCount(p.celebrations.count)
        pages += celebrationPages > 1 ? (2...celebrationPages).map { .celebrations(page: $0) } : []
        pages += m.conversations.map { .conversation($0.id) }
        pages += m.partners.map { .partner($0.id) }
        pages += m.pages.filter { $0.id != "index" }.map { .page($0.id) }
        self.pages = Set(pages.map(\.path))

        var files: [Route] = m.publishedFiles.map { .published($0) }
        files += [.openDataJSON, .openDataSchema, .dataPackage] + OpenDataTable.allCases.map { .openDataTable($0) }
        files += [.feed, .sitemap, .robots, .notFound, .calendar]
        files += ContentJSONSchema.fileNames.map { .contentSchema($0) }
        files += themeAssets.map { .themeAsset($0) }
        files += p.upcomingConversations.map { .conversationCalendar($0.id) }
        for outcome in m.outcomes {
            files += outcome.indicators.filter { !$0.series.isEmpty || !$0.breakdowns.isEmpty }
                .map { .indicatorTable(outcome: outcome.id, indicator: $0.id) }
            files += outcome.indicators.filter { !$0.series.isEmpty }
                .map { .indicatorChart(outcome: outcome.id, indicator: $0.id) }
        }
        self.files = Set(files.map(\.path))
    }

    static func celebrationPageCount(_ count: Int) -> Int {
        max(1, (count + celebrationsPerPage - 1) / celebrationsPerPage)
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
