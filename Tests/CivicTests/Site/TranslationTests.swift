import Foundation
import Testing
@testable import Civic

@Suite struct TranslationTests {
    static func strings(_ language: String) throws -> [String: String] {
        let text = try #require(DefaultTheme.files["locales/\(language).yml"])
        guard case .mapping(let pairs, _)? = try YAMLReader.parse(text, path: language, firstLine: 1).get() else { return [:] }
        var result: [String: String] = [:]
        for pair in pairs { if case .scalar(let value, _, _) = pair.value { result[pair.key] = value } }
        return result
    }

    @Test func placeholdersAreFilledInOnePass() {
        let t = Translations(language: "en", strings: ["k": "{a} of {b} {unknown} {a}{ {", "plain": "no braces"])
        // A value holding a placeholder is not filled in again; unknown names stay as written.
        #expect(t.format("k", ["a": "{b}", "b": "two"]) == "{b} of two {unknown} {b}{ {")
        #expect(t.format("plain", ["a": "x"]) == "no braces")
        #expect(t.format("missing-key", [:]) == "missing-key")
    }

    @Test func spanishIsComplete() throws {
        let english = try Self.strings("en"), spanish = try Self.strings("es")
        #expect(Set(english.keys).subtracting(spanish.keys).sorted() == [])
        #expect(Set(spanish.keys).subtracting(english.keys).sorted() == [])
    }

    /// The fixed English text of the theme, in pieces between `{placeholders}`, long enough to mean something.
    static func englishFragments() throws -> Set<String> {
        let english = try strings("en"), spanish = try strings("es")
        var fragments = Set<String>()
        for (key, value) in english where spanish[key] != value {
            let pieces = key == "months" ? value.components(separatedBy: ", ")
                : value.components(separatedBy: "{").map { $0.components(separatedBy: "}").last ?? "" }
            for piece in pieces {
                let trimmed = piece.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                if trimmed.count >= 4 { fragments.insert(trimmed) }
            }
        }
        return fragments
    }

    @Test func aSpanishSiteShowsNoEnglishWordOfTheTheme() throws {
        let site = fixtures.appendingPathComponent("sites/es-villaverde")
        let result = SiteBuilder.build(siteFolder: site, asOf: Day.parse("2025-06-01")!)
        #expect(!result.diagnostics.hasErrors)
        let fragments = try Self.englishFragments()
        #expect(fragments.count > 150)
        var pages = 0
        // The pages in Spanish: the site's English pages are under en/.
        for file in result.files where file.path.hasSuffix(".html") && !file.path.hasPrefix("en/") {
            pages += 1
            let html = try #require(result.text(file.path))
            // Visible text and the text of labels; file names of the open data (indicators.csv) are names, not words.
            let attributes = html.matches(of: /(?:aria-label|alt|title)="([^"]*)"/).map { String($0.1) }.joined(separator: " ")
            let text = (html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression) + " " + attributes)
                .replacingOccurrences(of: "[a-z-]+\\.(csv|json|ics)", with: " ", options: .regularExpression)
            for fragment in fragments where text.range(of: "\\b" + NSRegularExpression.escapedPattern(for: fragment) + "\\b",
                                                         options: .regularExpression) != nil {
                Issue.record("\(file.path) shows the English '\(fragment)'")
            }
        }
        #expect(pages > 15)
        #expect(result.text("partners/alcaldia/index.html")?
            .contains("<a href=\"https://gitlab.com/villaverde/alianza/-/edit/main/content/partners/alcaldia.md\">Editar esta página</a>") == true)
        #expect(result.text("outcomes/movilidad/index.html")?.contains("Subió de 20\u{A0}% en 2021 a 52\u{A0}% en 2024. Meta: 80\u{A0}% para 2027.") == true)
        #expect(result.text("assessments/revision-2025/index.html")?.contains("¿En qué medida ha asumido el gobierno local su responsabilidad con el triple balance") == true)
    }
}
