import Foundation
import Mustache
import Testing
@testable import Civic

/// civic's compiled renderer against swift-mustache's interpreter: the same parsed
/// templates must give the same bytes, on the real sites and on Mustache's corner cases.
@Suite struct TemplateRendererTests {
    /// An object templates can look into, answering both engines by name.
    final class Box: MustacheParent, TemplateObject, @unchecked Sendable {
        /// A nil value stands for an optional field that is nil, as a generated lookup returns it.
        let fields: [String: Any?]
        init(_ fields: [String: Any?]) { self.fields = fields }
        func child(named key: String) -> Any? { fields[key] ?? nil }
        func templateValue(for key: TemplateKey) -> TemplateValue? { (fields[key.name] ?? nil).flatMap(TemplateValue.dynamic) }
    }

    /// Renders `main` (with the other templates as partials) both ways.
    static func renderBoth(_ templates: [String: String], _ root: Box) throws -> (compiled: String, interpreted: String) {
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var compiled: [String: [TemplateStep]] = [:]
        for (name, text) in templates {
            let template = try MustacheTemplate(string: HTMLEscaping.pragma + text)
            library.register(template, named: name)
            compiled[name] = try TemplateCompiler.compile(template)
        }
        let bytes = try #require(TemplateRenderer(templates: compiled).render("main", root: .object(root)))
        return (String(decoding: bytes, as: UTF8.self), library.render(root, withTemplate: "main") ?? "")
    }

    static let data = Box([
        "title": "Clean <air> & \"water\"", "count": 0, "yes": true, "no": false, "empty": [Box](), "words": ["a", "b", "c"],
        "site": Box(["name": "Site", "title": "Site title"]),
        "items": [Box(["title": "One", "flag": true]), Box(["title": "Two", "note": String?.none])],
        "nested": Box(["inner": Box(["name": "deep"])]),
        "note": "outer note",
    ])

    @Test(arguments: [
        // Escaping, triple and ampersand; a quote before a combining mark stays escaped.
        "{{title}}|{{{title}}}|{{&title}}|{{word}}",
        // Names found through the enclosing objects; a field that is nil falls through to the outer one.
        "{{#items}}[{{title}} {{site.name}} {{note}}]{{/items}}",
        // A dotted name stops where its first part was found; a leading dot looks only here.
        "{{#nested}}{{inner.name}} {{inner.title}} {{.title}}|{{title}}{{/nested}}",
        // Flags are not entered; zero and empty text are true; an empty list is false.
        "{{#yes}}Y{{title}}{{/yes}}{{#no}}N{{/no}}{{^no}}not{{/no}}{{#count}}zero:{{.}}{{/count}}{{^empty}}none{{/empty}}{{#empty}}x{{/empty}}",
        "{{#missing}}m{{/missing}}{{^missing}}no-m{{/missing}}{{missing.deeper}}",
        // Implicit iterator over text; transforms.
        "{{#words}}<{{.}}>{{/words}} {{count(words)}} {{#first(words)}}{{.}}{{/first(words)}} {{#reversed(words)}}{{.}}{{/reversed(words)}}",
        "{{^empty(items)}}has{{/empty(items)}}{{#empty(empty)}}none{{/empty(empty)}}{{uppercased(note)}}{{plusone(count)}}{{#even(count)}}E{{/even(count)}}",
        "{{yes}} {{count}} {{items}}",
        // Standalone tags take their line with them; comments and changed delimiters.
        "a\n  {{#yes}}\n  b\n  {{/yes}}\n{{! a comment }}\nc {{=<% %>=}}<% title %> <%={{ }}=%>{{note}}\r\n  {{^no}}\r\n d\r\n  {{/no}}\r\n",
        // Partials: inline, and standalone with indentation applied to every line they print.
        "x {{>card}} y\n  {{>card}}\n    {{>lines}}\nend",
        // Inheritance: a block overridden, a block left to its default, nested parents.
        "{{<frame}}{{$body}}B {{title}}\nline{{/body}}{{/frame}}",
        "{{<inner-frame}}{{$body}}deep body{{/body}}{{/inner-frame}}",
    ])
    func theCompiledRendererPrintsWhatSwiftMustachePrints(main: String) throws {
        let templates = [
            "main": main, "card": "[{{title}}]",
            "lines": "first {{note}}\n{{#words}}{{.}}\n{{/words}}last\n",
            "frame": "<f>\n{{$head}}default head{{/head}}\n  {{$body}}default body{{/body}}\n</f>\n",
            "inner-frame": "{{<frame}}{{$head}}inner head{{/head}}{{$body}}inner body{{/body}}{{/frame}}",
        ]
        var root = Self.data.fields
        root["word"] = "\"\u{301}"
        let (compiled, interpreted) = try Self.renderBoth(templates, Box(root))
        #expect(compiled == interpreted)
        #expect(!compiled.isEmpty)
    }

