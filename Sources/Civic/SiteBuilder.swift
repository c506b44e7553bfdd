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
        let planned = plan(siteFolder: siteFolder, asOf: asOf, stageTimer: stageTimer)
        guard let files = planned.files else { return Result(diagnostics: planned.diagnostics, files: []) }
        let start = Date()
        let rendered = Parallel.map(files) { OutputFile(path: $0.path, contents: $0.make()) }
        stageTimer?("templates", Date().timeIntervalSince(start))
        return Result(diagnostics: planned.diagnostics, files: rendered, basePath: planned.basePath)
    }

    /// Builds the site and, when there was no error, writes it into `output` (which
    /// `OutputFolder.inspect` accepted). Pages are rendered as they are written, so a large
    /// site is never held in memory whole.
    public static func build(siteFolder: URL, output: OutputFolder, asOf: Day,
                             stageTimer: ((String, Double) -> Void)? = nil) -> DiagnosticList {
        let planned = plan(siteFolder: siteFolder, asOf: asOf, stageTimer: stageTimer)
        var diagnostics = planned.diagnostics
        guard let files = planned.files else { return diagnostics }
        do {
            let start = Date()
            let summary = try SiteWriter.write(files, into: output)
            stageTimer?("templates and write (\(summary.written) files written, \(summary.unchanged) unchanged)",
                        Date().timeIntervalSince(start))
        } catch {
            diagnostics.error(SourceLocation(path: output.path), "could not write the site: \(error)")
        }
        return diagnostics
    }

    /// Every stage up to the pages' view models; the pages themselves are left to render.
    /// `files` is nil when there were errors.
    static func plan(siteFolder: URL, asOf: Day, stageTimer: ((String, Double) -> Void)?)
        -> (diagnostics: DiagnosticList, files: [PlannedFile]?, basePath: String?) {
        var clock = Date()
        func lap(_ stage: String) {
            guard let stageTimer else { return }
            let now = Date()
            stageTimer(stage, now.timeIntervalSince(clock))
            clock = now
        }
        var (diagnostics, planned) = pages(siteFolder: siteFolder, asOf: asOf, lap: lap)
        guard let (publishedFiles, model, theme, resolved, plans) = planned else { return (diagnostics, nil, nil) }

        // The feed (every celebration, update and review: 100 MB at 100,000 entries) and the
        // open data are made while the pages are written, and let go once written. They come
        // first, so that the cores start on them rather than finish on them.
        let translations = theme.translations
        var files = [PlannedFile(path: FeedWriter.path) { FeedWriter.feed(resolved, translations: translations).contents }]
        files += OpenDataWriter.planned(resolved, translations: translations)
        files += ChartRenderer.planned(resolved, translations: translations, style: theme.chartStyle)
        files += plans.map { PageRenderer.planned($0, theme: theme) }
        var built = SitemapWriter.files(pages: plans.map(\.path), baseURL: model.site.baseURL,
                                        lastModified: SitemapWriter.lastModified(resolved))
        built += CalendarWriter.files(resolved, translations: translations)
        lap("sitemap, calendars")
        built += ContentJSONSchema.files(baseURL: model.site.baseURL + Route.contentSchemaFolder)
            .map { .text(Route.contentSchema($0.name).path, $0.text) }
        built += theme.assets.keys.sorted().map {
            OutputFile(path: Route.themeAsset(String($0.dropFirst("assets/".count))).path, contents: .bytes(theme.assets[$0]!))
        }
        built += publishedFiles
        files += built.map(PlannedFile.init)
        // Two files at one path would leave which one is published to chance; validation
        // refuses every collision it knows of, and this catches any other.
        var seen = Set<String>()
        for file in files where !seen.insert(file.path).inserted {
            diagnostics.error(SourceLocation(path: file.path), "two files of the site would be published at /\(file.path)",
                              hint: "rename the entry or file that takes this path")
        }
        guard !diagnostics.hasErrors else { return (diagnostics, nil, nil) }
        return (diagnostics, files, model.site.basePath)
    }

    /// What the pages are made of: the files published from `media/` and `data/` (copied as
    /// they are, but for CSV tables, which are written again through the formula guard), the
    /// content, the theme, and a plan for every page. The text read from the site is let go once validated (at
    /// 100,000 entries it is some 300 MB). `lap` hears the end of each stage.
    static func pages(siteFolder: URL, asOf: Day, lap: (String) -> Void = { _ in })
        -> (DiagnosticList, ([OutputFile], Partnership, Theme, ResolvedPartnership, [PagePlan])?) {
        var (sources, loaded) = SourceLoader.load(siteFolder: siteFolder)
        lap("load")
        var diagnostics = loaded
        let (model, validation) = Validator.validate(sources)
        diagnostics.append(contentsOf: validation)
        lap("validate")
        let themeFiles = sources.themeFiles
        var publishedFiles: [OutputFile] = []
        for file in sources.publishedFiles.sorted(by: { $0.sitePath < $1.sitePath }) {
            guard let table = sources.dataTables[file.sitePath] else {
                publishedFiles.append(OutputFile(path: file.sitePath, contents: .copy(file.sourcePath)))
                continue
            }
            switch CSVText.guarded(table) {
            case .success(let bytes): publishedFiles.append(OutputFile(path: file.sitePath, contents: .bytes(bytes)))
            case .failure(let error) where !diagnostics.items.contains(where: { $0.location.path == table.path }):
                diagnostics.error(SourceLocation(path: table.path, line: error.line, column: error.column), error.message,
                                  hint: "every CSV file under data/ is published, so it must be readable even when no indicator uses it")
            case .failure: break
            }
        }
        sources = SiteSources()
        guard let model, !diagnostics.hasErrors else { return (diagnostics, nil) }

        let (theme, themeDiagnostics) = Theme.load(overrides: themeFiles, language: model.site.language)
        diagnostics.append(contentsOf: themeDiagnostics)
        guard let theme else { return (diagnostics, nil) }

        let (resolved, resolveDiagnostics) = Resolver.resolve(model, asOf: asOf)
        diagnostics.append(contentsOf: resolveDiagnostics)
        lap("theme and resolve")

        var views = ViewBuilder(resolved, translations: theme.translations,
                                themeAssets: theme.assets.keys.map { String($0.dropFirst("assets/".count)) })
        let plans = views.allPages()
        diagnostics.append(contentsOf: views.diagnostics)
        lap("view models and Markdown")
        guard !diagnostics.hasErrors else { return (diagnostics, nil) }
        return (diagnostics, (publishedFiles, model, theme, resolved, plans))
    }
}
