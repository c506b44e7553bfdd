import Foundation
import Testing
@testable import Civic

/// `/search/` without a script: every entry of the site from A to Z.
@Suite struct AZIndexTests {
    @Test(arguments: [
        ("Ágora vecinal", "A"), ("élan", "E"), ("'Quoted' start", "Q"), ("— a dash first", "A"), ("2030 plan", "0–9"),
        ("Ñandú", "N"), ("Ŵyn y gwanwyn", "W"), ("zebra", "Z"), ("Ωmega", nil), ("…", nil),
    ] as [(String, String?)])
    func filesATitleUnderItsFirstLetterWithoutAccentsOrCase(title: String, letter: String?) {
        #expect(AZIndex.letter(for: title) == letter)
    }

    @Test func sortsWithoutAccentsCaseOrLeadingMarks() {
        let lines = ["Ahorro", "agua limpia", "\"Agenda\"", "Ágora vecinal", "Agora vecinal"].map {
            AZEntryView(title: $0, url: "/\($0)/", kind: "Page")
        }
        #expect(AZIndex.sorted(lines).map(\.title) == ["\"Agenda\"", "Agora vecinal", "Ágora vecinal", "agua limpia", "Ahorro"])
    }

    /// An ASCII title is folded without Foundation; the result must be Foundation's.
    @Test func foldsASCIIAsFoundationDoes() {
        for byte in UInt8(0)..<0x80 {
            let title = "A" + String(UnicodeScalar(byte)) + "zZ"
            #expect(AZIndex.sortKey(title) == title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil), "\(byte)")
        }
        #expect(AZIndex.sortKey("“Ärger” und Ǆ") == "arger” und ǆ")
        #expect(AZIndex.sortKey("— Plan B") == "plan b")
    }

