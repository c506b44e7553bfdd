import Foundation
import Testing
@testable import Civic

@Suite struct WholeSiteTests {
    @Test func everyPageOfTheSiteIsBuilt() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors)
        let expected = ["index.html", "outcomes/index.html", "outcomes/clean-air/index.html", "outcomes/clean-air/no2.csv",
                        "commitments/index.html", "commitments/by-partner/index.html", "commitments/by-outcome/index.html",
                        "commitments/by-area/index.html", "commitments/bus-pass/index.html", "progress/index.html",
                        "assessments/index.html", "celebrations/index.html", "conversations/index.html",
                        "partners/index.html", "partners/council/index.html", "data/index.html", "404.html", "feed.xml",
                        "sitemap.xml", "robots.txt", "data/partnership.json", "data/schema.json", "data/outcomes.csv",
                        "data/indicators.csv", "data/commitments.csv", "data/updates.csv", "data/ratings.csv",
                        "data/celebrations.csv", "data/conversations.csv", "data/partners.csv", "conversations.ics",
                        "assets/style.css"]
        for path in expected { #expect(result.paths.contains(path), "\(path) missing") }
        let outcome = try #require(result.text("outcomes/clean-air/index.html"))
        #expect(outcome.contains("<img class=\"chart\" src=\"/test/outcomes/clean-air/no2.svg\" alt=\"Line chart of Nitrogen dioxide. The same figures are in the table below.\""))
        let chart = try #require(result.text("outcomes/clean-air/no2.svg"))
        #expect(chart.hasPrefix("<svg "))
        #expect(chart.contains("<title id=\"title\">Nitrogen dioxide</title>"))
        #expect(chart.contains("<desc id=\"desc\">Fell from 40 µg/m³ in 2020 to 30 µg/m³ in 2024. Target: 20 µg/m³ by 2030.</desc>"))
        #expect(outcome.contains("Fell from 40 µg/m³ in 2020 to 30 µg/m³ in 2024. Target: 20 µg/m³ by 2030."))
        #expect(outcome.contains("href=\"/test/commitments/bus-pass/\""))
        let commitment = try #require(result.text("commitments/bus-pass/index.html"))
        #expect(commitment.contains("flag-overdue"))
    }

    @Test func textFieldsAreEscapedAndRawHTMLIsDropped() throws {
        let site = try TestSite(["content/partners/alliance.md": "---\nname: \"<script>alert(1)</script> & Co\"\nkind: ngo\n---\n<script>alert(2)</script>\n"])
        defer { site.remove() }
        let result = site.build()
        let page = try #require(result.text("partners/alliance/index.html"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"))
        #expect(!page.contains("<script>"))
        #expect(!page.contains("javascript:"))
    }

    @Test func internalLinksAreRewrittenUnderTheBasePath() throws {
        let site = try TestSite(["content/pages/about.md": "---\ntitle: About\n---\n[outcome](/outcomes/clean-air) and [data](/data/)\n"])
        defer { site.remove() }
        let page = try #require(site.build().text("about/index.html"))
        #expect(page.contains("<a href=\"/test/outcomes/clean-air/\">outcome</a>"))
        #expect(page.contains("<a href=\"/test/data/\">data</a>"))
    }

    @Test func futureCelebrationsAreNotPublished() throws {
        let site = try TestSite([
            "content/celebrations/past.md": "---\ntitle: Past\ndate: 2025-01-01\n---\n",
            "content/celebrations/future.md": "---\ntitle: Future\ndate: 2026-01-01\n---\n",
        ])
        defer { site.remove() }
        let result = site.build(asOf: "2025-06-01")
        #expect(result.paths.contains("celebrations/past/index.html"))
        #expect(!result.paths.contains("celebrations/future/index.html"))
        #expect(result.text("feed.xml")?.contains("Future") == false)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let site = try TestSite()
        defer { site.remove() }
        let a = site.build(), b = site.build()
        #expect(a.files.map(\.path) == b.files.map(\.path))
        for (x, y) in zip(a.files, b.files) { #expect(try bytes(of: x) == bytes(of: y), "\(x.path)") }
    }

    @Test func aFailedBuildLeavesThePreviousOutputIntact() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("public")
        #expect(!SiteBuilder.build(siteFolder: site.folder, output: try OutputFolder.inspect(output.path, siteFolder: site.folder.path), asOf: Day.parse("2025-06-01")!).hasErrors)
        let before = listFiles(output)
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))
        #expect(before.contains("index.html"))

        try Data("---\nname: Broken\nkind: nonsense\n---\n".utf8).write(to: site.folder.appendingPathComponent("content/partners/broken.md"))
        let diagnostics = SiteBuilder.build(siteFolder: site.folder, output: try OutputFolder.inspect(output.path, siteFolder: site.folder.path), asOf: Day.parse("2025-06-01")!)
        #expect(diagnostics.hasErrors)
        #expect(listFiles(output) == before)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == home)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".civic-") && !$0.hasPrefix(".civic-previous-") && !$0.hasPrefix(".civic-manifest-") && !$0.hasPrefix(".civic-lock-")
            && !(($0.hasPrefix(".civic-markdown-") || $0.hasPrefix(".civic-reads-")) && !$0.hasSuffix(".tmp")) }
        #expect(leftovers.isEmpty)
    }

    /// A broken link is found only while its page is made, after other pages were written
    /// into the staging folder: the build still fails, names the line, and publishes nothing,
    /// not even the pages that changed without error.
    @Test func aBrokenLinkFoundWhileWritingPublishesNothing() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("public")
        func build() throws -> DiagnosticList {
            SiteBuilder.build(siteFolder: site.folder, output: try OutputFolder.inspect(output.path, siteFolder: site.folder.path),
                              asOf: Day.parse("2025-06-01")!)
        }
        #expect(try !build().hasErrors)
        let before = listFiles(output)
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))
        try site.write("content/pages/index.md", bytes: Array("---\ntitle: Home\n---\nA new welcome.\n".utf8))
        try site.write("content/pages/broken.md", bytes: Array("---\ntitle: Broken\n---\n\nSee [this](/outcomes/nowhere/).\n".utf8))
        let diagnostics = try build()
        #expect(diagnostics.items.filter { $0.severity == .error }.map(\.description) == [
            "content/pages/broken.md:5:5: error: the link '/outcomes/nowhere/' points to nothing on this site\n  hint: did you mean '/outcomes/' or '/'?"])
        #expect(listFiles(output) == before)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == home)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".civic-staging-") }
        #expect(leftovers.isEmpty)
        // Fixed, the same build goes ahead.
        try site.write("content/pages/broken.md", bytes: Array("---\ntitle: Broken\n---\n\nSee [this](/outcomes/).\n".utf8))
        #expect(try !build().hasErrors)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) != home)
    }

    @Test func aStagingFolderLeftByAnInterruptedBuildIsCleanedUp() throws {
        let site = try TestSite()
        defer { site.remove() }
        let stale = site.folder.appendingPathComponent(".civic-staging-public-1-1")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        let output = site.folder.appendingPathComponent("public")
        #expect(!SiteBuilder.build(siteFolder: site.folder, output: try OutputFolder.inspect(output.path, siteFolder: site.folder.path), asOf: Day.parse("2025-06-01")!).hasErrors)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func aSiteTemplateOverridesTheDefaultThemeFileByFile() throws {
        let site = try TestSite(["templates/page.mustache": "{{<layout}}{{$main}}<h1>Custom {{content.title}}</h1>{{/main}}{{/layout}}",
                                 "content/pages/about.md": "---\ntitle: About\n---\n"])
        defer { site.remove() }
        let result = site.build()
        #expect(result.text("about/index.html")?.contains("<h1>Custom About</h1>") == true)
        #expect(result.text("partners/index.html")?.contains("<h1>Partners</h1>") == true)
    }

    @Test func aBrokenTemplateIsReportedWithItsLine() throws {
        let site = try TestSite(["templates/page.mustache": "line one\n{{#unclosed}}\n"])
        defer { site.remove() }
        let errors = site.build().diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.path == "templates/page.mustache")
    }

    @Test func upcomingConversationsGetCalendarFiles() throws {
        let site = try TestSite(["content/conversations/meet.md": "---\ntitle: Meet, talk\nstart: 2025-07-01T18:00-05:00\nplace: Hall\n---\n"])
        defer { site.remove() }
        let result = site.build(asOf: "2025-06-01")
        let ics = try #require(result.text("conversations/meet/event.ics"))
        #expect(ics.contains("DTSTART:20250701T230000Z\r\n"))
        #expect(ics.contains("SUMMARY:Meet\\, talk\r\n"))
        #expect(result.text("conversations.ics")?.contains("BEGIN:VEVENT") == true)
    }

    /// Statuses are computed at the as-of date, so every page says which date that is, in
    /// its own language, on screen and in print.
    @Test func everyPageSaysTheDateItsFiguresAreAsOf() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = site.build(asOf: "2025-06-01")
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 10)
        for page in pages {
            #expect(result.text(page.path)?.contains("<p class=\"as-of\"><a href=\"/test/about-the-figures/#as-of\">Figures as of 1 June 2025</a></p>") == true, "\(page.path)")
        }
        let spanish = fixtures.appendingPathComponent("sites/es-villaverde")
        let home = SiteBuilder.build(siteFolder: spanish, asOf: Day.parse("2025-06-01")!).text("index.html")
        #expect(home?.contains("Cifras al 1 de junio de 2025") == true)
    }

    @Test func anOnlinePlaceIsSaidInThePagesLanguage() throws {
        let site = try TestSite([
            "content/site.yml": TestSite.base["content/site.yml"]!.replacingOccurrences(of: "language: en-GB", with: "language: es-CO"),
            "content/conversations/llamada.md": "---\ntitle: Llamada\nstart: 2025-07-02T18:00Z\nplace: online\nlink: https://meet.example.org/x\n---\n",
        ])
        defer { site.remove() }
        let result = site.build(asOf: "2025-06-01")
        let page = try #require(result.text("conversations/llamada/index.html"))
        #expect(page.contains("En línea"))
        #expect(!page.contains(">online<"))
        #expect(result.text("conversations/llamada/event.ics")?.contains("LOCATION:En línea\r\n") == true)
    }

    /// Every event has an end (its own, or the site's default length), and its description
    /// carries the page, the access offered and the online link.
    @Test func calendarEventsHaveAnEndAndADescription() throws {
        let site = try TestSite([
            "content/conversations/meet.md": "---\ntitle: Meet\nstart: 2025-07-01T18:00-05:00\nplace: Hall\naccess: [step-free, hearing-loop]\n---\n",
            "content/conversations/call.md": "---\ntitle: Call\nstart: 2025-07-02T18:00Z\nend: 2025-07-02T18:45Z\nplace: online\nlink: https://meet.example.org/x\n---\n",
        ])
        defer { site.remove() }
        let meet = try #require(site.build(asOf: "2025-06-01").text("conversations/meet/event.ics"))
        #expect(meet.contains("DTEND:20250702T010000Z\r\n"), "two hours by default")
        let unfolded = meet.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:https://example.org/test/conversations/meet/\\nAccess: Step-free access\\; Hearing loop\r\n"), "\(unfolded)")
        let call = try #require(site.build(asOf: "2025-06-01").text("conversations/call/event.ics")).replacingOccurrences(of: "\r\n ", with: "")
        #expect(call.contains("DTEND:20250702T184500Z\r\n"))
        #expect(call.contains("DESCRIPTION:https://example.org/test/conversations/call/\\nhttps://meet.example.org/x\r\n"))

        try site.write("content/site.yml", bytes: Array((TestSite.base["content/site.yml"]! + "\nconversation_minutes: 90\n").utf8))
        let shorter = try #require(site.build(asOf: "2025-06-01").text("conversations/meet/event.ics"))
        #expect(shorter.contains("DTEND:20250702T003000Z\r\n"))
    }

    @Test func formulaCellsAreNeutralisedInCSV() {
        #expect(CSVText.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.cell("-3.5") == "-3.5")
        #expect(CSVText.cell("@sum") == "'@sum")
    }
}

