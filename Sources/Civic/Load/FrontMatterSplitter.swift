/// An entry file split into its YAML front matter and its Markdown body, with the line on
/// which each begins so that positions map back into the `.md` file itself.
struct SplitEntry: Sendable {
    var yaml: String
    /// 1-based line of the file where the YAML text begins (the line after the opening `---`).
    var yamlFirstLine: Int
    var body: String
    /// 1-based line of the file where the body begins.
    var bodyFirstLine: Int
}

/// Splits `---` front matter from the body. Only a line that is exactly `---` (trailing
/// spaces allowed) opens or closes the block; `...` also closes it, as in YAML.
enum FrontMatterSplitter {
    static func split(_ source: SourceText) -> Result<SplitEntry, Diagnostic> {
        let text = source.text
        if text.allSatisfy(\.isWhitespace) {
            return .failure(.error(SourceLocation(path: source.path), "the file is empty",
                                   hint: "an entry starts with a front-matter block between two '---' lines"))
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, closing: false) else {
            return .failure(.error(SourceLocation(path: source.path, line: 1, column: 1),
                                   "the file does not start with front matter",
                                   hint: "put a line '---' first, then the fields (title: ...), then another '---'"))
        }
        lines.removeFirst()
        guard let closeIndex = lines.firstIndex(where: { isFence($0, closing: true) }) else {
            return .failure(.error(SourceLocation(path: source.path, line: 1, column: 1),
                                   "the front matter opened on line 1 is never closed",
                                   hint: "add a line '---' after the last field"))
        }
        let yaml = lines[..<closeIndex].joined(separator: "\n") + "\n"
        let body = lines[(closeIndex + 1)...].joined(separator: "\n")
        return .success(SplitEntry(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closeIndex + 3))
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }
}
