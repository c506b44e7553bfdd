extension Partnership {
    /// The partnership as published in `language`, another of the site's languages: each
    /// entry translated into it in place of its original, and each other entry as written,
    /// its text marked as being in the site's default language. Nothing but text differs.
    func inLanguage(_ language: String) -> Partnership {
        let found = translations[language] ?? TranslatedEntries()
        let original = site.language
        func overlay<T>(_ list: [T], _ kind: EntryKind, _ origin: WritableKeyPath<T, EntryOrigin>) -> [T] {
            list.map { entry in
                if var translated: T = found.entry(kind, entry[keyPath: origin].id) {
                    for key in found.untranslatedParts[kind]?[entry[keyPath: origin].id] ?? [] {
                        translated[keyPath: origin].untranslatedParts[key] = original
                    }
                    return translated
                }
                var kept = entry
                kept[keyPath: origin].language = original
                return kept
            }
        }
        var result = self
        result.partners = overlay(partners, .partners, \.origin)
        result.outcomes = overlay(outcomes, .outcomes, \.origin).map { outcome in
            var marked = outcome
            let titled = found.indicators[outcome.id] ?? []
            for index in marked.indicators.indices where !titled.contains(marked.indicators[index].id) {
                marked.indicators[index].language = original
            }
            return marked
        }
        result.commitments = overlay(commitments, .commitments, \.origin)
        result.assessments = overlay(assessments, .assessments, \.origin)
        result.celebrations = overlay(celebrations, .celebrations, \.origin)
        result.conversations = overlay(conversations, .conversations, \.origin)
        result.areaStories = overlay(areaStories, .areas, \.origin)
        result.communityAssets = overlay(communityAssets, .communityAssets, \.origin)
        result.pages = overlay(pages, .pages, \.origin)
        result.site.language = language
        let text = found.site ?? SiteTranslation()
        var untranslated: [String: String] = [:]
        func translate(_ part: String, _ value: inout String, _ translated: String?) {
            if let translated { value = translated } else { untranslated[part] = original }
        }
        translate("name", &result.site.name, text.name)
        translate("locality", &result.site.locality, text.locality)
        translate("summary", &result.site.summary, text.summary)
        for index in result.site.areas.indices {
            let id = result.site.areas[index].id
            translate("area:\(id)", &result.site.areas[index].name, text.areas[id])
        }
        for index in result.site.pillars.indices where result.site.pillars[index].title != nil {
            let id = result.site.pillars[index].id
            var title = result.site.pillars[index].title!
            translate("pillar:\(id)", &title, text.pillars[id])
            result.site.pillars[index].title = title
        }
        result.site.untranslatedText = untranslated
        result.site.originalLanguage = original
        if let framework = found.framework { result.framework = framework } else { result.site.frameworkLanguage = original }
        result.site.baseURL = site.baseURL + site.languageFolder(language)
        return result
    }

    /// The entries with no translation into `language`, by kind, in the order of the site.
    func untranslated(into language: String) -> [(kind: EntryKind, id: String)] {
        let found = translations[language]?.entries ?? [:]
        var result: [(EntryKind, String)] = []
        func add(_ kind: EntryKind, _ ids: [String]) {
            for id in ids where found[kind]?[id] == nil { result.append((kind, id)) }
        }
        add(.partners, partners.map(\.id))
        add(.outcomes, outcomes.map(\.id))
        add(.commitments, commitments.map(\.id))
        add(.assessments, assessments.map(\.id))
        add(.celebrations, celebrations.map(\.id))
        add(.conversations, conversations.map(\.id))
        add(.areas, areaStories.map(\.origin.id))
        add(.communityAssets, communityAssets.map(\.id))
        add(.pages, pages.map(\.id))
        return result
    }

    /// Where every entry comes from, in the order of the site's folders.
    var entryOrigins: [EntryOrigin] {
        partners.map(\.origin) + outcomes.map(\.origin) + commitments.map(\.origin) + assessments.map(\.origin)
            + celebrations.map(\.origin) + conversations.map(\.origin) + areaStories.map(\.origin)
            + communityAssets.map(\.origin) + pages.map(\.origin)
    }
}
