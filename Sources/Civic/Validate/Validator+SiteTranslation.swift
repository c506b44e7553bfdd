/// `site.LANG.yml`: the text of `site.yml` in another of the site's languages (its name,
/// locality and summary, and the names of its pillars and areas by id). Everything else of
/// `site.yml` is the same in every language and is never repeated.
extension ContentSchema {
    static let siteTranslation = Fields(what: "a translation of site.yml", fields: [
        Field(key: "name", kind: .text, help: "the partnership's name in this language"),
        Field(key: "locality", kind: .text, help: "the place it serves"),
        Field(key: "summary", kind: .text, help: "one or two sentences in plain language"),
        Field(key: "pillars", kind: .list(.map(Fields(what: "a pillar's translation", fields: [
            Field(key: "id", kind: .text, required: true, help: "the id of one of site.yml's pillars"),
            Field(key: "title", kind: .text, required: true, help: "its name in this language"),
        ], unknownKeysAreErrors: true))), help: "pillars' names, by id"),
        Field(key: "areas", kind: .list(.map(Fields(what: "an area's translation", fields: [
            Field(key: "id", kind: .text, required: true, help: "the id of one of site.yml's areas"),
            Field(key: "name", kind: .text, required: true, help: "its name in this language"),
        ], unknownKeysAreErrors: true))), help: "areas' names, by id"),
    ], unknownKeysAreErrors: true)
}

extension Validator {
    /// Reads each `site.LANG.yml` into `translated[LANG].site`, each problem at its line.
    mutating func translateSite(_ site: SiteSettings, into translated: inout [String: TranslatedEntries]) {
        for file in sources.siteTranslations.sorted(by: { $0.path < $1.path }) {
            let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
            let written = String(fileName.dropFirst("site.".count).dropLast(".yml".count))
            let top = SourceLocation(path: file.path, line: 1, column: 1)
            guard let language = translationLanguage(written, site: site, at: top, original: "content/site.yml",
                                                     fileName: "site.LANGUAGE.yml"),
                  var yaml = parseYAMLFile(file) else { continue }
            // What site.yml says that is not text is the same in every language.
            if case .mapping(let pairs, let position) = yaml {
                let shared = pairs.filter { ContentSchema.site.field($0.key) != nil && ContentSchema.siteTranslation.field($0.key) == nil }
                for pair in shared {
                    diagnostics.append(.error(SourceLocation(path: file.path, line: pair.keyPosition.line, column: pair.keyPosition.column),
                                              "'\(pair.key)' is not translated: it is the same in every language",
                                              hint: "give it only in site.yml; site.\(written).yml gives name, locality, summary, and the names of pillars and areas"))
                }
                yaml = .mapping(pairs.filter { pair in !shared.contains { $0.key == pair.key } }, position)
            }
            let pillarIDs = site.pillars.filter { $0.title != nil }.map(\.id)
            let areaIDs = site.areas.map(\.id)
            let text = read(yaml, path: file.path, schema: ContentSchema.siteTranslation) { _, r -> SiteTranslation? in
                var text = SiteTranslation(name: r.text("name"), locality: r.text("locality"), summary: r.text("summary"))
                text.pillars = Self.namesByID(&r, key: "pillars", nameKey: "title", known: pillarIDs, what: "pillar")
                text.areas = Self.namesByID(&r, key: "areas", nameKey: "name", known: areaIDs, what: "area")
                return text
            }
            if let text { translated[language, default: TranslatedEntries()].site = text }
        }
    }

    /// A list of `{id, NAME}` whose ids must be among `known` (site.yml's own), by id.
    static func namesByID(_ r: inout FieldReader, key: String, nameKey: String, known: [String], what: String) -> [String: String] {
        var names: [String: String] = [:]
        for item in r.list(key) ?? [] {
            let pair: (String, String)? = r.nested(item, schema: listItemSchema(ContentSchema.siteTranslation, key)) { n in
                guard let id = n.text("id"), let name = n.text(nameKey, required: true) else { return nil }
                guard known.contains(id) else {
                    n.error(item.position, "site.yml has no \(what) '\(id)' with a name of its own to translate",
                            hint: Suggestions.hint(for: id, in: known))
                    return nil
                }
                return (id, name)
            }
            if let pair { names[pair.0] = pair.1 }
        }
        return names
    }
}
