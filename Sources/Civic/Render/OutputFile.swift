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
