import Testing
@testable import Civic

/// Translations beside their entries (`clean-air.es.md`): what they may give, and each
/// mistake reported at its file and line with what to do.
@Suite struct TranslationValidationTests {
    static let bilingual = TestSite.base["content/site.yml"]! + "\nlanguages: [en-GB, es]\n"

    static func model(_ site: TestSite) -> Partnership? {
        guard var sources = SourceLoader.load(siteFolder: site.folder).value else { return nil }
        return Validator.validate(taking: &sources).value
    }

    @Test func aTranslationGivesTheTextAndSharesEverythingElse() throws {
        let site = try TestSite([
            "content/site.yml": Self.bilingual,
            "content/outcomes/clean-air.es.md": "---\ntitle: Todos respiran aire limpio\nsummary: Aire limpio en cada calle.\n---\nCuerpo del resultado.\n",
        ])
        defer { site.remove() }
        #expect(site.messages(.error) == [])
        #expect(site.messages(.warning) == [
            "content/site.yml: 3 of 4 entries have no translation into es yet: their pages in es show the text as written, marked with its language",
        ])
        let model = try #require(Self.model(site))
        let spanish = model.inLanguage("es")
        let outcome = try #require(spanish.outcomes.first)
        #expect(outcome.title == "Todos respiran aire limpio")
        #expect(outcome.summary == "Aire limpio en cada calle.")
        #expect(outcome.origin.language == nil)
        #expect(outcome.origin.path == "content/outcomes/clean-air.es.md")
        #expect(try outcome.origin.body.text().get() == "Cuerpo del resultado.\n")
        // Ids, references and figures are the original's.
        #expect(outcome.indicators.map(\.id) == ["no2"])
        #expect(outcome.leads.map(\.id) == ["council"])
        #expect(model.outcomes.first?.title == "Everyone breathes clean air", "the original is unchanged")
        // An entry with no translation keeps its text, marked as the default language's.
        #expect(spanish.commitments.first?.title == "Give free bus passes to carers")
        #expect(spanish.commitments.first?.origin.language == "en-GB")
        #expect(spanish.site.language == "es")
        #expect(spanish.site.baseURL == "https://example.org/test/es/")
        #expect(spanish.untranslated(into: "es").map { "\($0.kind.rawValue)/\($0.id)" }
                == ["partners/alliance", "partners/council", "commitments/bus-pass"])
    }

    @Test func eachMistakeInATranslationIsReportedWhereItIsWritten() throws {
        let site = try TestSite([
            "content/site.yml": Self.bilingual,
            "content/outcomes/clean-air.fr.md": "---\ntitle: Air pur\n---\n",
            "content/outcomes/clean-air.en-GB.md": "---\ntitle: Clean air\n---\n",
            "content/outcomes/clean-ar.es.md": "---\ntitle: Aire\n---\n",
            "content/commitments/bus-pass.es.md": "---\ntitle: Pases de autobús\ndue: 2026-01-01\ntitel: Pases\n---\n",
            "content/partners/council.es.md": "---\nname: Ayuntamiento de Testville\n---\n",
        ])
        defer { site.remove() }
        #expect(site.messages(.error) == [
            "content/commitments/bus-pass.es.md:3:1: 'due' is not translated: ids, dates, figures and references are the original's",
            "content/commitments/bus-pass.es.md:4:1: 'titel' is not a field of a commitment",
            "content/outcomes/clean-air.en-GB.md:1:1: 'en-GB' is the site's default language: its text is the one in clean-air.md",
            "content/outcomes/clean-air.fr.md:1:1: 'fr' is not one of the site's languages, so this translation cannot be published",
            "content/outcomes/clean-ar.es.md:1:1: there is no outcome 'clean-ar' in content/outcomes/ for this file to translate",
        ])
        #expect(site.messages(.warning).contains(
            "content/partners/council.es.md:1:1: this translation leaves body untranslated, so the es page shows the original's"))
        let hints = site.check().sorted.compactMap(\.hint)
        #expect(hints.contains("did you mean 'title'?"))
        #expect(hints.contains("did you mean 'clean-air'? (rename the file to match its original)"))
        #expect(hints.contains { $0.contains("the site's languages are en-GB, es") })
    }

    @Test func anOutcomeTranslationGivesItsIndicatorsTitlesByID() throws {
        let good = try TestSite([
            "content/site.yml": Self.bilingual,
            "content/outcomes/clean-air.es.md": "---\ntitle: Aire limpio\nindicators:\n  - {id: no2, title: Dióxido de nitrógeno, unit: µg/m³}\n---\n",
        ])
        defer { good.remove() }
        #expect(good.messages(.error) == [])
        let spanish = try #require(Self.model(good)).inLanguage("es")
        let indicator = try #require(spanish.outcomes.first?.indicators.first)
        #expect(indicator.title == "Dióxido de nitrógeno")
        #expect(indicator.language == nil)
        #expect(indicator.target?.value.number == 20, "figures are the original's")
        let bad = try TestSite([
            "content/site.yml": Self.bilingual,
            "content/outcomes/clean-air.es.md": "---\ntitle: Aire limpio\nindicators:\n  - {id: no3, title: Dióxido}\n  - {id: no2, direction: increase}\n  - title: Sin id\n---\n",
        ])
        defer { bad.remove() }
        #expect(bad.messages(.error) == [
            "content/outcomes/clean-air.es.md:4:10: the original outcome has no indicator 'no3'",
            "content/outcomes/clean-air.es.md:5:15: 'direction' of an indicator is not translated",
            "content/outcomes/clean-air.es.md:6:5: each translated indicator needs the 'id' of the original's indicator it translates",
        ])
        #expect(bad.check().sorted.compactMap(\.hint).contains("did you mean 'no2'?"))
    }

    @Test func siteYMLIsTranslatedBesideIt() throws {
        let good = try TestSite([
            "content/site.yml": Self.bilingual,
            "content/site.es.yml": "name: Alianza de Testville\nsummary: Una alianza para las pruebas.\nareas:\n  - {id: north, name: Norte}\n",
        ])
        defer { good.remove() }
        #expect(good.messages(.error) == [])
        let spanish = try #require(Self.model(good)).inLanguage("es")
        #expect(spanish.site.name == "Alianza de Testville")
        #expect(spanish.site.areas.map(\.name) == ["Norte"])
        #expect(spanish.site.locality == "Testville")
        #expect(spanish.site.untranslatedText == ["locality": "en-GB"])
        let bad = try TestSite([
            "content/site.yml": Self.bilingual,
            "content/site.es.yml": "name: Alianza\nbase_url: https://example.org/es/\nareas:\n  - {id: south, name: Sur}\n",
            "content/site.fr.yml": "name: Alliance\n",
        ])
        defer { bad.remove() }
        #expect(bad.messages(.error) == [
            "content/site.es.yml:2:1: 'base_url' is not translated: it is the same in every language",
            "content/site.es.yml:4:5: site.yml has no area 'south' with a name of its own to translate",
            "content/site.fr.yml:1:1: 'fr' is not one of the site's languages, so this translation cannot be published",
        ])
    }

    @Test func languagesAreCheckedInSiteYML() throws {
        let site = try TestSite([
            "content/site.yml": TestSite.base["content/site.yml"]! + "\nlanguages: [es, en-GB, ES, english]\n",
        ])
        defer { site.remove() }
        #expect(site.messages(.error) == [
            "content/site.yml:8:13: the first of 'languages' is the site's default language, so it must be 'en-GB', as 'language' says, not 'es'",
            "content/site.yml:8:24: the language 'ES' is listed twice",
            "content/site.yml:8:28: 'english' is not a language tag",
        ])
        let oneLanguage = try TestSite(["content/outcomes/clean-air.es.md": "---\ntitle: Aire limpio\n---\n"])
        defer { oneLanguage.remove() }
        #expect(oneLanguage.messages(.error) == [
            "content/outcomes/clean-air.es.md:1:1: 'es' is not one of the site's languages, so this translation cannot be published",
        ])
        #expect(oneLanguage.check().sorted.compactMap(\.hint).contains(
            "to publish the site in 'es' too, list its languages in site.yml: languages: [en-GB, es]"))
    }
}