@Suite struct CalendarTests {
    @Test func localTimesUseTheSiteZoneOnThatDay() {
        let summer = LocalDateTime.parse("2026-07-01T18:00")!
        let winter = LocalDateTime.parse("2026-12-01T18:00")!
        #expect(CalendarWriter.dateLine("DTSTART", summer, timezone: "Europe/London") == "DTSTART:20260701T170000Z")
        #expect(CalendarWriter.dateLine("DTSTART", winter, timezone: "Europe/London") == "DTSTART:20261201T180000Z")
        #expect(CalendarWriter.dateLine("DTSTART", winter, timezone: "UTC") == "DTSTART:20261201T180000Z")
    }

    @Test func longLinesAreFoldedAt75Octets() {
        let folded = CalendarWriter.fold("SUMMARY:" + String(repeating: "é", count: 60))
        for line in folded.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }
}

@Suite struct ProgressGridTests {
    @Test func aPillarWithManyOutcomesIsListedInsteadOfTabled() throws {
        var files: [String: String?] = [:]
        for n in 0..<9 {
            files["content/outcomes/o\(n).md"] = "---\ntitle: Outcome \(n)\npillar: economy\nsummary: S\n---\n"
        }
        files["content/commitments/c.md"] = "---\ntitle: Do it\nlead: council\noutcomes: [o3, o7]\nstatus: planned\n---\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let page = try #require(site.build().text("progress/index.html"))
        // Environment (one outcome) stays a table; economy (nine) becomes a list of what each commitment advances.
        #expect(page.components(separatedBy: "<table class=\"grid\">").count == 2)
        #expect(page.contains("too many outcomes for a readable table"))
        #expect(page.contains("<li><a href=\"/test/outcomes/o3/\">Outcome 3</a></li><li><a href=\"/test/outcomes/o7/\">Outcome 7</a></li>"))
        #expect(!page.contains("Does not advance: Outcome 0"))
    }
}
