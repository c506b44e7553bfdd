/// An entry's Markdown body: the text after its front matter. In a large site the bodies
/// are most of the text the model would hold (at 100,000 entries, some 180 MB), so past a
/// budget the model keeps only where each body is, its length and a fingerprint, and the
/// outputs read it again from its file when they need it (`text()`). A body read back
/// different from the one validated is an error, and is never published.
public struct EntryBody: Sendable, Hashable {
    enum Storage: Sendable {
        case kept(String)
        /// Its length in UTF-8 and fingerprint, and what reads it again.
        case onDisk(byteCount: Int, fingerprint: UInt64, reader: any EntryBodyReader)
    }

    /// Where the body starts: its file and first line.
    public let location: SourceLocation
    /// Whether it is empty or only white space.
    public let isBlank: Bool
    let storage: Storage

    /// A body held in memory.
    public init(text: String, location: SourceLocation) {
        self.location = location
        self.isBlank = text.allSatisfy(\.isWhitespace)
        self.storage = .kept(text)
    }

    init(location: SourceLocation, isBlank: Bool, storage: Storage) {
        self.location = location
        self.isBlank = isBlank
        self.storage = storage
    }

    /// The body's text: kept, or read again from its file and compared with what was
    /// validated; a file changed since then gives an error at the file.
    public func text() -> Result<String, Diagnostic> {
        BodyReads.note(location.path)
        switch storage {
        case .kept(let text):
            return .success(text)
        case .onDisk(let byteCount, let fingerprint, let reader):
            return reader.readBody(at: location, byteCount: byteCount, fingerprint: fingerprint)
        }
    }

    /// The body as Markdown with its place in the file, for the renderer's messages.
    public func markdown() -> Result<MarkdownText, Diagnostic> {
        text().map { MarkdownText(text: $0, location: location) }
    }

    public static func == (a: EntryBody, b: EntryBody) -> Bool {
        guard a.location == b.location, a.isBlank == b.isBlank else { return false }
        BodyReads.note(a.location.path)
        BodyReads.note(b.location.path)
        switch (a.storage, b.storage) {
        case (.kept(let x), .kept(let y)): return x == y
        case (.onDisk(let n, let f, _), .onDisk(let m, let g, _)): return n == m && f == g
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        BodyReads.note(location.path)
        hasher.combine(location)
        switch storage {
        case .kept(let text): hasher.combine(text)
        case .onDisk(let count, let fingerprint, _): hasher.combine(count); hasher.combine(fingerprint)
        }
    }
}

/// What reads a body kept on disk back from its file (made by the loader, which knows how
/// files are read and split), checking its length and fingerprint.
public protocol EntryBodyReader: Sendable {
    func readBody(at location: SourceLocation, byteCount: Int, fingerprint: UInt64) -> Result<String, Diagnostic>
}
