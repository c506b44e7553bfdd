import Foundation

/// The whole pipeline, one call per stage: load -> validate -> resolve -> plan -> make each
/// planned file (`Producers`) as it is written. Stops between stages when a stage found
/// errors, so nothing is made from invalid content, and refuses to publish when making a
/// file found one, so nothing is published from a failed page.
public enum SiteBuilder {
    public struct Result: Sendable {
        public var diagnostics: DiagnosticList
        /// The files of the site, in a fixed order, streams made into bytes; empty when there were errors.
        public var files: [OutputFile]
        /// The path of `base_url` (`/` or `/town/`), once site.yml has been read.
        public var basePath: String? = nil
    }

    /// Builds the site in memory. `stageTimer`, when given, hears how long each stage took.
    public static func build(siteFolder: URL, asOf: Day, stageTimer: ((String, Double) -> Void)? = nil) -> Result {
        let planned = plan(siteFolder: siteFolder, asOf: asOf, stageTimer: stageTimer)
        guard let files = planned.files else { return Result(diagnostics: planned.diagnostics, files: []) }
        let start = Date()
        let made = Parallel.map(files) { file -> Produced in
            var made = file.make()
            if case .stream(let stream) = made.contents { made.contents = .bytes(stream.bytes()) }
            return made
        }
        stageTimer?("pages and files", Date().timeIntervalSince(start))
        var diagnostics = planned.diagnostics
        for file in made { diagnostics.append(contentsOf: file.diagnostics) }
        guard !diagnostics.hasErrors else { return Result(diagnostics: diagnostics, files: []) }
        return Result(diagnostics: diagnostics, files: zip(files, made).map { OutputFile(path: $0.path, contents: $1.contents) },
                      basePath: planned.basePath)
    }

    /// Everything a build does but writing: every file is made, checked and let go, so an
    /// editor sees every problem the build would find, at the memory of a build.
    public static func check(siteFolder: URL, asOf: Day) -> DiagnosticList {
        let planned = plan(siteFolder: siteFolder, asOf: asOf, stageTimer: nil)
        var diagnostics = planned.diagnostics
        guard let files = planned.files else { return diagnostics }
        for found in Parallel.map(files, { $0.make().diagnostics }) { diagnostics.append(contentsOf: found) }
        return diagnostics
    }

    /// Builds the site and, when there was no error, writes it into `output` (which
    /// `OutputFolder.inspect` accepted). Each file is made as it is written, so a large site
    /// is never held in memory whole; an error found while making one (a broken link in a
    /// page) stops the build before the new site replaces the old.
    public static func build(siteFolder: URL, output: OutputFolder, asOf: Day,
                             stageTimer: ((String, Double) -> Void)? = nil) -> DiagnosticList {
        let planned = plan(siteFolder: siteFolder, asOf: asOf, stageTimer: stageTimer)
        var diagnostics = planned.diagnostics
        guard let files = planned.files else { return diagnostics }
        do {
            let start = Date()
            let summary = try SiteWriter.write(files, into: output)
            diagnostics.append(contentsOf: summary.warnings)
            stageTimer?("pages, templates and write (\(summary.written) files written, \(summary.unchanged) unchanged)",
                        Date().timeIntervalSince(start))
        } catch let refused as SiteWriter.Refused {
            diagnostics.append(contentsOf: refused.diagnostics)
        } catch {
            diagnostics.error(SourceLocation(path: output.path), "could not write the site: \(error)")
        }
        return diagnostics
    }

    /// Every stage up to the plan, and for each planned file the producer that makes it when
    /// it is written. `files` is nil when there were errors.
    static func plan(siteFolder: URL, asOf: Day, stageTimer: ((String, Double) -> Void)?)
        -> (diagnostics: DiagnosticList, files: [PlannedFile]?, basePath: String?) {
        var clock = Date()
        func lap(_ stage: String) {
            guard let stageTimer else { return }
            let now = Date()
            stageTimer(stage, now.timeIntervalSince(clock))
            clock = now
        }
        var (diagnostics, prepared) = prepare(siteFolder: siteFolder, asOf: asOf, lap: lap)
        guard let context = prepared else { return (diagnostics, nil, nil) }
        let files = context.plan.routes.map { route in
            PlannedFile(path: route.filePath) { Producers.produce(route, in: context) }
        }
        lap("plan and shared views")
        // Two files at one path would leave which one is published to chance; validation
        // refuses every collision it knows of, and this catches any other.
        var seen = Set<String>()
        for file in files where !seen.insert(file.path).inserted {
            diagnostics.error(SourceLocation(path: file.path), "two files of the site would be published at /\(file.path)",
                              hint: "rename the entry or file that takes this path")
        }
        guard !diagnostics.hasErrors else { return (diagnostics, nil, nil) }
        return (diagnostics, files, context.site.model.site.basePath)
    }

    /// Load, validate, theme and resolve, then the plan: what every producer reads. The files
    /// published from `media/` and `data/` are copied as they are, but for CSV tables, which
    /// are written again through the formula guard. The text read from the site is let go
    /// once validated (at 100,000 entries it is some 300 MB). `lap` hears the end of each stage.
    static func prepare(siteFolder: URL, asOf: Day, lap: (String) -> Void = { _ in }) -> (DiagnosticList, OutputContext?) {
        var (sources, loaded) = SourceLoader.load(siteFolder: siteFolder)
        lap("load")
        var diagnostics = loaded
        let (model, validation) = Validator.validate(sources)
        diagnostics.append(contentsOf: validation)
        lap("validate")
        let themeFiles = sources.themeFiles
        var published: [String: OutputFile.Contents] = [:]
        for file in sources.publishedFiles {
            guard let table = sources.dataTables[file.sitePath] else {
                published[file.sitePath] = .copy(file.sourcePath)
                continue
            }
            switch CSVText.guarded(table) {
            case .success(let bytes): published[file.sitePath] = .bytes(bytes)
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
        guard !diagnostics.hasErrors else { return (diagnostics, nil) }
        let schemas = ContentJSONSchema.files(baseURL: model.site.baseURL + Route.contentSchemaFolder)
        let plan = SitePlan(resolved, themeAssets: theme.assets.keys.map { String($0.dropFirst("assets/".count)) },
                            contentSchemas: schemas.map(\.name))
        return (diagnostics, OutputContext(site: resolved, plan: plan, theme: theme, published: published,
                                           contentSchemas: Dictionary(uniqueKeysWithValues: schemas.map { ($0.name, $0.text) })))
    }
}
