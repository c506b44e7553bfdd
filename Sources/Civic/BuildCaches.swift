/// What a build may take from the build before, each part checked so that the result is
/// the same as a build from nothing: the files read (`SourceCache`), the entries made from
/// them (`EntryCache`) and the Markdown rendered (`MarkdownCache`). The preview keeps all
/// three in memory from one save to the next; `civic build` keeps the Markdown in a file
/// beside the output. No cache is an empty one.
public struct BuildCaches: Sendable {
    public var sources: SourceCache?
    public var entries: EntryCache?
    public var markdown: MarkdownCache?

    public init(sources: SourceCache? = nil, entries: EntryCache? = nil, markdown: MarkdownCache? = nil) {
        (self.sources, self.entries, self.markdown) = (sources, entries, markdown)
    }
}
