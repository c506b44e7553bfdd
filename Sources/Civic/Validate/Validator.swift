/// Turns the sources read from disk into a typed, cross-checked `Partnership`, collecting
/// every problem as a diagnostic. Returns no partnership when any error was found, so
/// nothing is ever rendered from invalid content.
struct Validator {
    let sources: SiteSources
    var diagnostics: [Diagnostic] = []
    /// Paths under `content/` of every published file (`media/map.png`, `data/jobs.csv`).
    let published: Set<String>
    /// The entry files not validated yet, by kind. Each kind is taken out when its turn
    /// comes, and each file's text is let go as soon as it is parsed.
    var pending: [EntryKind: [SourceText]]
    /// Every CSV file under data/ read as indicator data, on all cores, by path from `content/`.
    let parsedTables: [String: IndicatorTable]
    /// How many entry files are parsed together, on all cores, before they are validated in
    /// order: enough to keep the cores busy, few enough that the texts and YAML trees of
    /// 100,000 entries are never all held at once.
    static let parseBatch = 2048
    /// Entry files of more bytes than this in all have their bodies kept on disk, not in
    /// the model (`EntryBody`): a small site keeps them, and never reads a file twice.
    static let bodyBudget = 64 << 20
    /// The budget, which a test may lower to build a small site as a large one is built.
    @TaskLocal static var bodyBudgetOverride: Int?
    /// What reads the bodies back, when this site's are kept on disk.
    let bodyReader: SiteBodyReader?
    /// The entries of the validation before, when a preview keeps them (see `EntryCache`).
    let entryCache: EntryCache?
    /// Where the front matters parsed by the build before are kept (`ParsedFrontMatter`).
    let frontMatterCache: MarkdownCache?
    /// The translations not validated yet, by kind (`clean-air.es.md`).
    var pendingTranslations: [EntryKind: [SourceText]]
    /// The ids of the entries that have a translation, by kind: their files are kept, to make
    /// each translated entry from its original.
    let translatedIDs: [EntryKind: Set<String>]
    /// The files of the originals that have translations, by kind and id.
    var originalFiles: [EntryKind: [String: SourceText]] = [:]
    /// Every entry's id, by kind, for the suggestions given to a translation with no original.
    var originalIDs: [EntryKind: [String]] = [:]

    /// `sources` gives up its entry files: `validate(taking:)` lets each one's text go once
    /// it is parsed, so the caller must hold no other copy of them for that memory to return.
    init(taking sources: inout SiteSources, entryCache: EntryCache? = nil, frontMatterCache: MarkdownCache? = nil) {
        self.pending = sources.entries
        sources.entries = [:]
        self.pendingTranslations = sources.translations
        self.translatedIDs = sources.translations.mapValues { files in
            Set(files.compactMap { file in
                (file.path.split(separator: "/").last?.dropLast(3)).flatMap { SourceLoader.translationName(String($0))?.id }
            })
        }
        let entryBytes = pending.values.reduce(0) { total, files in files.reduce(total) { $0 + $1.text.utf8.count } }
        self.bodyReader = entryBytes > (Self.bodyBudgetOverride ?? Self.bodyBudget) ? SiteBodyReader(root: sources.root) : nil
        self.sources = sources
        self.published = Set(sources.publishedFiles.map(\.sitePath))
        let tables = sources.dataTables.values.sorted { $0.path < $1.path }
        self.parsedTables = Dictionary(uniqueKeysWithValues: Parallel.map(tables) { source in
            (String(source.path.dropFirst("content/".count)), IndicatorTable.read(source))
        })
        self.entryCache = entryCache
        self.frontMatterCache = frontMatterCache
        if let entryCache {
            // Everything an entry's validation reads beside its own file.
            var context = "\(bodyReader != nil)\u{0}" + (sources.siteYAML?.text ?? "") + "\u{0}" + (sources.frameworkYAML?.text ?? "")
            for file in sources.publishedFiles.map(\.sitePath).sorted() { context += "\u{0}" + file }
            for table in tables { context += "\u{0}\(table.path)\u{0}\(ContentHash(text: table.text))" }
            for (path, geo) in sources.geoJSON.sorted(by: { $0.key < $1.key }) { context += "\u{0}\(path)\u{0}\(ContentHash(text: geo.text))" }
            entryCache.begin(context: ContentHash(text: context))
        }
    }

    static func validate(_ sources: SiteSources) -> StageResult<Partnership> {
        var copy = sources
        return validate(taking: &copy)
    }

    /// Validates and empties `sources.entries` (see `init(taking:)`), taking each entry
    /// whose file did not change from `entryCache` when one is given, and each front matter
    /// parsed before from `frontMatterCache`.
    static func validate(taking sources: inout SiteSources, entryCache: EntryCache? = nil,
                         frontMatterCache: MarkdownCache? = nil) -> StageResult<Partnership> {
        var validator = Validator(taking: &sources, entryCache: entryCache, frontMatterCache: frontMatterCache)
        let partnership = validator.validate()
        return StageResult(partnership, validator.diagnostics)
    }

