import Foundation

extension Validator {
    static var contactSchema: Fields {
        guard case .map(let fields)? = ContentSchema.site.field("contact")?.kind else { preconditionFailure("contact is a map") }
        return fields
    }

    mutating func validateSite(_ source: SourceText) -> SiteSettings? {
        guard let yaml = parseYAMLFile(source) else { return nil }
        return read(yaml, path: source.path, schema: ContentSchema.site) { v, r in
            let name = r.text("name")
            let locality = r.text("locality")
            let summary = r.text("summary")
            let baseURL = v.readBaseURL(&r)
            let language = v.readLanguage(&r)
            let licence = r.text("licence")
            var timezone = "UTC"
            if let value = r.value("timezone"), let text = r.scalarText(value, key: "timezone", required: false) {
                if TimeZone(identifier: text) != nil && text.contains("/") || text == "UTC" {
                    timezone = text
                } else {
                    r.error(value.position, "'\(text)' is not a known time zone",
                            hint: Suggestions.hint(for: text, in: TimeZone.knownTimeZoneIdentifiers)
                                ?? "use an IANA name such as Europe/London or America/Bogota")
                }
            }
            var contact = SiteSettings.Contact()
            if let value = r.value("contact") {
                r.nested(value, schema: Self.contactSchema) { c in
                    contact.email = c.text("email")
                    contact.phone = c.text("phone")
                    contact.address = c.text("address")
                    return ()
                }
            }
            let pillars = v.readNamedList(&r, key: "pillars", nameKey: "title").map {
                $0.map { SiteSettings.Pillar(id: $0.id, title: $0.name) }
            } ?? SiteSettings.defaultPillars
            let areas = (v.readNamedList(&r, key: "areas", nameKey: "name") ?? []).map {
                SiteSettings.Area(id: $0.id, name: $0.name)
            }
            let assetKinds = v.readNamedList(&r, key: "asset_kinds", nameKey: "name") ?? []
            let assetFeatures = v.readNamedList(&r, key: "asset_features", nameKey: "name") ?? []
            let navigation = r.value("navigation") == nil ? nil : r.references("navigation")
            var allowRawHTML = false
            if let value = r.value("raw_html"), let text = r.scalarText(value, key: "raw_html", required: false) {
                switch text {
                case "true": allowRawHTML = true
                case "false": allowRawHTML = false
                default: r.error(value.position, "'raw_html' must be true or false, not '\(text)'")
                }
            }
            let conversationMinutes = r.integer("conversation_minutes", in: 1...1440)
            let editions = Self.readEditions(&r)
            let languages = Self.readLanguages(&r, default: language)
            let repository = r.value("repository").flatMap { value in
                r.nested(value, schema: ContentSchema.repository) { Self.readRepository(&$0, at: value.position) }
            }
            guard let name, let locality, let summary, let baseURL, let language else { return nil }
            var settings = SiteSettings(name: name, locality: locality, summary: summary, baseURL: baseURL, language: language,
                                        licence: licence, timezone: timezone, contact: contact, pillars: pillars, areas: areas,
                                        navigation: navigation, allowRawHTML: allowRawHTML)
            if let conversationMinutes { settings.conversationMinutes = conversationMinutes }
            settings.repository = repository
            settings.editions = editions
            settings.languages = languages
            settings.assetKinds = Self.extend(settings.assetKinds, with: assetKinds)
            settings.assetFeatures = Self.extend(settings.assetFeatures, with: assetFeatures)
            return settings
        }
    }

    /// `editions:`: git tag names, each once, of letters, digits, '.', '_' and '-' (not first),
    /// so that each is safe in an address and to hand to git.
    static func readEditions(_ r: inout FieldReader) -> [Reference] {
        var seen = Set<String>()
        var editions: [Reference] = []
        for tag in r.references("editions") {
            let allowed = tag.id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
            guard allowed, !tag.id.hasPrefix("-"), !tag.id.hasPrefix("."), !tag.id.hasSuffix(".lock"), !tag.id.contains("..") else {
                r.diagnostics.append(.error(tag.location, "'\(tag.id)' cannot be an edition's tag here",
                                            hint: "name editions' tags with letters, digits, '.', '_' and '-', such as edition-2025"))
                continue
            }
            guard seen.insert(tag.id).inserted else {
                r.diagnostics.append(.error(tag.location, "the edition '\(tag.id)' is listed twice"))
                continue
            }
            editions.append(tag)
        }
        return editions
    }

