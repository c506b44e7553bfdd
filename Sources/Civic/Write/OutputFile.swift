/// One file of the built site: its path under the output folder and where its bytes come from.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        /// A file copied as it is (media), by absolute source path.
        case copy(String)
        /// A file written as it is made, never held whole.
        case stream(ByteStream)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    static func text(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, contents: .bytes(Array(text.utf8)))
    }
}

/// What making one file gave: its contents, and what was found wrong while making it (a
/// broken link in a page's Markdown). A file with an error is never published: the build
/// that made it stops before the new site replaces the old.
public struct Produced: Sendable {
    public var contents: OutputFile.Contents
    public var diagnostics: [Diagnostic]

    public init(_ contents: OutputFile.Contents, diagnostics: [Diagnostic] = []) {
        self.contents = contents
        self.diagnostics = diagnostics
    }
}

/// A file of the site whose contents are made only when it is written, so that a build
/// renders each page on the thread that writes it and never holds every page at once.
public struct PlannedFile: Sendable {
    public var path: String
    public var make: @Sendable () -> Produced

    public init(path: String, make: @escaping @Sendable () -> Produced) {
        self.path = path
        self.make = make
    }

    init(_ file: OutputFile) {
        let contents = file.contents
        self.init(path: file.path) { Produced(contents) }
    }

    /// The file made whole (a stream's pieces joined), with what making it found wrong:
    /// for a build kept in memory (tests, the preview server).
    public func madeWhole() -> (file: OutputFile, diagnostics: [Diagnostic]) {
        var made = make()
        if case .stream(let stream) = made.contents {
            let (bytes, problems) = stream.made()
            made.contents = .bytes(bytes)
            made.diagnostics += problems
        }
        return (OutputFile(path: path, contents: made.contents), made.diagnostics)
    }

    /// What making the file finds wrong, the bytes thrown away: a stream is made too, for
    /// what it reports while it is written (a large page's broken links, a body changed on
    /// disk).
    func problems() -> [Diagnostic] {
        let made = make()
        guard case .stream(let stream) = made.contents else { return made.diagnostics }
        let sink = ByteSink { _ in }
        stream.make(sink)
        sink.finish()
        return made.diagnostics + sink.problems
    }
}
