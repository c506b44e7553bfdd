import Foundation
import Testing
@testable import Civic

/// A site whose every text field and body carries hostile text. Nothing of it may reach a
/// reader's browser or spreadsheet as markup, script or formula.
@Suite struct InjectionTests {
    static let payload = #"<script>alert(1)</script><img src=x onerror=alert(2)>"'><a href="javascript:alert(3)">x</a>]]>-->=HYPERLINK("http://evil.example","x")"#

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static var files: [String: String] {
        let p = quoted(payload)
        let body = "\(payload)\n\n[click](javascript:alert(4))\n"
        return [
            "content/site.yml": "name: \(p)\nlocality: \(p)\nsummary: \(p)\nbase_url: https://example.org/\nlanguage: en\nlicence: \(p)\ncontact: {email: \(p), phone: \(p), address: \(p)}\nareas: [{id: north, name: \(p)}]\npillars: [{id: environment, title: \(p)}]\n",
            "content/partners/council.md": "---\nname: \(p)\nkind: local-authority\nwebsite: \"https://example.org/?q=%3Cscript%3E&a=1\"\n---\n\(payload)\n",
            "content/outcomes/clean-air.md": "---\ntitle: \(p)\npillar: environment\nsummary: \(p)\nleads: council\nindicators:\n  - {id: no2, title: \(p), unit: \(p), direction: increase, baseline: {date: 2020, value: 1}, data: [{date: 2021, value: 2, note: \(p)}], source: {title: \(p), url: \"https://example.org/data?x=1&y=2\"}}\n---\n\(payload)\n",
            "content/commitments/bus-pass.md": "---\ntitle: \(p)\nlead: council\noutcomes: clean-air\nstatus: in-progress\narea: north\nfuture_generations: \(p)\nupdates:\n  - {date: 2024-01-01, note: \(p)}\n---\n\(payload)\n",
            "content/assessments/review.md": "---\ntitle: \(p)\ndate: 2024-02-01\nperiod: \(p)\nmethod: \(p)\nratings:\n  la1: {rating: 2, evidence: \(p), next_steps: \(p)}\n---\n\(payload)\n",
            "content/celebrations/party.md": "---\ntitle: \(p)\ndate: 2024-03-01\nimage: media/a.png\nimage_alt: \(p)\n---\n\(payload)\n",
            "content/media/a.png": "png",
            "content/partners/formula.md": "---\nname: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"\nkind: ngo\n---\n",
            "content/partners/at-formula.md": "---\nname: \"@SUM(A1:A9)\"\nkind: ngo\n---\n",
            "content/conversations/meet.md": "---\ntitle: \(p)\nstart: 2025-07-01T18:00\nplace: \(p)\nheard: \(p)\nmissing: \(p)\nattendance: {total: 3, groups: {\(p): 3}}\n---\n\(payload)\n",
            "content/pages/about.md": "---\ntitle: \(p)\nsummary: \(p)\n---\n\(body)",
        ]
    }

    @Test func noPayloadReachesAnyOutputUnescaped() throws {
        let site = try TestSite(Self.files.mapValues { $0 }, base: [:])
        defer { site.remove() }
        let result = site.build()
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }
        // The one error: the javascript: link in a body is refused, with its place.
        #expect(errors.map { "\($0.location): \($0.message)" } == ["content/pages/about.md:7:1: the link 'javascript:alert(4)' could run code in a reader's browser"])

