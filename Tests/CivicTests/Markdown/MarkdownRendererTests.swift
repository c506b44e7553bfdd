import Foundation
import Testing
@testable import Civic

@Suite struct MarkdownRendererTests {
    @Test func footnoteBackLinksSpeakThePagesLanguage() throws {
        let markdown = "Una nota[^1].\n\n[^1]: La nota.\n"
        #expect(MarkdownRenderer().render(markdown).html.contains("aria-label=\"Back to content\""))
        let spanish = MarkdownRenderer(footnoteBackLabel: "Volver al texto").render(markdown).html
        #expect(spanish.contains("data-footnote-backref aria-label=\"Volver al texto\""))
        #expect(!spanish.contains("Back to content"))
    }

    @Test func aSpanishSiteGivesItsFootnotesSpanishLinks() throws {
        let site = try TestSite(["content/site.yml": TestSite.base["content/site.yml"]!.replacingOccurrences(of: "language: en-GB", with: "language: es-CO"),
                                 "content/pages/notas.md": "---\ntitle: Notas\n---\nUna cifra[^fuente].\n\n[^fuente]: Censo de 2024.\n"])
        defer { site.remove() }
        let page = try #require(site.build().text("notas/index.html"))
        #expect(page.contains("aria-label=\"Volver al texto\""))
        #expect(!page.contains("Back to content"))
    }
}