    @Test func itRendersWhatMustacheMeans() throws {
        let (compiled, _) = try Self.renderBoth([
            "main": "{{#items}}{{title}}:{{note}};{{/items}}{{#nested}}{{inner.title}}|{{/nested}}{{^empty(words)}}{{count(words)}}{{/empty(words)}} {{title}}",
        ], Self.data)
        #expect(compiled == "One:outer note;Two:outer note;|3 Clean &lt;air&gt; &amp; &quot;water&quot;")
        let (indented, _) = try Self.renderBoth(["main": "  {{>lines}}", "lines": "a\nb\n"], Self.data)
        #expect(indented == "  a\n  b\n")
        let (inherited, _) = try Self.renderBoth(["main": "{{<frame}}{{$b}}mine{{/b}}{{/frame}}", "frame": "[{{$a}}A{{/a}}{{$b}}B{{/b}}]"], Self.data)
        #expect(inherited == "[Amine]")
    }

    /// Every page of the example site, the Spanish fixture and the UK corpus, both ways.
    @Test(arguments: ["", "Tests/CivicTests/Fixtures/sites/es-villaverde", "Tests/CivicTests/Fixtures/uk-sdg"])
    func everyPageOfARealSiteIsTheSameBothWays(site: String) throws {
        let folder = site.isEmpty ? projectRoot : projectRoot.appendingPathComponent(site)
        let prepared = SiteBuilder.prepare(siteFolder: folder, asOf: Day.parse("2025-06-01")!)
        let diagnostics = DiagnosticList(prepared.diagnostics)
        #expect(!diagnostics.hasErrors)
        let context = try #require(prepared.value)
        let theme = context.theme
        let plans = context.plan.routes.compactMap { route -> PagePlan? in
            var builder = context.pages
            return builder.page(route)
        }
        guard case .success = theme.compiled else {
            Issue.record("the default theme did not compile: \(theme.compiled)")
            return
        }
        #expect(plans.count > 20)
        let differing = Parallel.map(plans) { plan in
            PageRenderer.render(plan, theme: theme) == PageRenderer.interpreted(plan, theme: theme) ? nil : plan.path
        }.compactMap { $0 }
        #expect(differing == [])
    }

    /// A theme using what the compiled renderer does not reproduce is rendered by
    /// swift-mustache, and says why.
    @Test func aThemeItCannotCompileIsInterpreted() throws {
        let site = try TestSite(["templates/page.mustache": "{{<layout}}{{$main}}{{#sorted(content.words)}}{{.}}{{/sorted(content.words)}}<p>kept {{content.title}}</p>{{/main}}{{/layout}}",
                                 "content/pages/about.md": "---\ntitle: About\n---\n"])
        defer { site.remove() }
        let prepared = SiteBuilder.prepare(siteFolder: site.folder, asOf: Day.parse("2025-06-01")!)
        let diagnostics = DiagnosticList(prepared.diagnostics)
        #expect(!diagnostics.hasErrors)
        let warnings = diagnostics.items.filter { $0.message.contains("slower Mustache interpreter") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.path == "templates/page.mustache")
        #expect(warnings.first?.message.contains("the transform 'sorted'") == true)
        let context = try #require(prepared.value)
        let theme = context.theme
        let plans = context.plan.routes.compactMap { route -> PagePlan? in
            var builder = context.pages
            return builder.page(route)
        }
        guard case .failure(let reason) = theme.compiled else {
            Issue.record("a theme using the transform 'sorted' compiled")
            return
        }
        #expect(reason.description.contains("templates/page.mustache"))
        #expect(reason.description.contains("sorted"))
        #expect(plans.contains { String(decoding: PageRenderer.render($0, theme: theme), as: UTF8.self).contains("<p>kept About</p>") })
    }

    /// Rendered in 64 KiB pieces, a page gives the bytes it gives whole, indentation of
    /// standalone partials included where a piece ends.
    @Test func aPageHandedOnInPiecesIsTheSameBytes() throws {
        HTMLEscaping.registered
        var compiled: [String: [TemplateStep]] = [:]
        for (name, text) in ["main": "<ul>\n{{#items}}\n  {{>row}}\n{{/items}}\n</ul>\n", "row": "<li>{{title}}</li>\n<li>{{note}}</li>\n"] {
            compiled[name] = try TemplateCompiler.compile(try MustacheTemplate(string: HTMLEscaping.pragma + text))
        }
        let rows = (0..<20_000).map { Box(["title": "Row \($0) <&>", "note": String(repeating: "é", count: $0 % 7)]) }
        let root = TemplateValue.object(Box(["items": rows]))
        let renderer = TemplateRenderer(templates: compiled)
        let whole = try #require(renderer.render("main", root: root))
        var pieces: [[UInt8]] = []
        #expect(renderer.render("main", root: root, handingOn: { pieces.append($0) }))
        #expect(whole.count > 8 * RenderOutput.pieceSize)
        #expect(pieces.count > 8)
        #expect(pieces.dropLast().allSatisfy { $0.count >= RenderOutput.pieceSize })
        #expect(Array(pieces.joined()) == whole)
        #expect(String(decoding: whole.prefix(60), as: UTF8.self).hasPrefix("<ul>\n  <li>Row 0 &lt;&amp;&gt;</li>\n  <li></li>\n"))
    }
}