    mutating func validate() -> Partnership? {
        guard let siteText = sources.siteYAML else { return nil }
        let site = validateSite(siteText)
        let framework = validateFramework(language: site?.language ?? "en")
        let sides = framework?.sides.map(\.id) ?? ["authority", "civil-society"]

        var translated: [String: TranslatedEntries] = [:]
        if let site, !sources.siteTranslations.isEmpty { translateSite(site, into: &translated) }
        // The built-in checklist speaks each of the site's languages civic has it in.
        if let site, framework != nil, sources.frameworkYAML == nil {
            for language in site.publishedLanguages.dropFirst() {
                translated[language, default: TranslatedEntries()].framework = validateFramework(language: language)
            }
        }
        /// The entries of one folder, then their translations, each made by `validate`.
        func kind<T: Sendable>(_ kind: EntryKind, _ validate: (inout Validator, EntryOrigin, YAMLValue) -> T?) -> [T] {
            let made = entries(kind, validate)
            if let site, pendingTranslations[kind] != nil {
                translate(kind, site: site, originals: originalFiles.removeValue(forKey: kind) ?? [:], into: &translated, validate)
            }
            return made
        }
        let partners = kind(.partners) { v, e, y in v.validatePartner(e, y, sides: sides) }
        let outcomes = kind(.outcomes) { v, e, y in v.validateOutcome(e, y, pillars: site?.pillars) }
        let commitments = kind(.commitments) { v, e, y in v.validateCommitment(e, y) }
        let assessments = kind(.assessments) { v, e, y in v.validateAssessment(e, y, framework: framework) }
        let celebrations = kind(.celebrations) { v, e, y in v.validateCelebration(e, y) }
        let conversations = kind(.conversations) { v, e, y in v.validateConversation(e, y) }
        let areaStories = kind(.areas) { v, e, y in v.validateAreaStory(e, y, areas: site?.areas ?? []) }
        let communityAssets = kind(.communityAssets) { v, e, y in v.validateCommunityAsset(e, y, site: site) }
        let pages = kind(.pages) { v, e, y in v.validatePage(e, y) }

        guard let site, let framework else { return nil }
        var partnership = Partnership(
            site: site, framework: framework, partners: partners, outcomes: outcomes, commitments: commitments,
            assessments: assessments, celebrations: celebrations, conversations: conversations,
            areaStories: areaStories, communityAssets: communityAssets, pages: pages,
            publishedFiles: sources.publishedFiles.map(\.sitePath).sorted(), bodiesOnDisk: bodyReader != nil)
        partnership.translations = translated
        checkReferences(partnership)
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        return partnership
    }

    /// Splits, parses and validates every file of one entry folder, sorted by id.
    private mutating func entries<T: Sendable>(_ kind: EntryKind,
                                     _ validate: (inout Validator, EntryOrigin, YAMLValue) -> T?) -> [T] {
        var files = pending.removeValue(forKey: kind) ?? []
        files.sort { $0.path < $1.path }
        var result: [T] = []
        result.reserveCapacity(files.count)
        var start = 0
        while start < files.count {
            let end = min(start + Self.parseBatch, files.count)
            var batch = Array(files[start..<end])
            if let wanted = translatedIDs[kind] {
                for file in batch {
                    let id = Self.id(ofPath: file.path)
                    if wanted.contains(id) { originalFiles[kind, default: [:]][id] = file }
                }
            }
            if translatedIDs[kind] != nil { originalIDs[kind, default: []] += batch.map { Self.id(ofPath: $0.path) } }
            // The texts are parsed: what is kept of them (an entry's body) is a copy.
            for index in start..<end { files[index].text = "" }
            start = end
            var keys: [EntryCache.Key?] = Array(repeating: nil, count: batch.count)
            var kept: [EntryCache.Kept?] = Array(repeating: nil, count: batch.count)
            if let entryCache {
                keys = Parallel.map(batch) { EntryCache.Key(kind: kind, path: $0.path, text: $0.contentHash) }
                kept = entryCache.kept(keys)
                for index in batch.indices where kept[index] != nil { batch[index].text = "" }
            }
            let reusing = kept.map { $0 != nil }
            let frontMatterCache = self.frontMatterCache
            let parsed = Parallel.map(Array(batch.enumerated())) { index, file in
                reusing[index] ? nil : Self.parseEntry(file, cache: frontMatterCache)
            }
            batch = []
            for (index, outcome) in parsed.enumerated() {
                if let reused = kept[index] {
                    diagnostics += reused.diagnostics
                    if let value = reused.value as? T { result.append(value) }
                    continue
                }
                let before = diagnostics.count
                let value = validated(outcome!, validate)
                if let value { result.append(value) }
                if let key = keys[index] {
                    entryCache?.keep(EntryCache.Kept(value: value, diagnostics: Array(diagnostics[before...])), for: key)
                }
            }
        }
        return result
    }

