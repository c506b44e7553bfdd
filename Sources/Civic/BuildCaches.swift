import Synchronization

/// What a build may take from the build before, each part checked so that the result is
/// the same as a build from nothing: the files read (`SourceCache`), the entries made from
/// them (`EntryCache`) and the Markdown rendered (`MarkdownCache`). The preview keeps all
/// three in memory from one save to the next; `civic build` keeps the Markdown, and each
/// front matter as parsed, in a file beside the output. No cache is an empty one.
public struct BuildCaches: Sendable {
    public var sources: SourceCache?
    public var entries: EntryCache?
    public var markdown: MarkdownCache?
    /// The archived editions read and resolved, which a commit never changes.
    public var editions: EditionCache?
    /// Parts of files kept for the next build into the same output (`KeptPieces`).
    var pieces: KeptPieces?

    public init(sources: SourceCache? = nil, entries: EntryCache? = nil, markdown: MarkdownCache? = nil, editions: EditionCache? = nil) {
        (self.sources, self.entries, self.markdown, self.editions) = (sources, entries, markdown, editions)
    }
}

/// Archived editions as read from git and resolved, by commit and the address they were
/// made for: the preview keeps them from one save to the next, since what a tag's commit
/// holds never changes, and rebuilding every edition on each save would slow it for nothing.
public final class EditionCache: Sendable {
    private let built = Mutex<[String: SiteBuilder.BuiltEdition]>([:])

    public init() {}

    static func key(_ edition: Edition, baseURL: String) -> String { "\(edition.commit) \(edition.date) \(baseURL)" }

    func edition(for key: String) -> SiteBuilder.BuiltEdition? {
        built.withLock(seenBy: self) { $0[key] }
    }

    /// How many editions it holds.
    var count: Int { built.withLock(seenBy: self) { $0.count } }

    /// Keeps `editions`, and lets go of those not asked for in this build.
    func keep(_ editions: [String: SiteBuilder.BuiltEdition]) {
        built.withLock(seenBy: self) { $0 = editions }
    }
}
