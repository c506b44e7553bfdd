/// Translations of entries (`clean-air.es.md` beside `clean-air.md`): a file that gives the
/// text of an entry in another of the site's languages, and nothing else. Ids, dates,
/// figures, references and data files are the original's and are never repeated.
extension ContentSchema {
    /// Text fields that are not prose to translate: choices written as text (a community
    /// asset's `kind`, a partner's `side`), the review period that names its report, and
    /// contact details.
    static let untranslatedTextKeys: Set<String> = ["kind", "side", "period", "contact"]

    /// The keys a translation of `kind` may give: its top-level text and Markdown fields.
    static func translatableKeys(_ kind: EntryKind) -> [String] {
        entry(kind).fields.filter { field in
            switch field.kind {
            case .text, .markdown: return !untranslatedTextKeys.contains(field.key)
            default: return false
            }
        }.map(\.key)
    }

    /// The keys of an indicator that an outcome's translation may give, beside its `id`.
    static let translatedIndicatorKeys = ["title", "unit"]

    /// The fields of a translation of `kind`: its text, none required, nothing else; an
    /// outcome's also the title and unit of each of its indicators, by id.
    static func translation(_ kind: EntryKind) -> Fields {
        let keys = Set(translatableKeys(kind))
        var fields = entry(kind).fields.filter { keys.contains($0.key) }
        for index in fields.indices { fields[index].required = false }
        if kind == .outcomes {
            let indicatorFields = indicator.fields.filter { $0.key == "id" || translatedIndicatorKeys.contains($0.key) }
            fields.append(Field(key: "indicators", kind: .list(.map(Fields(what: "an indicator's translation", fields: indicatorFields,
                                                                            unknownKeysAreErrors: true))),
                                help: "each indicator's title and unit, by the id of the original's indicator"))
        }
        return Fields(what: "a translation of \(entry(kind).what)", fields: fields, unknownKeysAreErrors: true)
    }
}

extension Validator {
    /// The language of `site` a translation's file name gives (`es` in `clean-air.es.md`):
    /// the tag written, in any case, or its first part when one language alone starts so.
    static func language(named written: String, in languages: [String]) -> String? {
        if let exact = languages.first(where: { $0.lowercased() == written.lowercased() }) { return exact }
        let primary = languages.filter { $0.split(separator: "-").first?.lowercased() == written.lowercased() }
        return primary.count == 1 ? primary[0] : nil
    }

    /// The site's language a translation's file name names, or nil after saying why it
    /// cannot be published: a language the site does not list, or its default one.
    mutating func translationLanguage(_ written: String, site: SiteSettings, at top: SourceLocation, original: String,
                                      fileName: String) -> String? {
        let languages = site.publishedLanguages
        guard let language = Self.language(named: written, in: languages) else {
            let hint = site.languages.isEmpty
                ? "to publish the site in '\(written)' too, list its languages in site.yml: languages: [\(site.language), \(written)]"
                : "the site's languages are \(languages.joined(separator: ", ")) (site.yml, 'languages'); name the file \(fileName)"
            diagnostics.append(.error(top, "'\(written)' is not one of the site's languages, so this translation cannot be published",
                                      hint: hint))
            return nil
        }
        guard language != languages[0] else {
            diagnostics.append(.error(top, "'\(language)' is the site's default language: its text is the one in \(original.split(separator: "/").last ?? "")",
                                      hint: "write the text in \(original), and remove this file"))
            return nil
        }
        return language
    }