    /// `repository:`: the address, the branch, and either the kind of host (read from the
    /// address for the big public hosts) or an edit pattern of the site's own.
    static func readRepository(_ r: inout FieldReader, at position: YAMLValue.Position) -> SiteSettings.Repository? {
        let url = r.url("url")
        let branch = r.text("branch") ?? "main"
        let host = r.enumValue("host", SiteSettings.Repository.Host.self)
        var pattern: String?
        if let value = r.value("edit_url"), let text = r.scalarText(value, key: "edit_url", required: false) {
            if !URLRule.isWebURL(text) || !text.contains("{path}") {
                r.error(value.position, "'edit_url' must be a web address with {path} where the file's path goes, not '\(text)'",
                        hint: "for example https://git.example.org/partnership/edit/{branch}/{path}")
            } else {
                pattern = text
            }
        }
        var folder = ""
        if let value = r.value("folder"), let text = r.scalarText(value, key: "folder", required: false) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: true)
            if text.hasPrefix("/") || text.contains("\\") || parts.contains("..") || parts.contains(".") {
                r.error(value.position, "'folder' must be a path inside the repository such as 'site', not '\(text)'")
            } else {
                folder = parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
            }
        }
        guard let url else { return nil }
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        if pattern == nil {
            guard let host = host ?? SiteSettings.Repository.host(of: base) else {
                r.error(position, "civic cannot tell which web editor \(base) has",
                        hint: "add 'host: github', 'gitlab', 'gitea' or 'forgejo', or an 'edit_url' with {path}")
                return nil
            }
            pattern = SiteSettings.Repository.editPattern(host: host, url: base)
        }
        guard let pattern else { return nil }
        return SiteSettings.Repository(editPattern: pattern, branch: branch, folder: folder)
    }

    private func readBaseURL(_ r: inout FieldReader) -> String? {
        guard let value = r.value("base_url"),
              let text = r.scalarText(value, key: "base_url", required: true) else { return nil }
        guard URLRule.isWebURL(text), !text.contains("?"), !text.contains("#") else {
            r.error(value.position, "'base_url' must be the absolute address the site is published at, such as https://example.org/ or https://example.org/partnership/, not '\(text)'")
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    private func readLanguage(_ r: inout FieldReader) -> String? {
        guard let value = r.value("language"),
              let text = r.scalarText(value, key: "language", required: true) else { return nil }
        guard LanguageTag.isValid(text) else {
            r.error(value.position, "'\(text)' is not a language tag", hint: "use a BCP 47 tag such as en-GB, es-CO or cy")
            return nil
        }
        return text
    }

    /// `languages:`: language tags, each once, the first being `language` (the default).
    /// Two tags may not share a folder (`es-co` and `es-CO`). A tag's first part has two or
    /// three letters, so no tag is the name of a section or of a file the site uses.
    static func readLanguages(_ r: inout FieldReader, default language: String?) -> [String] {
        let written = r.references("languages")
        guard !written.isEmpty else { return [] }
        var languages: [String] = []
        var folders = Set<String>()
        for tag in written {
            guard LanguageTag.isValid(tag.id) else {
                r.diagnostics.append(.error(tag.location, "'\(tag.id)' is not a language tag", hint: "use a BCP 47 tag such as en-GB, es-CO or cy"))
                continue
            }
            guard folders.insert(tag.id.lowercased()).inserted else {
                r.diagnostics.append(.error(tag.location, "the language '\(tag.id)' is listed twice"))
                continue
            }
            if languages.isEmpty, let language, tag.id != language {
                r.diagnostics.append(.error(tag.location, "the first of 'languages' is the site's default language, so it must be '\(language)', as 'language' says, not '\(tag.id)'",
                                            hint: "list '\(language)' first, or change 'language' to '\(tag.id)'"))
            }
            languages.append(tag.id)
        }
        return languages
    }

    /// A built-in list with the site's own choices: a built-in id given again takes the site's name.
    static func extend(_ builtIn: [SiteSettings.Choice], with own: [(id: String, name: String)]) -> [SiteSettings.Choice] {
        var result = builtIn
        for (id, name) in own {
            if let index = result.firstIndex(where: { $0.id == id }) { result[index].name = name }
            else { result.append(SiteSettings.Choice(id: id, name: name)) }
        }
        return result
    }

    /// A list of `{id, <nameKey>}` maps (pillars, areas), with ids checked and unique.
    private func readNamedList(_ r: inout FieldReader, key: String, nameKey: String) -> [(id: String, name: String)]? {
        guard let items = r.list(key) else { return nil }
        var result: [(id: String, name: String)] = []
        var seen = Set<String>()
        for item in items {
            let entry: (String, String)? = r.nested(item, schema: Self.listItemSchema(ContentSchema.site, key)) { n in
                guard let id = n.text("id") else { return nil }
                let name = n.text(nameKey, required: true)
                if let problem = IDRule.problem(with: id) {
                    n.error(item.position, "the id '\(id)' is not valid: \(problem)")
                    return nil
                }
                if !seen.insert(id).inserted {
                    n.error(item.position, "the id '\(id)' appears twice in '\(key)'")
                    return nil
                }
                return name.map { (id, $0) }
            }
            if let entry { result.append((id: entry.0, name: entry.1)) }
        }
        return result
    }
}
