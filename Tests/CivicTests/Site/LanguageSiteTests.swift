import Testing
@testable import Civic

/// A site in two languages: each page at its address in each, linked to the other by
/// `hreflang` and the language switch, and an entry with no translation shown as written,
/// marked with its language and a notice.
@Suite struct LanguageSiteTests {
    static let files: [String: String?] = [
        "content/site.yml": TestSite.base["content/site.yml"]! + "\nlanguages: [en-GB, es]\n",
        "content/outcomes/clean-air.es.md": "---\ntitle: Todos respiran aire limpio\nsummary: Aire limpio en cada calle.\n---\nCuerpo del resultado.\n",
    ]

    @Test func eachPageIsPublishedInEachLanguage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let built = site.build()
        #expect(built.diagnostics.items.filter { $0.severity == .error } == [])
        let paths = built.paths
        for path in ["index.html", "outcomes/clean-air/index.html", "commitments/bus-pass/index.html", "feed.xml", "404.html",
                     "data/partnership.json", "search/index.html", "assets/style.css"] {
            #expect(paths.contains(path))
            #expect(paths.contains("es/" + path), "es/\(path)")
        }
        #expect(!paths.contains("es/sitemap.xml") && !paths.contains("es/robots.txt"), "one sitemap, at the top, for every language")
        #expect(paths.count == 2 * paths.filter { !$0.hasPrefix("es/") && $0 != "sitemap.xml" && $0 != "robots.txt" }.count + 2)
    }

    @Test func pagesLinkTheirOtherLanguages() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let built = site.build()
        let spanish = try #require(built.text("es/outcomes/clean-air/index.html"))
        #expect(spanish.contains("<html lang=\"es\">"))
        #expect(spanish.contains(#"<link rel="alternate" hreflang="en-GB" href="https://example.org/test/outcomes/clean-air/">"#))
        #expect(spanish.contains(#"<link rel="alternate" hreflang="es" href="https://example.org/test/es/outcomes/clean-air/">"#))
        #expect(spanish.contains(#"<link rel="alternate" hreflang="x-default" href="https://example.org/test/outcomes/clean-air/">"#))
        #expect(spanish.contains(#"<link rel="canonical" href="https://example.org/test/es/outcomes/clean-air/">"#))
        #expect(spanish.contains(#"<a href="/test/outcomes/clean-air/" hreflang="en-GB" lang="en-GB">English</a>"#))
        #expect(spanish.contains(#"<span lang="es" aria-current="true">Español</span>"#))
        // The translated text, in the page's language: no lang of its own, no notice.
        #expect(spanish.contains("<h1>Todos respiran aire limpio</h1>"))
        #expect(spanish.contains("<p>Cuerpo del resultado.</p>"))
        #expect(!spanish.contains("untranslated-notice"))
        // The theme speaks Spanish; the site's links stay in the Spanish site.
        #expect(spanish.contains(#"<a href="/test/es/commitments/">Compromisos</a>"#))
        let english = try #require(built.text("outcomes/clean-air/index.html"))
        #expect(english.contains("<html lang=\"en-GB\">"))
        #expect(english.contains(#"<a href="/test/es/outcomes/clean-air/" hreflang="es" lang="es">Español</a>"#))
        #expect(english.contains("<h1>Everyone breathes clean air</h1>"))
    }

    @Test func anUntranslatedEntryIsShownAsWrittenAndMarked() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let built = site.build()
        let page = try #require(built.text("es/commitments/bus-pass/index.html"))
        #expect(page.contains(#"<p class="untranslated-notice">Esta página aún no se ha traducido, así que su texto se muestra en el idioma en que se escribió: <span lang="en-GB">English</span>.</p>"#))
        #expect(page.contains(#"<h1 lang="en-GB">Give free bus passes to carers</h1>"#))
        #expect(page.contains(#"<li aria-current="page" lang="en-GB">Give free bus passes to carers</li>"#))
        // The outcome it names is translated: its link is in the page's language.
        #expect(page.contains(#"<a href="/test/es/outcomes/clean-air/">Todos respiran aire limpio</a>"#))
        // Lists mark each untranslated title, and leave the translated ones.
        let home = try #require(built.text("es/index.html"))
        #expect(home.contains(#">Todos respiran aire limpio</a>"#) && !home.contains(#"lang="en-GB">Todos"#))
        let commitments = try #require(built.text("es/commitments/index.html"))
        #expect(commitments.contains(#"<a href="/test/es/commitments/bus-pass/" lang="en-GB">Give free bus passes to carers</a>"#))
        #expect(commitments.contains(#"<span lang="en-GB">Testville Council</span>"#))
        // The indicator, which a translation does not give, keeps its title, marked.
        let outcome = try #require(built.text("es/outcomes/clean-air/index.html"))
        #expect(outcome.contains(#"<h3 id="indicator-no2-title" lang="en-GB">Nitrogen dioxide</h3>"#))
        // The site's own name, from site.yml, is marked on every page.
        #expect(page.contains(#"<p class="site-name"><a href="/test/es/" lang="en-GB">Test Partnership</a> <span class="locality" lang="en-GB">Testville</span></p>"#))
    }

    @Test func aTranslationThatLeavesTheBodyMarksTheBodyAlone() throws {
        var files = Self.files
        files["content/partners/council.es.md"] = "---\nname: Ayuntamiento de Testville\n---\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let page = try #require(site.build().text("es/partners/council/index.html"))
        #expect(page.contains(#"<p class="untranslated-notice">Partes de esta página aún no se han traducido, así que se muestran en el idioma en que se escribieron: <span lang="en-GB">English</span>.</p>"#))
        #expect(page.contains("<h1>Ayuntamiento de Testville</h1>"))
        #expect(page.contains(#"<div class="prose" lang="en-GB"><p>The council.</p>"#))
        #expect(page.contains(#"<li aria-current="page">Ayuntamiento de Testville</li>"#))
        // Elsewhere its name is in Spanish, with no lang of its own.
        let partners = try #require(site.build().text("es/partners/index.html"))
        #expect(partners.contains(#"<a href="/test/es/partners/council/">Ayuntamiento de Testville</a>"#))
    }

    @Test func theSitemapTheOpenDataAndTheCheckCoverEveryLanguage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let built = site.build()
        let sitemap = try #require(built.text("sitemap.xml"))
        #expect(sitemap.contains(#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#))
        #expect(sitemap.contains(#"<url><loc>https://example.org/test/es/outcomes/clean-air/</loc><lastmod>2024-06-01</lastmod><xhtml:link rel="alternate" hreflang="en-GB" href="https://example.org/test/outcomes/clean-air/"/><xhtml:link rel="alternate" hreflang="es" href="https://example.org/test/es/outcomes/clean-air/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/test/outcomes/clean-air/"/></url>"#))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 2 * built.paths.filter { $0.hasSuffix("index.html") && !$0.hasPrefix("es/") }.count)
        // The open data carries every language's text, in each language's copy.
        for path in ["data/partnership.json", "es/data/partnership.json"] {
            let json = try #require(built.text(path))
            #expect(json.contains(#""translations":{"es":{"outcomes":{"clean-air":{"body":"Cuerpo del resultado.\n","summary":"Aire limpio en cada calle.","title":"Todos respiran aire limpio"}}}}"#), "\(path)")
        }
        // civic check counts the entries not translated yet, or names each.
        let counted = Checker.report(siteFolder: site.folder, asOf: Day.parse("2025-06-01")!).diagnostics.items.filter { $0.severity == .warning }
        #expect(counted.map { "\($0.location): \($0.message)" } == [
            "content/site.yml: 3 of 4 entries have no translation into es yet: their pages in es show the text as written, marked with its language",
        ])
        let named = Checker.report(siteFolder: site.folder, asOf: Day.parse("2025-06-01")!, verbose: true).diagnostics.items.filter { $0.severity == .warning }
        #expect(named.map { "\($0.location): \($0.message)" }.sorted() == [
            "content/commitments/bus-pass.md: no translation into es yet",
            "content/partners/alliance.md: no translation into es yet",
            "content/partners/council.md: no translation into es yet",
        ])
    }

    @Test func siteYMLsTranslationNamesTheSiteInEachLanguage() throws {
        var files = Self.files
        files["content/site.es.yml"] = "name: Alianza de Testville\nareas:\n  - {id: north, name: Norte}\n"
        let site = try TestSite(files)
        defer { site.remove() }
        let built = site.build()
        let home = try #require(built.text("es/index.html"))
        #expect(home.contains(#"<p class="site-name"><a href="/test/es/">Alianza de Testville</a> <span class="locality" lang="en-GB">Testville</span></p>"#))
        #expect(home.contains("<h1>Alianza de Testville</h1>"))
        #expect(home.contains(#"<p class="lead" lang="en-GB">A partnership for tests.</p>"#))
        let area = try #require(built.text("es/areas/north/index.html"))
        #expect(area.contains("<h1>Norte</h1>"))
        #expect(try #require(built.text("index.html")).contains("<h1>Test Partnership</h1>"))
        #expect(try #require(built.text("data/partnership.json")).contains(#""site":{"site":{"areas/north":"Norte","name":"Alianza de Testville"}}"#))
    }

    /// The bilingual fixture (Spanish, with English): numbers and dates as each language writes them.
    @Test func numbersAndDatesFollowEachPagesLanguage() throws {
        let built = SiteBuilder.build(siteFolder: fixtures.appendingPathComponent("sites/es-villaverde"), asOf: Day.parse("2025-06-01")!)
        #expect(!built.diagnostics.hasErrors)
        #expect(try #require(built.text("outcomes/movilidad/index.html")).contains("Subió de 20\u{A0}% en 2021 a 52\u{A0}% en 2024."))
        #expect(try #require(built.text("en/outcomes/movilidad/index.html")).contains("Rose from 20% in 2021 to 52% in 2024."))
        #expect(try #require(built.text("conversations/index.html")).contains(#"<time datetime="2025-03-08">8 de marzo de 2025</time>"#))
        #expect(try #require(built.text("en/conversations/index.html")).contains(#"<time datetime="2025-03-08">8 March 2025</time>"#))
    }

    @Test func aSiteInOneLanguageHasNoAlternatesAndNoSwitch() throws {
        let site = try TestSite()
        defer { site.remove() }
        let page = try #require(site.build().text("commitments/bus-pass/index.html"))
        #expect(!page.contains("hreflang"))
        #expect(!page.contains("language-switch"))
        #expect(!page.contains(" lang=\"en-GB\">Give"))
    }
}
