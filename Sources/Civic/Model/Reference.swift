/// An id written in a front-matter field that names another entry, kept with the
/// place it was written so an unknown id can be reported there.
public struct Reference: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// Markdown text from a front-matter field or a body, with the line it starts on.
public struct MarkdownText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