        // Without that link the site builds, and no output carries the payload as markup.
        var files = Self.files
        files["content/pages/about.md"] = "---\ntitle: \(Self.quoted(Self.payload))\n---\n\(Self.payload)\n"
        let clean = try TestSite(files.mapValues { $0 }, base: [:])
        defer { clean.remove() }
        let built = clean.build()
        #expect(!built.diagnostics.hasErrors, "\(DiagnosticReport.text(built.diagnostics.sorted))")
        var checked = 0
        for file in built.files {
            guard case .bytes(let bytes) = file.contents else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            checked += 1
            // Escaped text may still spell the payload out ("onerror=" in &lt;img ... &gt;); markup may not.
            let markup = ["<script", "<img src=x", "href=\"javascript:", "\"'><a", "<a href=\"javascript"]
            if file.path.hasSuffix(".html") || file.path.hasSuffix(".xml") || file.path.hasSuffix(".json") {
                // The one script of the theme, the search box's, on /search/ alone, is no payload.
                let own = "<script src=\"/assets/search.js\" defer></script>"
                #expect(!text.contains(own) || file.path == "search/index.html", "\(file.path) loads the search script")
                let rest = text.replacingOccurrences(of: own, with: "")
                for marker in markup { #expect(!rest.contains(marker), "\(file.path) contains \(marker)") }
            }
            if file.path.hasSuffix(".xml") {
                #expect(!text.contains("]]>") && !text.contains("-->"), "\(file.path) breaks out of XML")
            }
            if file.path.hasSuffix(".json") {
                #expect(!text.contains("<"), "\(file.path) has a raw <")
            }
            if file.path.hasSuffix(".csv") {
                let table = try CSVTable.parse(text.replacingOccurrences(of: "\r\n", with: "\n"))
                for row in table.rows {
                    #expect(row.fields.count == table.header.count, "\(file.path):\(row.line): the row was broken")
                    for cell in row.fields {
                        #expect(!(cell.hasPrefix("=") || cell.hasPrefix("+") || cell.hasPrefix("@")), "\(file.path): formula cell \(cell)")
                    }
                }
            }
            if file.path.hasSuffix(".ics") {
                #expect(!text.contains("HYPERLINK(\"http://evil.example\",\"x\")"), "\(file.path): a comma left unescaped")
                for line in text.components(separatedBy: "\r\n") {
                    #expect(!line.contains("\n"), "\(file.path): a raw line break")
                }
            }
        }
        #expect(checked > 30)
        // URL fields refuse quotes and angle brackets, so no attribute can be broken out of.
        let broken = try TestSite(["content/partners/council.md": "---\nname: C\nkind: ngo\nwebsite: \"https://example.org/\\\"onmouseover=alert(5)\"\n---\n"])
        defer { broken.remove() }
        #expect(broken.messages().count == 1)
        let page = try #require(built.text("partners/council/index.html"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let partners = try #require(built.text("data/partners.csv"))
        #expect(partners.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""))
        #expect(partners.contains(",'@SUM(A1:A9),"))
        let json = try #require(built.text("data/partnership.json"))
        #expect(json.contains("\\u003cscript\\u003e"))
    }

    /// A quote followed by a combining mark is one grapheme cluster; escaping that compares
    /// characters (as swift-mustache's built-in HTML escaping does) leaves it as a raw quote,
    /// which ends the attribute. Every escape here compares bytes.
    @Test func aQuoteWithACombiningMarkCannotEndAnAttribute() throws {
        let rawQuote = "\"\u{301}"
        let hostile = "Ada\(rawQuote) autofocus onfocus=alert(1) x=\(rawQuote)"
        let escaped = "Ada&quot;\u{301} autofocus onfocus=alert(1) x=&quot;\u{301}"
        #expect(HTMLText.escape(hostile) == escaped)
        #expect(HTMLText.escape("plain text") == "plain text")
        #expect(HTMLText.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
        let site = try TestSite(["content/partners/ada.md": "---\nname: '\(hostile)'\nkind: ngo\nsummary: '\(hostile)'\n---\n"])
        defer { site.remove() }
        let built = site.build()
        #expect(!built.diagnostics.hasErrors, "\(DiagnosticReport.text(built.diagnostics.sorted))")
        let page = try #require(built.text("partners/ada/index.html"))
        #expect(page.contains(escaped))
        for file in built.files where file.path.hasSuffix(".html") {
            guard case .bytes(let bytes) = file.contents else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains(rawQuote), "\(file.path) holds a raw quote")
        }
    }

    @Test func rawHTMLWhenAllowedIsStillFiltered() {
        let renderer = MarkdownRenderer(allowRawHTML: true)
        let html = renderer.render("""
        <div onclick="alert(1)" class="box">Box</div>

        <a href="javascript:alert(2)" title="t">link</a> <a href="https://example.org/">ok</a>

        <iframe src="https://evil.example"></iframe>

        <object data="x.swf"></object> <img src=x onerror=alert(3)>

        <a href="jav&#x09;ascript:alert(4)">tabbed</a>
        """).html
        #expect(html.contains("<div class=\"box\">Box</div>"))
        #expect(html.contains("<a title=\"t\">link</a>"))
        #expect(html.contains("<a href=\"https://example.org/\">ok</a>"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<object"))
        #expect(!html.contains("onerror") && !html.contains("onclick"))
        #expect(!html.lowercased().contains("javascript:") && !html.contains("jav&#x09;ascript"))
    }
}
