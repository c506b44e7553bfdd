import CCivicSystem
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

    /// Builds the site in memory. `stageTimer`, when given, hears how long each stage took;
    /// `caches` hold what the build before read and made (see `BuildCaches`).
    public static func build(siteFolder: URL, asOf: Day, history: SourceHistory = .none, caches: BuildCaches = BuildCaches(),
                             stageTimer: ((String, Double) -> Void)? = nil) -> Result {
        let planned = plan(siteFolder: siteFolder, asOf: asOf, history: history, caches: caches, stageTimer: stageTimer)
        guard let files = planned.value?.files else { return Result(diagnostics: DiagnosticList(planned.diagnostics), files: []) }
        let start = Date()
        let made = Parallel.map(files) { $0.madeWhole() }
        stageTimer?("pages and files", Date().timeIntervalSince(start))
        var diagnostics = DiagnosticList(planned.diagnostics)
        for file in made { diagnostics.append(contentsOf: file.diagnostics) }
        guard !diagnostics.hasErrors else { return Result(diagnostics: diagnostics, files: []) }
        return Result(diagnostics: diagnostics, files: made.map(\.file), basePath: planned.value?.basePath)
    }

    /// A build planned and not made: each file with what makes it, for the preview, which
    /// makes a page when a browser asks for it. A file made from it is the same as the one
    /// `build` makes; the problems found while making files are not in `diagnostics`.
    public struct PlannedBuild: Sendable {
        public var diagnostics: DiagnosticList
        /// The site's files in the order a build makes them; empty when there were errors.
        public var files: [PlannedFile]
        /// The path of `base_url` (`/` or `/town/`), once site.yml has been read.
        public var basePath: String?
    }

    /// Every stage up to the plan (see `PlannedBuild`); `caches` hold what the build before
    /// read and made (see `BuildCaches`); `stageTimer`, when given, hears how long each stage took.
    public static func planBuild(siteFolder: URL, asOf: Day, history: SourceHistory = .none,
                                 caches: BuildCaches = BuildCaches(),
                                 stageTimer: ((String, Double) -> Void)? = nil) -> PlannedBuild {
        let planned = plan(siteFolder: siteFolder, asOf: asOf, history: history, caches: caches, stageTimer: stageTimer)
        return PlannedBuild(diagnostics: DiagnosticList(planned.diagnostics), files: planned.value?.files ?? [],
                            basePath: planned.value?.basePath)
    }

    /// Everything a build does but writing: every file is made, checked and let go, so an
    /// editor sees every problem the build would find, at the memory of a build.
    /// A site in several languages is also told which entries have no translation yet: a
    /// count per language, or each entry with `verbose`.
    static func check(siteFolder: URL, asOf: Day, history: SourceHistory = .none, verbose: Bool = false) -> Checker.Report {
        let planned = plan(siteFolder: siteFolder, asOf: asOf, history: history, stageTimer: nil)
        var diagnostics = DiagnosticList(planned.diagnostics)
        guard let site = planned.value else { return Checker.Report(diagnostics: diagnostics, contentFiles: 0, siteFiles: 0) }
        for found in Parallel.map(site.files, { $0.problems() }) { diagnostics.append(contentsOf: found) }
        diagnostics.append(contentsOf: untranslatedWarnings(site.untranslated, verbose: verbose))
        return Checker.Report(diagnostics: diagnostics, contentFiles: site.contentFiles, siteFiles: site.files.count)
    }

    /// Builds the site and, when there was no error, writes it into `output` (which
    /// `OutputFolder.inspect` accepted). Each file is made as it is written, so a large site
    /// is never held in memory whole; an error found while making one (a broken link in a
    /// page) stops the build before the new site replaces the old. The Markdown rendered is
    /// kept beside the output for the next build (`MarkdownCache`).
    public static func build(siteFolder: URL, output: OutputFolder, asOf: Day, history: SourceHistory = .none,
                             progress: BuildProgress? = nil, stageTimer: ((String, Double) -> Void)? = nil) -> DiagnosticList {
        let looked = Date()
        let inputs = BuildStamp.inputs(siteFolder: siteFolder, asOf: asOf, history: history)
        let stampPath = BuildStamp.path(forOutput: output.path)
        if let stamp = unchangedStamp(at: stampPath, inputs: inputs, output: output) {
            progress?.finish(.init(files: stamp.siteFiles, pages: stamp.pages, written: 0, unchanged: stamp.siteFiles, nothingChanged: true))
            stageTimer?("nothing changed since the last build (inputs and output checked)", Date().timeIntervalSince(looked))
            return DiagnosticList(stamp.diagnostics)
        }
        let cachePath = output.markdownCachePath
        let markdownCache = MarkdownCache.load(from: cachePath)
        let recordPath = ReadRecord.path(forOutput: output.path)
        let record = ReadRecord.read(from: recordPath)
        stageTimer?("caches read (Markdown, body reads)", Date().timeIntervalSince(looked))
        // The bodies read outside the making of any file, and the shape of what was read.
        let global = BodyReadLog()
        var shape: SourceShape?
        var caches = BuildCaches(markdown: markdownCache)
        caches.pieces = KeptPieces(cache: markdownCache)
        let planned = BodyReads.recording(into: global) {
            plan(siteFolder: siteFolder, asOf: asOf, history: history, progress: progress,
                 caches: caches, stageTimer: stageTimer,
                 onSources: { shape = SourceShape(of: $0, beside: inputs.beside) })
        }
        var diagnostics = DiagnosticList(planned.diagnostics)
        guard let files = planned.value?.files else { return diagnostics }
        let globalReads = global.read
        if let shape { caches.pieces?.begin(frame: shape.frame, bodies: shape.bodies, global: globalReads) }
        let keeping = shape.flatMap { shape in
            record?.keepable(shape: shape, global: globalReads, folder: WriteManifest.folderInode(output.path))
        }.flatMap { KeptFiles(folder: output.path, paths: $0) }
        do {
            let start = Date()
            let summary = try SiteWriter.write(files, into: output, progress: progress, keeping: keeping, recordingReads: shape != nil)
            let kept = summary.kept > 0 ? ", \(summary.kept) of them kept without being made" : ""
            stageTimer?("pages, templates and write (\(summary.written) files written, \(summary.unchanged) unchanged\(kept))",
                        Date().timeIntervalSince(start))
            let saving = Date()
            if planned.value?.keepsMarkdown == true { markdownCache.save(to: cachePath, keepingUnused: summary.kept > 0) }
            keepRecord(at: recordPath, output: output.path, shape: shape, global: globalReads, files: files,
                       made: summary.made, before: record)
            let pages = files.count { $0.path.hasSuffix(".html") }
            progress?.finish(.init(files: files.count, pages: pages, written: summary.written, unchanged: summary.unchanged))
            diagnostics.append(contentsOf: summary.warnings)
            keepStamp(at: stampPath, inputs: inputs, output: output.path, files: files.map(\.path), pages: pages,
                      summary: summary, diagnostics: diagnostics)
            stageTimer?("caches, body reads and stamp kept", Date().timeIntervalSince(saving))
        } catch let refused as SiteWriter.Refused {
            diagnostics.append(contentsOf: refused.diagnostics)
        } catch {
            diagnostics.error(SourceLocation(path: output.path), "could not write the site: \(error)")
        }
        return diagnostics
    }

    /// The stamp at `path` when the build it describes was made from `inputs` and left the
    /// output exactly as it is now (checked while holding the output's lock; see `BuildStamp`).
    private static func unchangedStamp(at path: String, inputs: BuildStamp.Inputs, output: OutputFolder) -> BuildStamp? {
        guard let stamp = BuildStamp.read(from: path), stamp.inputs == inputs.fingerprint,
              let lock = try? OutputLock(for: output.path) else { return nil }
        defer { lock.release() }
        return stamp.describes(output: output.path) ? stamp : nil
    }

    /// Records which bodies each file of this build read (`ReadRecord`), for the next build;
    /// a file kept without being made read what it read in the build before. Without a
    /// record of every file, removes the record.
    private static func keepRecord(at path: String, output: String, shape: SourceShape?, global: Set<String>,
                                   files: [PlannedFile], made: [SiteWriter.MadeFrom?], before: ReadRecord?) {
        guard let shape, made.count == files.count, let folder = WriteManifest.folderInode(output) else {
            unlink(path)
            return
        }
        var record = ReadRecord(folder: folder, shape: shape)
        record.global = record.places(of: global.sorted())
        record.files.reserveCapacity(files.count)
        for (file, found) in zip(files, made) {
            if let found {
                record.files[file.path] = ReadRecord.Made(reads: record.places(of: found.reads.sorted()), clean: found.clean)
            } else if let before, let kept = before.files[file.path] {
                record.files[file.path] = ReadRecord.Made(reads: record.places(of: before.paths(at: kept.reads)), clean: kept.clean)
            } else {
                unlink(path)
                return
            }
        }
        record.write(to: path)
    }

    /// Records what this build was made from and what it left, for the next build; or, when
    /// an input was modified too recently for its times to be trusted, removes the stamp.
    private static func keepStamp(at path: String, inputs: BuildStamp.Inputs, output: String, files: [String], pages: Int,
                                  summary: SiteWriter.Summary, diagnostics: DiagnosticList) {
        let paths = files + [OutputMark.fileName]
        guard inputs.settled, !diagnostics.hasErrors, summary.identities.count == paths.count,
              let folder = WriteManifest.folderInode(output) else {
            unlink(path)
            return
        }
        var outputs: [String: WriteManifest.FileIdentity] = [:]
        outputs.reserveCapacity(paths.count)
        for (file, identity) in zip(paths, summary.identities) {
            guard let identity else {
                unlink(path)
                return
            }
            outputs[file] = identity
        }
        BuildStamp(inputs: inputs.fingerprint, folder: folder, siteFiles: files.count, pages: pages,
                   diagnostics: diagnostics.items, outputs: outputs).write(to: path)
    }

    /// The site as planned: each file with the producer that makes it when it is written.
    struct PlannedSite: Sendable {
        var files: [PlannedFile]
        /// The path of `base_url` (`/` or `/town/`).
        var basePath: String
        /// How many files were read from `content/`.
        var contentFiles: Int
        /// Whether the Markdown rendered is worth keeping for the next build: not for a site
        /// too large to hold its bodies, which renders each text as it needs it.
        var keepsMarkdown: Bool
        /// For each of the site's other languages, the entries with no translation into it,
        /// of how many entries in all.
        var untranslated: [(language: String, entries: [EntryOrigin], total: Int)] = []
    }

    /// Every stage up to the plan, and for each planned file the producer that makes it when
    /// it is written; no value when there were errors.
    /// `onSources`, when given, is shown what was read from the site before it is validated.
    static func plan(siteFolder: URL, asOf: Day, history: SourceHistory = .none, progress: BuildProgress? = nil,
                     caches: BuildCaches = BuildCaches(), stageTimer: ((String, Double) -> Void)?,
                     onSources: ((SiteSources) -> Void)? = nil) -> StageResult<PlannedSite> {
        var clock = Date()
        func lap(_ stage: String) {
            guard let stageTimer else { return }
            let now = Date()
            stageTimer(stage, now.timeIntervalSince(clock))
            clock = now
        }
        let resolution = resolve(siteFolder: siteFolder, asOf: asOf, history: history, progress: progress, caches: caches, lap: lap,
                                 onSources: onSources)
        var diagnostics = resolution.diagnostics
        guard var site = resolution.value else { return StageResult(nil, diagnostics) }
        var editions: [BuiltEdition] = []
        if !site.resolved.model.site.editions.isEmpty {
            progress?.begin("building the archived editions")
            let built = buildEditions(of: site.resolved.model.site, siteFolder: siteFolder, cache: caches.editions)
            diagnostics += built.diagnostics
            editions = built.editions
            site.resolved.editions = editions.map { ArchivedEdition(edition: $0.edition, site: $0.site.resolved) }
            lap("archived editions")
            guard !diagnostics.contains(where: { $0.severity == .error }) else { return StageResult(nil, diagnostics) }
        }
        var languages: [BuiltLanguage] = []
        if site.resolved.model.site.publishedLanguages.count > 1 {
            progress?.begin("resolving the site in its other languages")
            let built = buildLanguages(of: site, history: history)
            diagnostics += built.diagnostics
            languages = built.languages
            lap("other languages")
            guard !diagnostics.contains(where: { $0.severity == .error }) else { return StageResult(nil, diagnostics) }
        }
        progress?.begin("planning the site")
        let plan = site.plan()
        var earlier: [String: [Edition]] = [:]
        for edition in editions {
            for page in edition.plan.pages where plan.pages.contains(page) { earlier[page, default: []].append(edition.edition) }
        }
        let root = site.resolved.model.site.basePath
        let settings = site.resolved.model.site
        let context = OutputContext(site, plan: plan, markdownCache: caches.markdown, pieces: caches.pieces,
                                    archive: ArchiveLinks(root: root, earlierByPath: earlier),
                                    languages: LanguageLinks(settings: settings, current: settings.language))
        var files = context.plan.routes.map { route in
            PlannedFile(path: route.filePath) { Producers.produce(route, in: context) }
        }
        for language in languages { files += languageFiles(language, markdownCache: caches.markdown) }
        for edition in editions { files += editionFiles(edition, currentRoot: root, currentPages: plan.pages) }
        lap("plan and shared views")
        // Two files at one path would leave which one is published to chance; validation
        // refuses every collision it knows of, and this catches any other.
        var seen = Set<String>()
        for file in files where !seen.insert(file.path).inserted {
            diagnostics.append(.error(SourceLocation(path: file.path), "two files of the site would be published at /\(file.path)",
                                      hint: "rename the entry or file that takes this path"))
        }
        let result = StageResult(PlannedSite(files: files, basePath: context.site.model.site.basePath,
                                             contentFiles: context.contentFiles,
                                             keepsMarkdown: context.pages.markdownCache != nil,
                                             untranslated: languages.map { built in
                                                 let all = built.site.resolved.model.entryOrigins
                                                 return (built.language, all.filter { $0.language != nil }, all.count)
                                             }), diagnostics)
        return result.hasErrors ? StageResult(nil, diagnostics) : result
    }

    /// Load, validate, theme and resolve, then the plan: what every producer reads. The
    /// site's archived editions are left out (`plan` makes them).
    static func prepare(siteFolder: URL, asOf: Day, history: SourceHistory = .none, progress: BuildProgress? = nil,
                        caches: BuildCaches = BuildCaches(), lap: (String) -> Void = { _ in }) -> StageResult<OutputContext> {
        let resolved = resolve(siteFolder: siteFolder, asOf: asOf, history: history, progress: progress, caches: caches, lap: lap)
        guard let site = resolved.value else { return StageResult(nil, resolved.diagnostics) }
        progress?.begin("planning the site")
        return StageResult(OutputContext(site, plan: site.plan(), markdownCache: caches.markdown), resolved.diagnostics)
    }

    /// Load, validate, theme and resolve. The files published from `media/` and `data/` are
    /// copied as they are, but for CSV tables, which are written again through the formula
    /// guard. The text read from the site is let go once validated (at 100,000 entries it is
    /// some 300 MB). `history` dates the pages made from each file ("Last updated"). `lap`
    /// hears the end of each stage. `adjust`, when given, changes the settings read (an
    /// archived edition's address) before anything depends on them. `onSources`, when given,
    /// is shown what was read before it is validated.
    static func resolve(siteFolder: URL, asOf: Day, history: SourceHistory = .none, progress: BuildProgress? = nil,
                        caches: BuildCaches = BuildCaches(), lap: (String) -> Void = { _ in },
                        adjust: ((inout SiteSettings) -> Void)? = nil,
                        onSources: ((SiteSources) -> Void)? = nil) -> StageResult<ResolvedSite> {
        progress?.begin("reading the content")
        var loaded = SourceLoader.load(siteFolder: siteFolder, cache: caches.sources)
        lap("load")
        progress?.begin("checking the content")
        var diagnostics = DiagnosticList()
        diagnostics.append(contentsOf: loaded.diagnostics)
        guard var sources = loaded.value else { return StageResult(nil, diagnostics.items) }
        onSources?(sources)
        // One copy of the files read, which validation empties as it goes.
        loaded.value = nil
        let contentFiles = sources.contentFileCount
        let validated = Validator.validate(taking: &sources, entryCache: caches.entries, frontMatterCache: caches.markdown)
        var model = validated.value
        diagnostics.append(contentsOf: validated.diagnostics)
        lap("validate")
        progress?.begin("working out statuses")
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
        // The text read from the site, now let go, is handed back to the system rather than
        // kept by the allocator for reuse: at 100,000 entries it is most of the memory
        // the build holds at its peak.
        civic_release_free_memory()
        guard model != nil, !diagnostics.hasErrors else { return StageResult(nil, diagnostics.items) }
        if let adjust { adjust(&model!.site) }
        guard let model else { return StageResult(nil, diagnostics.items) }

        let themed = Theme.load(overrides: themeFiles, language: model.site.language)
        diagnostics.append(contentsOf: themed.diagnostics)
        guard let theme = themed.value else { return StageResult(nil, diagnostics.items) }

        let resolution = Resolver.resolve(model, asOf: asOf, history: history)
        diagnostics.append(contentsOf: resolution.diagnostics)
        lap("theme and resolve")
        guard let resolved = resolution.value, !diagnostics.hasErrors else { return StageResult(nil, diagnostics.items) }
        return StageResult(ResolvedSite(resolved: resolved, theme: theme, published: published, contentFiles: contentFiles,
                                        themeOverrides: themeFiles),
                           diagnostics.items)
    }
}
