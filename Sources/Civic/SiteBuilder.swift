import Foundation

/// The whole pipeline, one call per stage: load -> validate -> resolve -> view models ->
/// render -> write. Stops between stages when a stage found errors, so nothing is
/// rendered from invalid content and nothing is written from a failed render.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var diagnostics: DiagnosticList
        /// The files of the site, in a fixed order; empty when there were errors.
        public var files: [OutputFile]
        /// The path of `base_url` (`/` or `/town/`), once site.yml has been read.
        public var basePath: String? = nil
    }

    /// Builds the site in memory. `stageTimer`, when given, hears how long each stage took.
    public static func build(siteFolder: URL, asOf: Day, stageTimer: ((String, Double) -> Void)? = nil) -> Result {
        var clock = Date()
        func lap(_ stage: String) {
            guard let stageTimer else { return }
            let now = Date()
            stageTimer(stage, now.timeIntervalSince(clock))
            clock = now
        }
        let (sources, loaded) = SourceLoader.load(siteFolder: siteFolder)
        lap("load")
        var diagnostics = loaded
        let (model, validation) = Validator.validate(sources)
        diagnostics.append(contentsOf: validation)
        lap("validate")
        guard let model, !diagnostics.hasErrors else { return Result(diagnostics: diagnostics, files: []) }

        let (theme, themeDiagnostics) = Theme.load(overrides: sources.themeFiles, language: model.site.language)
        diagnostics.append(contentsOf: themeDiagnostics)
        guard let theme else { return Result(diagnostics: diagnostics, files: []) }

        let (resolved, resolveDiagnostics) = Resolver.resolve(model, asOf: asOf)
        diagnostics.append(contentsOf: resolveDiagnostics)
        lap("theme and resolve")

        var views = ViewBuilder(resolved, translations: theme.translations)
        let plans = views.allPages()
        diagnostics.append(contentsOf: views.diagnostics)
        lap("view models and Markdown")
        guard !diagnostics.hasErrors else { return Result(diagnostics: diagnostics, files: []) }

        var files = PageRenderer.render(plans, theme: theme)
        lap("templates")
        files += FeedWriter.feed(resolved, translations: theme.translations).asArray
        files += SitemapWriter.files(pages: plans.map(\.path), baseURL: model.site.baseURL)
        files += CalendarWriter.files(resolved)
        lap("feed, sitemap, calendars")
        files += OpenDataWriter.files(resolved, translations: theme.translations)
        lap("open data")
        files += ContentJSONSchema.files(baseURL: model.site.baseURL + "schemas/").map { .text("schemas/\($0.name)", $0.text) }
        files += theme.assets.keys.sorted().map { OutputFile(path: $0, contents: .bytes(theme.assets[$0]!)) }
        files += sources.publishedFiles.sorted { $0.sitePath < $1.sitePath }
            .map { OutputFile(path: $0.sitePath, contents: .copy($0.sourcePath)) }
        return Result(diagnostics: diagnostics, files: files, basePath: model.site.basePath)
    }

    /// Builds the site and, when there was no error, swaps it into `output`.
    public static func build(siteFolder: URL, output: URL, asOf: Day,
                             stageTimer: ((String, Double) -> Void)? = nil) -> DiagnosticList {
        let result = build(siteFolder: siteFolder, asOf: asOf, stageTimer: stageTimer)
        var diagnostics = result.diagnostics
        guard !diagnostics.hasErrors else { return diagnostics }
        do {
            let start = Date()
            try SiteWriter.write(result.files, to: output)
            stageTimer?("write", Date().timeIntervalSince(start))
        } catch {
            diagnostics.error(SourceLocation(path: output.path), "could not write the site: \(error)")
        }
        return diagnostics
    }
}

extension OutputFile {
    var asArray: [OutputFile] { [self] }
}
