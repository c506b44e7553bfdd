extension EntryBody {
    /// The body's text. A body kept on disk is read again from its file, split from its
    /// front matter as validation split it, and compared with what was validated; a file
    /// changed since then gives an error at the file, so nothing unchecked is published.
    public func text() -> Result<String, Diagnostic> {
        switch storage {
        case .kept(let text):
            return .success(text)
        case .onDisk(let root, let byteCount, let fingerprint):
            let changed = Diagnostic.error(SourceLocation(path: location.path),
                                           "the file changed while the site was being built, so its text is not the text that was checked",
                                           hint: "build again")
            guard case .success(let source) = SourceLoader.readText(root: root, location.path, limit: ContentLimits.textFileBytes),
                  case .success(let split) = FrontMatterSplitter.split(source),
                  split.bodyFirstLine == location.line,
                  split.body.utf8.count == byteCount,
                  Self.fingerprint(split.body) == fingerprint else {
                return .failure(changed)
            }
            return .success(split.body)
        }
    }

    /// The body as Markdown with its place in the file, for the renderer's messages.
    public func markdown() -> Result<MarkdownText, Diagnostic> {
        text().map { MarkdownText(text: $0, location: location) }
    }

    /// The same body, kept on disk under `root` (the site folder) instead of in memory.
    func onDisk(root: String) -> EntryBody {
        guard case .kept(let text) = storage else { return self }
        return EntryBody(location: location, isBlank: isBlank,
                         storage: .onDisk(root: root, byteCount: text.utf8.count, fingerprint: Self.fingerprint(text)))
    }

    static func fingerprint(_ text: String) -> UInt64 {
        ContentHash(Array(text.utf8)).high
    }
}