    /// The lines of the index, as (group anchor, link) pairs in the order shown.
    private func lines(of page: String) -> [(group: String, url: String, text: String)] {
        var found: [(String, String, String)] = []
        var group = ""
        let groups = page.range(of: "<section class=\"az-group\"").map { page[$0.lowerBound...] } ?? ""
        for line in groups.split(separator: "\n") {
            if let range = line.range(of: "<h2 id=\"") {
                group = String(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let start = line.range(of: "<li><a href=\"") else { continue }
            let rest = line[start.upperBound...]
            let url = String(rest.prefix { $0 != "\"" })
            let text = String(rest.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
            found.append((group, url, text))
        }
        return found
    }

    @Test func listsEveryPublishedEntryOnceUnderItsLetter() throws {
        let page = { (id: String, title: String) in ("content/pages/\(id).md", "---\ntitle: \"\(title)\"\n---\nText.\n") }
        let files = Dictionary(uniqueKeysWithValues: [
            page("agora", "Ágora vecinal"), page("agua", "agua limpia"), page("ahorro", "Ahorro"),
            page("plan", "2030 plan"), page("omega", "Ωmega"),
            ("content/celebrations/quoted.md", "---\ntitle: \"'Quoted' start\"\ndate: 2025-01-10\n---\nA story.\n"),
            ("content/celebrations/later.md", "---\ntitle: Not yet published\ndate: 2030-01-10\n---\nLater.\n"),
        ].map { ($0.0, Optional($0.1)) })
        let site = try TestSite(files)
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors)
        let index = try #require(result.text("search/index.html"))
        let shown = lines(of: index)

        // Each entry's page once, and nothing else but the indicator's place on its outcome page.
        let entryPages = result.paths.filter { path in
            ["outcomes/", "commitments/", "partners/", "celebrations/", "conversations/", "assessments/", "areas/", "community-assets/"]
                .contains { path.hasPrefix($0) }
                && path.hasSuffix("/index.html") && path.split(separator: "/").count == 3
                && !["by-partner", "by-outcome", "by-area", "page", "kind", "feature"].contains(String(path.split(separator: "/")[1]))
        } .union(["agora", "agua", "ahorro", "plan", "omega"].map { "\($0)/index.html" })
        let linked = shown.map { String($0.url.dropFirst("/test/".count)) }
        #expect(Set(linked.filter { !$0.contains("#") }.map { $0 + "index.html" }) == entryPages)
        #expect(linked.count == Set(linked).count, "no entry is listed twice")
        #expect(linked.contains("outcomes/clean-air/#indicator-no2"))
        #expect(try #require(result.text("outcomes/clean-air/index.html")).contains("id=\"indicator-no2\""))
        #expect(!index.contains("Not yet published"), "an entry not yet published is not listed")

        func group(_ text: String) -> String? { shown.first { $0.text == text }?.group }
        #expect(group("Ágora vecinal") == "letter-a")
        #expect(group("&#39;Quoted&#39; start") == "letter-q")
        #expect(group("2030 plan") == "letter-0-9")
        #expect(group("Ωmega") == "letter-other")
        #expect(group("Nitrogen dioxide") == "letter-n")
        let inA = shown.filter { $0.group == "letter-a" }.map(\.text)
        #expect(inA == ["Ágora vecinal", "agua limpia", "Ahorro"])
        // Digits first, other scripts last; a letter with no title is in the bar, not linked.
        #expect(shown.first?.group == "letter-0-9")
        #expect(shown.last?.group == "letter-other")
        #expect(index.contains("<span class=\"no-entries\">J</span>"))
        #expect(index.contains("<a href=\"#letter-g\">G</a>"))
        // Statuses link to the glossary entry that explains them.
        #expect(index.contains("<a class=\"status commitment-in-progress\" href=\"/test/about-the-figures/#commitment-in-progress\">"))

        // Every page's header links to it.
        for path in result.paths where path.hasSuffix(".html") {
            #expect(result.text(path)?.contains("<p class=\"find-link\"><a href=\"/test/search/\">A to Z index</a></p>") == true, "\(path)")
        }
    }

    @Test func speaksTheSitesLanguage() throws {
        let result = SiteBuilder.build(siteFolder: projectRoot.appendingPathComponent("Tests/CivicTests/Fixtures/sites/es-villaverde"),
                                       asOf: Day.parse("2025-06-01")!)
        #expect(!result.diagnostics.hasErrors)
        let index = try #require(result.text("search/index.html"))
        #expect(index.contains("<h1>Todo de la A a la Z</h1>"))
        #expect(index.contains("<span class=\"az-kind\">Compromiso</span>"))
        #expect(index.contains("aria-label=\"Letras\""))
        #expect(try #require(result.text("index.html")).contains(">Índice de la A a la Z</a>"))
    }

    /// What the search box looks in: the A to Z index's entries in its order, with their
    /// text as plain words (no Markdown), each cut at the limit.
    @Test func theSearchIndexHoldsTheIndexsEntriesAsPlainText() throws {
        let long = String(repeating: "word ", count: 400)
        let site = try TestSite(["content/pages/long.md": "---\ntitle: A long page\n---\nSee **the** [plans](/outcomes/). \(long)\n"])
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors)
        let json = try #require(result.files.first { $0.path == "search/index.json" })
        guard case .bytes(let bytes) = json.contents else { Issue.record("the index was not made"); return }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["fields"] as? [String] == SearchIndexWriter.fields)
        let entries = try #require(object["entries"] as? [[Any]])
        #expect(entries.allSatisfy { $0.count == SearchIndexWriter.fields.count })
        let page = try #require(result.text("search/index.html"))
        let shown = lines(of: page).map(\.url)
        #expect(entries.compactMap { $0[1] as? String } == shown, "the same entries in the same order as the page")
        let longText = try #require(entries.first { $0[0] as? String == "A long page" }?[7] as? String)
        #expect(longText.hasPrefix("See the plans. word word"))
        #expect(longText.count == SearchIndexWriter.textLimit)
        let indicator = try #require(entries.first { $0[0] as? String == "Nitrogen dioxide" })
        #expect(indicator[3] as? String == "Everyone breathes clean air")
        #expect(indicator[5] as? String == "status-on-track")
        #expect(indicator[6] as? String == "/test/about-the-figures/#status-on-track")
        #expect(try #require(result.text("search/index.html")).contains("<script src=\"/test/assets/search.js\" defer></script>"))
        #expect(result.paths.contains("assets/search.js"))
    }
}
