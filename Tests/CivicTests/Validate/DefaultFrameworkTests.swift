import Foundation
import Testing
@testable import Civic

/// The built-in checklist is the pamphlet's: its five strands in order, its fifteen pairs
/// numbered as it numbers them, in English and in Spanish.
@Suite struct DefaultFrameworkTests {
    /// The framework as a site in `language` gets it, read through the validator.
    static func framework(_ language: String) throws -> Framework {
        let site = try TestSite(["content/site.yml": TestSite.base["content/site.yml"]!.replacingOccurrences(of: "language: en-GB", with: "language: \(language)")])
        defer { site.remove() }
        let sources = try #require(SourceLoader.load(siteFolder: site.folder).value)
        let validated = Validator.validate(sources)
        let (model, diagnostics) = (validated.value, validated.diagnostics)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(model?.framework)
    }

    static let strandOrder = ["valued-outcomes", "whole-system", "co-producing", "resilience", "working-inclusively"]

    @Test(arguments: ["en-GB", "es-CO"])
    func theStrandsAndPairsFollowThePamphlet(_ language: String) throws {
        let framework = try Self.framework(language)
        #expect(framework.strands.map(\.id) == Self.strandOrder)
        for (index, strand) in framework.strands.enumerated() {
            #expect(strand.pairs.count == 3, "\(strand.id)")
            for (offset, pair) in strand.pairs.enumerated() {
                let number = index * 3 + offset + 1
                #expect(pair.map(\.id) == ["la\(number)", "cso\(number)"], "\(strand.id) pair \(offset + 1)")
                #expect(pair.map(\.side) == ["authority", "civil-society"])
                #expect(pair[0].label == String(number))
                #expect(pair[1].label == Self.roman(number))
            }
        }
    }

    @Test func theEnglishStrandTitlesAreThePamphlets() throws {
        #expect(try Self.framework("en-GB").strands.map(\.title) == [
            "Defining valued outcomes", "Engaging the whole system", "Co-producing the future",
            "Strengthening resilience", "Working inclusively",
        ])
    }

    @Test(arguments: [("en-GB", "How well", "How clearly"), ("es-CO", "¿En qué medida", "¿Con qué claridad")])
    func everyQuestionIsAskedAsHowWellAndIsItsOwn(_ language: String, _ howWell: String, _ howClearly: String) throws {
        let questions = try Self.framework(language).questions
        #expect(questions.count == 30)
        #expect(Set(questions.map(\.text)).count == 30, "two questions have the same text")
        for question in questions {
            #expect(question.text.count > 40, "\(question.id) is too short to be a real question")
            #expect(question.text.hasPrefix(howWell) || question.text.hasPrefix(howClearly), "\(question.id): \(question.text)")
            #expect(question.text.hasSuffix("?"), "\(question.id)")
        }
    }

    /// The pamphlet's most distinctive questions, each at its number.
    @Test func distinctiveQuestionsStandAtThePamphletsNumbers() throws {
        let text = Dictionary(uniqueKeysWithValues: try Self.framework("en-GB").questions.map { ($0.id, $0.text) })
        let expected = [
            "la1": "triple bottom line", "la2": "take part in agreeing", "cso3": "built into action on other priorities",
            "la6": "effective action", "la8": "neighbourhoods", "la9": "future generations", "la10": "democratic control",
            "la11": "self-reliant", "cso10": "many voices", "la14": "listening culture", "la15": "World Café",
            "cso15": "conversations that matter", "cso1": "UN Convention",
        ]
        for (id, words) in expected {
            #expect(text[id]?.contains(words) == true, "\(id) should ask about \(words): \(text[id] ?? "missing")")
        }
        let spanish = Dictionary(uniqueKeysWithValues: try Self.framework("es-CO").questions.map { ($0.id, $0.text) })
        for (id, words) in ["la15": "Café del Mundo", "cso1": "Convención de la ONU", "la9": "generaciones futuras",
                            "cso11": "iniciativas verdes", "la1": "triple balance"] {
            #expect(spanish[id]?.contains(words) == true, "\(id): \(spanish[id] ?? "missing")")
        }
    }

    static func roman(_ number: Int) -> String {
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"][number - 1]
    }
}
