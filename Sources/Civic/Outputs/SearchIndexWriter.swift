/// `search/index.json`: what the search box of `/search/` looks in, fetched by its script
/// the first time a reader uses the box (a page without the script never asks for it).
/// Each entry of the A to Z index, in its order, as one array: title, address, kind, the
/// detail that tells it apart, its status (word, class and glossary address, or nulls),
/// and its text without markup (summary and body), cut at `textLimit` characters so that
/// one long page cannot make every reader download it; then, for an entry not translated
/// into the page's language, the language its title and text are in.
///
///     {"version":1,"fields":["title","url","kind","detail","status","statusClass","statusURL","text","lang"],
///      "entries":[["Everyone breathes clean air","/outcomes/clean-air/","Outcome",null,null,null,null,"Clean air on every street. ...",null]]}
enum SearchIndexWriter {
    static let fields = ["title", "url", "kind", "detail", "status", "statusClass", "statusURL", "text", "lang"]
    /// How much of an entry's text is searched (and shown around a match), in characters.
    static let textLimit = 1_200

    /// The parts joined, each run of white space made one space, cut at `textLimit` characters.
    static func searchable(_ parts: [String]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var count = 0
        for part in parts {
            for scalar in part.unicodeScalars {
                let space = scalar.isASCII ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}")
                    : scalar.properties.isWhitespace
                if space {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    guard count < textLimit else { return String(out) }
                    out.append(" ")
                    count += 1
                    pendingSpace = false
                }
                guard count < textLimit else { return String(out) }
                out.append(scalar)
                count += 1
            }
            pendingSpace = count > 0
        }
        return String(out)
    }

    /// How many entries one core writes in a row, and a kept piece holds (`KeptPieces`).
    static let runSize = 64

    /// `pieces`, when given, keeps each run of entries written for the next build, under
    /// `name` (the file's path) and the run's place.
    static func index(_ pages: ViewBuilder, pieces: KeptPieces? = nil, name: String = "search/index.json") -> ByteStream {
        ByteStream { sink in
            var out: [UInt8] = []
            out += Array("{\"version\":1,\"fields\":[".utf8)
            for (n, field) in fields.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                OpenDataWriter.appendJSONString(field, to: &out)
            }
            out += Array("],\"entries\":[".utf8)
            sink.write(out)
            let sources = pages.azSources()
            let sorted = AZIndex.order(sources.map(\.view)).map { sources[$0] }
            // A run of entries at a time on every core: at 10,000 entries, one core took seconds.
            let runs = stride(from: 0, to: sorted.count, by: runSize).map { $0..<min($0 + runSize, sorted.count) }
            let written = Parallel.map(runs) { run -> (bytes: [UInt8], problems: [Diagnostic]) in
                var problems: [Diagnostic] = []
                func write() -> (bytes: [UInt8], clean: Bool) {
                    var out: [UInt8] = []
                    for n in run { problems += entry(sorted[n], first: n == 0, pages: pages, into: &out) }
                    return (out, problems.isEmpty)
                }
                let bytes = pieces?.bytes("\(name) \(run.lowerBound)-\(run.upperBound)", make: write) ?? write().bytes
                return (bytes, problems)
            }
            for run in written {
                sink.write(run.bytes)
                run.problems.forEach(sink.report)
            }
            sink.write(Array("\n]}\n".utf8))
        }
    }

    /// One entry of the index, after a comma unless it is the `first`; the problems found
    /// reading its body.
    private static func entry(_ source: (view: AZEntryView, body: EntryBody?, text: @Sendable () -> [String]), first: Bool,
                              pages: ViewBuilder, into out: inout [UInt8]) -> [Diagnostic] {
        func string(_ text: String?) {
            guard let text else { return out += Array("null".utf8) }
            OpenDataWriter.appendJSONString(text, to: &out)
        }
        out += Array((first ? "\n[" : ",\n[").utf8)
        let entry = source.view
        for (index, value) in [entry.title, entry.url, entry.kind, entry.detail, entry.status?.label, entry.statusClass,
                               entry.status?.url].enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            string(value)
        }
        out.append(UInt8(ascii: ","))
        var problems: [Diagnostic] = []
        switch text(of: source, pages: pages) {
        case .success(let text): string(text)
        case .failure(let problem):
            problems.append(problem)
            string("")
        }
        out.append(UInt8(ascii: ","))
        string(entry.lang)
        out.append(UInt8(ascii: "]"))
        return problems
    }

    /// The words of an entry the index keeps: its texts, and the opening of its body.
    private static func text(of source: (view: AZEntryView, body: EntryBody?, text: @Sendable () -> [String]),
                             pages: ViewBuilder) -> Result<String, Diagnostic> {
        let parts = source.text()
        var markdown: String?
        if let body = source.body {
            switch body.text() {
            case .success(let text): markdown = text
            case .failure(let problem): return .failure(problem)
            }
        }
        // Only the body's opening is kept: the Markdown read is cut well beyond it, and
        // `searchable` joins its words (the feed's `plainText` took seconds at 10,000
        // entries). What a text gives is kept for the next build with the renderings.
        func make() -> String {
            searchable(parts + (markdown.map { [pages.markdown.plainBlocks(String($0.unicodeScalars.prefix(3 * textLimit)))] } ?? []))
        }
        guard let cache = pages.markdownCache else { return .success(make()) }
        // Each part with its length, so that no two lists of parts give one input; the
        // body after a NUL, which no content holds.
        let input = parts.map { "\($0.utf8.count):\($0)" }.joined() + (markdown.map { "\u{0}" + $0 } ?? "")
        return .success(cache.derived("search\u{0}" + MarkdownCache.options(of: pages.markdown), from: input, make: make))
    }
}
