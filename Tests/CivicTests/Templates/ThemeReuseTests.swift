import Testing
@testable import Civic

/// `Theme.load` gives the last theme again for the same files and language (the preview
/// rebuilds on every save); any change of a file or of the language loads it afresh.
@Suite struct ThemeReuseTests {
    @Test func aChangedFileOrLanguageLoadsTheThemeAgain() throws {
        let first = ["assets/style.css": Array("body { color: navy }".utf8)]
        let second = ["assets/style.css": Array("body { color: maroon }".utf8)]
        let a = try #require(Theme.load(overrides: first, language: "en").value)
        let b = try #require(Theme.load(overrides: second, language: "en").value)
        let again = try #require(Theme.load(overrides: first, language: "en").value)
        #expect(a.assets["assets/style.css"] == first["assets/style.css"])
        #expect(b.assets["assets/style.css"] == second["assets/style.css"])
        #expect(again.assets["assets/style.css"] == first["assets/style.css"])
        let spanish = try #require(Theme.load(overrides: first, language: "es").value)
        #expect(spanish.translations["home"] != a.translations["home"])
        #expect(try #require(Theme.load(overrides: first, language: "en").value).translations["home"] == a.translations["home"])
        // A template that no longer parses is reported, not hidden behind the last theme.
        let broken = Theme.load(overrides: ["page.mustache": Array("{{#open}}".utf8)], language: "en")
        #expect(broken.value == nil)
        #expect(broken.diagnostics.contains { $0.location.path == "templates/page.mustache" })
    }
}
