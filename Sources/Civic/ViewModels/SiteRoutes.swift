/// Every path the site publishes, known before any page is rendered so that internal
/// links in Markdown can be checked against it. Paths have no leading slash; pages end
/// with `/` (the home page is the empty path).
struct SiteRoutes: Sendable {
    static let celebrationsPerPage = 10

    var pages: Set<String> = []
    var files: Set<String> = []

    init(_ p: ResolvedPartnership) {
        let m = p.model
        var pages: [String] = ["", "outcomes/", "commitments/", "commitments/by-partner/", "commitments/by-outcome/",
                               "progress/", "assessments/", "celebrations/", "conversations/", "partners/", "data/", GlossaryPage.path]
        if !m.site.areas.isEmpty { pages.append("commitments/by-area/") }
        pages += m.outcomes.map { "outcomes/\($0.id)/" }
        pages += m.commitments.map { "commitments/\($0.id)/" }
        pages += p.assessments.map { "assessments/\($0.id)/" }
        pages += p.celebrations.map { "celebrations/\($0.id)/" }
        pages += Self.celebrationPageCount(p.celebrations.count) > 1
            ? (2...Self.celebrationPageCount(p.celebrations.count)).map { "celebrations/page/\($0)/" } : []
        pages += m.conversations.map { "conversations/\($0.id)/" }
        pages += m.partners.map { "partners/\($0.id)/" }
        pages += m.pages.filter { $0.id != "index" }.map { "\($0.id)/" }
        self.pages = Set(pages)

        var files = m.publishedFiles
        files += OpenDataNames.generatedFiles
        files += ["feed.xml", "sitemap.xml", "robots.txt", "404.html", "conversations.ics"]
        files += ContentJSONSchema.fileNames.map { "schemas/\($0)" }
        files += p.upcomingConversations.map { "conversations/\($0.id)/event.ics" }
        for outcome in m.outcomes {
            files += outcome.indicators.filter { !$0.series.isEmpty || !$0.breakdowns.isEmpty }
                .map { "outcomes/\(outcome.id)/\($0.id).csv" }
            files += outcome.indicators.filter { !IndicatorStatusRules.countedPoints($0, asOf: p.asOf).isEmpty }
                .map { ChartRenderer.path(outcome.id, $0) }
        }
        self.files = Set(files)
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
