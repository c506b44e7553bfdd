/// Turns the sources read from disk into a typed, cross-checked `Partnership`, collecting
/// every problem as a diagnostic. Returns no partnership when any error was found, so
/// nothing is ever rendered from invalid content.
struct Validator {
    let sources: SiteSources
    var diagnostics: [Diagnostic] = []
    /// Paths under `content/` of every published file (`media/map.png`, `data/jobs.csv`).
    let published: Set<String>

    init(sources: SiteSources) {
        self.sources = sources
        self.published = Set(sources.publishedFiles.map(\.sitePath))
    }

    static func validate(_ sources: SiteSources) -> (Partnership?, [Diagnostic]) {
        var validator = Validator(sources: sources)
        let partnership = validator.validate()
        return (partnership, validator.diagnostics)
    }

    mutating func validate() -> Partnership? {
        guard let siteText = sources.siteYAML else { return nil }
        let site = validateSite(siteText)
        let framework = validateFramework(language: site?.language ?? "en")
        let sides = framework?.sides.map(\.id) ?? ["authority", "civil-society"]

        let partners = entries(.partners) { v, e, y in v.validatePartner(e, y, sides: sides) }
        let outcomes = entries(.outcomes) { v, e, y in v.validateOutcome(e, y, pillars: site?.pillars) }
        let commitments = entries(.commitments) { v, e, y in v.validateCommitment(e, y) }
        let assessments = entries(.assessments) { v, e, y in v.validateAssessment(e, y, framework: framework) }
        let celebrations = entries(.celebrations) { v, e, y in v.validateCelebration(e, y) }
        let conversations = entries(.conversations) { v, e, y in v.validateConversation(e, y) }
        let pages = entries(.pages) { v, e, y in v.validatePage(e, y) }

        guard let site, let framework else { return nil }
        let partnership = Partnership(
            site: site, framework: framework, partners: partners, outcomes: outcomes, commitments: commitments,
            assessments: assessments, celebrations: celebrations, conversations: conversations, pages: pages,
            publishedFiles: sources.publishedFiles.map(\.sitePath).sorted())
        checkReferences(partnership)
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        return partnership
    }

    /// Splits, parses and validates every file of one entry folder, sorted by id.
    private mutating func entries<T>(_ kind: EntryKind,
                                     _ validate: (inout Validator, EntryOrigin, YAMLValue) -> T?) -> [T] {
        var result: [T] = []
        for source in (sources.entries[kind] ?? []).sorted(by: { $0.path < $1.path }) {
            guard let (origin, yaml) = parseEntry(source) else { continue }
            if let value = validate(&self, origin, yaml) { result.append(value) }
        }
        return result
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
        return value
    }

    /// The entry's origin and its front matter as YAML, or nil after reporting why not.
    private mutating func parseEntry(_ source: SourceText) -> (EntryOrigin, YAMLValue)? {
        let split: SplitEntry
        switch FrontMatterSplitter.split(source) {
        case .success(let value): split = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let yaml: YAMLValue?
        switch YAMLReader.parse(split.yaml, path: source.path, firstLine: split.yamlFirstLine) {
        case .success(let value): yaml = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let yaml else {
            diagnostics.append(.error(SourceLocation(path: source.path, line: 1, column: 1), "the front matter is empty",
                                      hint: "write the entry's fields between the two '---' lines"))
            return nil
        }
        let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
        let id = String(name.dropLast(3))
        let body = MarkdownText(text: split.body, location: SourceLocation(path: source.path, line: split.bodyFirstLine, column: 1))
        for (offset, line) in split.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix(EntrySkeleton.placeholder + ":") {
            diagnostics.append(.error(SourceLocation(path: source.path, line: split.bodyFirstLine + offset, column: 1),
                                      "the text still holds a placeholder: '\(line.prefix(60))'",
                                      hint: "write the entry's own text in its place"))
        }
        return (EntryOrigin(id: id, path: source.path, body: body), yaml)
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
        return result
    }
}
