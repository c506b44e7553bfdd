/// An entry's Markdown body: the text after its front matter. In a large site the bodies
/// are most of the text the model would hold (at 100,000 entries, some 180 MB), so past a
/// budget the model keeps only where each body is, its length and a fingerprint, and the
/// outputs read it again from its file when they need it (`EntryBody.text()`, in Load/). A
/// body read back different from the one validated is an error, never published.
public struct EntryBody: Sendable, Hashable {
    enum Storage: Sendable, Hashable {
        case kept(String)
        /// The site folder its path is under, and the body's length in UTF-8 and fingerprint.
        case onDisk(root: String, byteCount: Int, fingerprint: UInt64)
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
}