    /// Checks each translation of `kind` and makes the translated entry with `validate`, the
    /// function that made the original: the original's front matter with the translation's
    /// text in place of its own. `originals` holds the original files that have translations.
    mutating func translate<T: Sendable>(_ kind: EntryKind, site: SiteSettings, originals: [String: SourceText],
                                         into translated: inout [String: TranslatedEntries],
                                         _ validate: (inout Validator, EntryOrigin, YAMLValue) -> T?) {
        let files = (pendingTranslations.removeValue(forKey: kind) ?? []).sorted { $0.path < $1.path }
        let allowed = ContentSchema.translatableKeys(kind)
        for file in files {
            let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
            guard let name = SourceLoader.translationName(String(fileName.dropLast(3))) else { continue }
            let top = SourceLocation(path: file.path, line: 1, column: 1)
            guard let language = translationLanguage(name.language, site: site, at: top,
                                                     original: "\(kind.rawValue)/\(name.id).md", fileName: "\(name.id).LANGUAGE.md") else { continue }
            guard let original = originals[name.id] else {
                let ids = originalIDs[kind] ?? []
                diagnostics.append(.error(top, "there is no \(kind.singular) '\(name.id)' in content/\(kind.rawValue)/ for this file to translate",
                                          hint: Suggestions.hint(for: name.id, in: ids).map { "\($0) (rename the file to match its original)" }
                                              ?? "a translation sits beside its original, named ID.\(name.language).md"))
                continue
            }
            guard case .success(let (translationOrigin, translationYAML)) = Self.parseTranslation(file, diagnostics: &diagnostics),
                  case .success(let (originalOrigin, originalYAML)) = Self.parseEntry(original),
                  case .mapping(let originalPairs, let position) = originalYAML else { continue }
            var given: [String: YAMLPair] = [:]
            var problems = false
            var indicators: TranslatedIndicators?
            if case .mapping(let pairs, _) = translationYAML {
                for pair in pairs {
                    if kind == .outcomes, pair.key == "indicators" {
                        if !pair.value.isNull {
                            indicators = translateIndicators(pair, of: originalPairs, path: file.path)
                            if indicators == nil { problems = true }
                        }
                        continue
                    }
                    guard allowed.contains(pair.key) else {
                        problems = true
                        let location = SourceLocation(path: file.path, line: pair.keyPosition.line, column: pair.keyPosition.column)
                        if ContentSchema.entry(kind).field(pair.key) != nil {
                            diagnostics.append(.error(location, "'\(pair.key)' is not translated: ids, dates, figures and references are the original's",
                                                      hint: "give '\(pair.key)' only in \(name.id).md; a translation gives \(allowed.joined(separator: ", ")) and the body"))
                        } else {
                            diagnostics.append(.error(location, "'\(pair.key)' is not a field of \(ContentSchema.entry(kind).what)",
                                                      hint: Suggestions.hint(for: pair.key, in: allowed)))
                        }
                        continue
                    }
                    // Nothing given is nothing translated: the original's text is shown.
                    if pair.value.isNull { continue }
                    guard case .scalar = pair.value else {
                        problems = true
                        let at = pair.value.position
                        diagnostics.append(.error(SourceLocation(path: file.path, line: at.line, column: at.column),
                                                  "'\(pair.key)' must be text, not \(pair.value.kindName)"))
                        continue
                    }
                    given[pair.key] = pair
                }
            }
            if let problems = Self.placeholders(in: translationOrigin, bodyFirstLine: translationOrigin.body.location.line) {
                diagnostics += problems
            }
            guard !problems else { continue }
            // The original's fields, with the translation's text in place of its own.
            var merged = originalPairs.map { given[$0.key] ?? $0 }
            if let indicators, let index = merged.firstIndex(where: { $0.key == "indicators" }) { merged[index] = indicators.merged }
            for key in allowed where given[key] != nil && !originalPairs.contains(where: { $0.key == key }) { merged.append(given[key]!) }
            var origin = originalOrigin
            origin.path = file.path
            let translatedBody = !translationOrigin.body.isBlank
            if translatedBody { origin.body = translationOrigin.body }
            if let bodyReader { origin.body = origin.body.onDisk(bodyReader) }
            // What the original's own fields would say again was said at the original.
            var quiet = self
            quiet.diagnostics = []
            let value = validate(&quiet, origin, .mapping(merged, position))
            guard let value, !quiet.diagnostics.contains(where: { $0.severity == .error }) else {
                let first = quiet.diagnostics.first { $0.severity == .error }
                diagnostics.append(.error(first?.location ?? top, first?.message ?? "this translation cannot be read", hint: first?.hint))
                continue
            }
            translated[language, default: TranslatedEntries()].entries[kind, default: [:]][name.id] = value
            var texts: [String: String] = [:]
            for (key, pair) in given { if case .scalar(let text, _, _) = pair.value { texts[key] = text } }
            if translatedBody, case .success(let body) = translationOrigin.body.text() { texts["body"] = body }
            for (key, text) in indicators?.texts ?? [:] { texts[key] = text }
            translated[language, default: TranslatedEntries()].texts[kind, default: [:]][name.id] = texts
            if let indicators { translated[language, default: TranslatedEntries()].indicators[name.id] = indicators.titled }
            var left = originalPairs.map(\.key).filter { allowed.contains($0) && given[$0] == nil }
            if !originalOrigin.body.isBlank && !translatedBody { left.append("body") }
            if !left.isEmpty {
                translated[language, default: TranslatedEntries()].untranslatedParts[kind, default: [:]][name.id] = left
                diagnostics.append(.warning(top, "this translation leaves \(left.joined(separator: ", ")) untranslated, so the \(language) page shows the original's",
                                            hint: "translate \(left.count == 1 ? "it" : "them") here"))
            }
        }
    }

