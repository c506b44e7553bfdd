extension SiteBuilder {
    /// The site in one of its other languages, resolved and planned, to be published under
    /// its folder (`es/`).
    struct BuiltLanguage: Sendable {
        var language: String
        var site: ResolvedSite
        var plan: SitePlan
        /// Its folder under the site's (`es/`), and its links to the others.
        var folder: String
        var links: LanguageLinks
    }

    /// Each language of `site.yml` after the first: the partnership with its translations in
    /// place of the originals, resolved as of the same day, with the theme's words in that
    /// language. What resolving finds again in the same entries was said for the default
    /// language; only errors are said again.
    static func buildLanguages(of site: ResolvedSite, history: SourceHistory) -> (languages: [BuiltLanguage], diagnostics: [Diagnostic]) {
        let model = site.resolved.model
        var built: [BuiltLanguage] = []
        var diagnostics: [Diagnostic] = []
        for language in model.site.publishedLanguages.dropFirst() {
            var translated = model.inLanguage(language)
            // An archived edition is linked from the default language's pages only.
            translated.site.editions = []
            let themed = Theme.load(overrides: site.themeOverrides, language: language)
            let resolution = Resolver.resolve(translated, asOf: site.resolved.asOf, history: history)
            for found in themed.diagnostics + resolution.diagnostics where found.severity == .error && !diagnostics.contains(found) {
                diagnostics.append(found)
            }
            guard let theme = themed.value, let resolved = resolution.value else { continue }
            var languageSite = site
            languageSite.resolved = resolved
            languageSite.theme = theme
            built.append(BuiltLanguage(language: language, site: languageSite, plan: languageSite.plan(),
                                       folder: model.site.languageFolder(language),
                                       links: LanguageLinks(settings: model.site, current: language)))
        }
        return (built, diagnostics)
    }

    /// The files of a language's site, under its folder: every file of its plan but those
    /// only the site's top has (the sitemap, which lists every language, and robots.txt).
    static func languageFiles(_ built: BuiltLanguage, markdownCache: MarkdownCache?) -> [PlannedFile] {
        let context = OutputContext(built.site, plan: built.plan, markdownCache: markdownCache, languages: built.links)
        let folder = built.folder
        return built.plan.routes.filter { $0 != .sitemap && $0 != .robots }.map { route in
            PlannedFile(path: folder + route.filePath) { Producers.produce(route, in: context) }
        }
    }

    /// What `civic check` says of the entries not translated yet: one warning per language,
    /// or, with `verbose`, one at each entry's file.
    static func untranslatedWarnings(_ untranslated: [(language: String, entries: [EntryOrigin], total: Int)],
                                     verbose: Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (language, entries, total) in untranslated where !entries.isEmpty {
            if verbose {
                for origin in entries {
                    let name = origin.path.dropLast(3)
                    found.append(.warning(SourceLocation(path: origin.path), "no translation into \(language) yet",
                                          hint: "write it in \(name).\(language).md"))
                }
            } else {
                found.append(.warning(SourceLocation(path: "content/site.yml"),
                                      "\(entries.count) of \(total) entries have no translation into \(language) yet: their pages in \(language) show the text as written, marked with its language",
                                      hint: "civic check --verbose lists them; a translation is ID.\(language).md beside its entry"))
            }
        }
        return found
    }
}
