/// One file of the built site: its path under the output folder and where its bytes come from.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        /// A file copied as it is (media), by absolute source path.
        case copy(String)
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

/// A file of the site whose contents are made only when it is written, so that a build
/// renders each page on the thread that writes it and never holds every page at once.
public struct PlannedFile: Sendable {
    public var path: String
    public var make: @Sendable () -> OutputFile.Contents

    public init(path: String, make: @escaping @Sendable () -> OutputFile.Contents) {
        self.path = path
        self.make = make
    }

    init(_ file: OutputFile) {
        let contents = file.contents
        self.init(path: file.path) { contents }
    }
}