    /// A translation's front matter and body; front matter may be empty (`{}`) when only the
    /// body is translated.
    static func parseTranslation(_ source: SourceText, diagnostics: inout [Diagnostic]) -> Result<(EntryOrigin, YAMLValue), Diagnostic> {
        let result = parseEntry(source)
        if case .failure(let problem) = result { diagnostics.append(problem) }
        return result
    }

    /// An outcome translation's `indicators`: each original indicator's title and unit.
    struct TranslatedIndicators {
        /// The original's `indicators` with the translated text in place.
        var merged: YAMLPair
        /// The indicators whose title is translated.
        var titled: Set<String>
        /// For the open data: `indicators/ID/title` and `indicators/ID/unit`.
        var texts: [String: String]
    }

    /// Reads `indicators: [{id, title, unit}]` of an outcome's translation against the
    /// original's indicators; nil, with each problem at its line, when it cannot be used.
    mutating func translateIndicators(_ pair: YAMLPair, of originalPairs: [YAMLPair], path: String) -> TranslatedIndicators? {
        func at(_ position: YAMLValue.Position) -> SourceLocation { SourceLocation(path: path, line: position.line, column: position.column) }
        guard case .sequence(var originals, let listPosition)? = originalPairs.first(where: { $0.key == "indicators" })?.value else {
            diagnostics.append(.error(at(pair.keyPosition), "the original outcome has no indicators in its file to translate",
                                      hint: "take 'indicators' out of this translation"))
            return nil
        }
        guard case .sequence(let items, _) = pair.value else {
            diagnostics.append(.error(at(pair.value.position), "'indicators' must be a list of {id, title, unit}, not \(pair.value.kindName)"))
            return nil
        }
        let allowed = ContentSchema.translatedIndicatorKeys
        var ids: [String: Int] = [:]
        for (index, item) in originals.enumerated() {
            if case .mapping(let pairs, _) = item, case .scalar(let id, _, _)? = pairs.first(where: { $0.key == "id" })?.value { ids[id] = index }
        }
        var result = TranslatedIndicators(merged: pair, titled: [], texts: [:])
        var fine = true
        for item in items {
            guard case .mapping(let pairs, _) = item,
                  case .scalar(let id, _, let idPosition)? = pairs.first(where: { $0.key == "id" })?.value else {
                diagnostics.append(.error(at(item.position), "each translated indicator needs the 'id' of the original's indicator it translates"))
                fine = false
                continue
            }
            guard let index = ids[id] else {
                diagnostics.append(.error(at(idPosition), "the original outcome has no indicator '\(id)'",
                                          hint: Suggestions.hint(for: id, in: ids.keys.sorted())))
                fine = false
                continue
            }
            guard case .mapping(var originalPairs, let position) = originals[index] else { continue }
            for translatedPair in pairs where translatedPair.key != "id" {
                guard allowed.contains(translatedPair.key) else {
                    diagnostics.append(.error(at(translatedPair.keyPosition), "'\(translatedPair.key)' of an indicator is not translated",
                                              hint: "a translation gives an indicator's \(allowed.joined(separator: " and ")); the rest is the original's"))
                    fine = false
                    continue
                }
                if translatedPair.value.isNull { continue }
                guard case .scalar(let text, _, _) = translatedPair.value else {
                    diagnostics.append(.error(at(translatedPair.value.position), "'\(translatedPair.key)' must be text, not \(translatedPair.value.kindName)"))
                    fine = false
                    continue
                }
                if let existing = originalPairs.firstIndex(where: { $0.key == translatedPair.key }) {
                    originalPairs[existing] = translatedPair
                } else {
                    originalPairs.append(translatedPair)
                }
                result.texts["indicators/\(id)/\(translatedPair.key)"] = text
                if translatedPair.key == "title" { result.titled.insert(id) }
            }
            originals[index] = .mapping(originalPairs, position)
        }
        guard fine else { return nil }
        let originalKey = originalPairs.first { $0.key == "indicators" }!
        result.merged = YAMLPair(key: originalKey.key, keyPosition: originalKey.keyPosition, value: .sequence(originals, listPosition))
        return result
    }
}