    /// One parsed entry file validated, its problems in `diagnostics`.
    private mutating func validated<T>(_ outcome: Result<(EntryOrigin, YAMLValue), Diagnostic>,
                                       _ validate: (inout Validator, EntryOrigin, YAMLValue) -> T?) -> T? {
        let origin: EntryOrigin, yaml: YAMLValue
        switch outcome {
        case .success(let value): (origin, yaml) = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        if let problems = Self.placeholders(in: origin, bodyFirstLine: origin.body.location.line) {
            diagnostics += problems
        }
        var entry = origin
        if let bodyReader { entry.body = origin.body.onDisk(bodyReader) }
        return validate(&self, entry, yaml)
    }

    /// Runs `body` on a reader for the map `yaml`, then reports unknown keys and every
    /// problem the reader found.
    mutating func read<T>(_ yaml: YAMLValue, path: String, schema: Fields,
                          _ body: (inout Validator, inout FieldReader) -> T?) -> T? {
        guard var reader = FieldReader(yaml, path: path, schema: schema, diagnostics: &diagnostics) else {
            return nil
        }
        let value = body(&self, &reader)
        reader.finish()
        diagnostics += reader.diagnostics
        if reader.markdownBytes > MarkdownLimits.fieldsPerFileBytes {
            diagnostics.append(.error(SourceLocation(path: path),
                                      "the Markdown in this file's fields adds up to \((reader.markdownBytes + 1023) / 1024) KiB, more than the limit of \(MarkdownLimits.fieldsPerFileBytes / 1024) KiB",
                                      hint: "keep long text in the body, or split the entry"))
        }
        return value
    }

    /// The entry's origin and its front matter as YAML, or why it could not be read. Pure,
    /// so that every file can be parsed at once on all cores.
    static func parseEntry(_ source: SourceText, cache: MarkdownCache? = nil) -> Result<(EntryOrigin, YAMLValue), Diagnostic> {
        let split: SplitEntry
        switch FrontMatterSplitter.split(source) {
        case .success(let value): split = value
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let yaml: YAMLValue?
        switch ParsedFrontMatter.parse(split.yaml, path: source.path, firstLine: split.yamlFirstLine, cache: cache) {
        case .success(let value): yaml = value
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        guard let yaml else {
            return .failure(.error(SourceLocation(path: source.path, line: 1, column: 1), "the front matter is empty",
                                   hint: "write the entry's fields between the two '---' lines"))
        }
        let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
        let id = String(name.dropLast(3))
        let location = SourceLocation(path: source.path, line: split.bodyFirstLine, column: 1)
        if let problem = MarkdownLimits.problem(in: MarkdownText(text: split.body, location: location),
                                                limit: MarkdownLimits.bodyBytes, what: "the body") {
            return .failure(problem)
        }
        return .success((EntryOrigin(id: id, path: source.path, body: EntryBody(text: split.body, location: location)), yaml))
    }

    /// The id a file's path gives: its name without `.md`.
    static func id(ofPath path: String) -> String {
        String((path.split(separator: "/").last ?? Substring(path)).dropLast(3))
    }

    /// Placeholder lines (`TODO: ...`) left in a body by `civic new`.
    static func placeholders(in origin: EntryOrigin, bodyFirstLine: Int) -> [Diagnostic]? {
        guard case .kept(let text) = origin.body.storage, ByteSearch.contains(ContentSchema.placeholder + ":", in: text) else { return nil }
        var found: [Diagnostic] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix(ContentSchema.placeholder + ":") {
            found.append(.error(SourceLocation(path: origin.path, line: bodyFirstLine + offset, column: 1),
                                "the text still holds a placeholder: '\(line.prefix(60))'",
                                hint: "write the entry's own text in its place"))
        }
        return found.isEmpty ? nil : found
    }

    /// Parses a whole YAML file (site.yml, framework.yml).
    mutating func parseYAMLFile(_ source: SourceText) -> YAMLValue? {
        switch YAMLReader.parse(source.text, path: source.path, firstLine: 1) {
        case .success(let value?): return value
        case .success(nil):
            diagnostics.append(.error(SourceLocation(path: source.path), "the file is empty"))
            return nil
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}

extension FieldReader {
    /// Reads a nested map with its own known keys, merging its diagnostics into this reader's.
    mutating func nested<T>(_ value: YAMLValue, schema: Fields, _ body: (inout FieldReader) -> T?) -> T? {
        guard var reader = FieldReader(value, path: path, schema: schema, diagnostics: &diagnostics) else {
            return nil
        }
        let result = body(&reader)
        reader.finish()
        diagnostics += reader.diagnostics
        markdownBytes += reader.markdownBytes
        return result
    }
}

extension ContentSchema {
    /// The schema of each entry folder's front matter.
    static func entry(_ kind: EntryKind) -> Fields {
        switch kind {
        case .partners: return partner
        case .outcomes: return outcome
        case .commitments: return commitment
        case .assessments: return assessment
        case .celebrations: return celebration
        case .conversations: return conversation
        case .areas: return area
        case .communityAssets: return communityAsset
        case .pages: return page
        }
    }
}
