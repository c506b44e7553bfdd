import Foundation
import Testing
@testable import Civic

@Suite struct RouteTests {
    static let samples: [Route] = [
        .home, .section(.outcomes), .entry(.outcomes, "a"), .indicatorTable(outcome: "a", indicator: "b"), .indicatorChart(outcome: "a", indicator: "b"),
        .section(.commitments), .commitmentsByPartner, .commitmentsByOutcome, .commitmentsByArea, .entry(.commitments, "a"), .section(.progress),
        .section(.assessments), .entry(.assessments, "a"), .section(.celebrations, page: 1), .section(.celebrations, page: 2), .entry(.celebrations, "a"),
        .section(.conversations), .entry(.conversations, "a"), .conversationCalendar("a"), .calendar, .section(.partners), .entry(.partners, "a"), .entry(.pages, "a"),
        .glossary, .section(.data), .openDataJSON, .openDataSchema, .dataPackage, .openDataTable(.figures), .feed, .sitemap, .robots,
        .notFound, .contentSchema("site.schema.json"), .themeAsset("style.css"), .published("media/a.png"),
    ]

    @Test func differentRoutesHaveDifferentPaths() {
        let paths = Self.samples.map(\.path)
        #expect(Set(paths).count == paths.count)
    }

    @Test func pagesEndWithASlashAndFilesDoNot() {
        for route in Self.samples {
            let isPage = route.path.isEmpty || route.path.hasSuffix("/")
            #expect(isPage == !(route.path.contains(".")), "\(route)")
        }
        #expect(Route.section(.celebrations, page: 1).path == Route.section(.celebrations, page: 0).path, "page 1 is the section's own page")
        #expect(Route.entry(.outcomes, "clean-air").url(under: "/town/") == "/town/outcomes/clean-air/")
    }

    @Test func aPageCannotTakeAFolderTheSiteUses() throws {
        for name in Route.reservedNames + Section.allCases.map(\.rawValue) where !name.contains(".") {
            let site = try TestSite(["content/pages/\(name).md": "---\ntitle: A page\n---\nText.\n"])
            defer { site.remove() }
            #expect(site.messages().contains { $0.contains("a page cannot be called '\(name)'") }, "\(name)")
        }
    }

    /// Theme assets are published, so a Markdown link to one is not broken.
    @Test func aLinkToAThemeAssetIsNotBroken() throws {
        let site = try TestSite(["content/pages/about.md": "---\ntitle: About\n---\nSee [the stylesheet](/assets/style.css) and [nothing](/assets/none.css).\n"])
        defer { site.remove() }
        let messages = site.messages()
        #expect(!messages.contains { $0.contains("'/assets/style.css'") })
        #expect(messages.contains { $0.contains("'/assets/none.css' points to nothing") })
    }

    /// Each table's first row is its declared columns, every row has a cell for each of
    /// them, and the Data Package describes the same columns: on the example, which has
    /// rows in every table.
    @Test func everyOpenDataTableIsDescribedColumnByColumn() throws {
        let result = SiteBuilder.build(siteFolder: projectRoot, asOf: Day.parse("2026-11-01")!)
        #expect(!result.diagnostics.hasErrors)
        let package = try #require(result.text(Route.dataPackage.path))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(package.utf8)) as? [String: Any])
        let resources = try #require(json["resources"] as? [[String: Any]])
        #expect(resources.compactMap { $0["name"] as? String } == OpenDataTable.allCases.map(\.rawValue))
        for (table, resource) in zip(OpenDataTable.allCases, resources) {
            let csv = try CSVTable.parse(try #require(result.text(Route.openDataTable(table).path)))
            #expect(csv.header == table.columns.map(\.name), "\(table)")
            #expect(!csv.rows.isEmpty, "\(table)")
            for row in csv.rows { #expect(row.fields.count == table.columns.count, "\(table), line \(row.line)") }
            let fields = (resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []
            #expect(fields.compactMap { $0["name"] as? String } == csv.header, "\(table)")
            #expect(fields.compactMap { $0["type"] as? String } == table.columns.map(\.type), "\(table)")
        }
    }

    /// The routes the link check knows are exactly the files the build writes, so that no
    /// published page is missing from one list or the other (an `index.html` for each page).
    @Test(arguments: ["", "Tests/CivicTests/Fixtures/sites/es-villaverde"])
    func theLinkCheckKnowsEveryPublishedFileAndNoOther(site: String) throws {
        let folder = site.isEmpty ? projectRoot : projectRoot.appendingPathComponent(site)
        let asOf = Day.parse("2025-06-01")!
        let result = SiteBuilder.build(siteFolder: folder, asOf: asOf)
        #expect(!result.diagnostics.hasErrors)
        let prepared = SiteBuilder.prepare(siteFolder: folder, asOf: asOf)
        let plan = try #require(prepared.value).plan
        let base = plan.files.union(plan.pages.map { $0 + "index.html" })
        var known = base
        // Each other language publishes the same files under its folder, but for the sitemap and robots.txt.
        let settings = try #require(prepared.value).site.model.site
        for language in settings.publishedLanguages.dropFirst() {
            known.formUnion(base.subtracting(["sitemap.xml", "robots.txt"]).map { settings.languageFolder(language) + $0 })
        }
        #expect(known.subtracting(result.paths).sorted() == [])
        #expect(result.paths.subtracting(known).sorted() == [])
        #expect(plan.routes.count * settings.publishedLanguages.count - 2 * (settings.publishedLanguages.count - 1) == known.count)
    }

    /// The sitemap lists every page of the plan and nothing else; every template the plan
    /// uses is one a theme must have.
    @Test(arguments: ["", "Tests/CivicTests/Fixtures/sites/es-villaverde"])
    func theSitemapAndTheRequiredTemplatesComeFromThePlan(site: String) throws {
        let folder = site.isEmpty ? projectRoot : projectRoot.appendingPathComponent(site)
        let asOf = Day.parse("2025-06-01")!
        let prepared = SiteBuilder.prepare(siteFolder: folder, asOf: asOf)
        let context = try #require(prepared.value)
        let sitemap = try #require(SiteBuilder.build(siteFolder: folder, asOf: asOf).text(Route.sitemap.path))
        let listed = Set(sitemap.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "<loc>"), let end = line.range(of: "</loc>") else { return nil }
            return String(line[start.upperBound..<end.lowerBound].dropFirst(context.site.model.site.baseURL.count))
        })
        // A site in several languages lists each page in each of them.
        let settings = context.site.model.site
        let pages = settings.publishedLanguages.reduce(into: Set<String>()) { all, language in
            all.formUnion(context.plan.pages.map { settings.languageFolder(language) + $0 })
        }
        #expect(listed == pages)
        #expect(listed.count > 20)
        let used = Set(context.plan.routes.compactMap(\.template))
        #expect(used.subtracting(Section.requiredTemplates).sorted() == [])
        #expect(used.count >= 14)
    }
}
