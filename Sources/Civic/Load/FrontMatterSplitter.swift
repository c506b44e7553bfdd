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
        var text = source.text
        // Works on the UTF-8 bytes: every build splits every entry, and the fences are ASCII.
        let found: Found = text.withUTF8 { bytes in
            let count = bytes.count
            func lineEnd(_ start: Int) -> Int {
                var index = start
                while index < count, bytes[index] != 10 { index += 1 }
                return index
            }
            func isFence(_ start: Int, _ end: Int, closing: Bool) -> Bool {
                var end = end
                while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
                guard end - start == 3 else { return false }
                let (a, b, c) = (bytes[start], bytes[start + 1], bytes[start + 2])
                return (a == 45 && b == 45 && c == 45) || (closing && a == 46 && b == 46 && c == 46)
            }
            let firstEnd = lineEnd(0)
            guard isFence(0, firstEnd, closing: false) else { return .noOpening }
            guard firstEnd < count else { return .notClosed }
            var lineStart = firstEnd + 1
            var lineNumber = 2
            while true {
                let end = lineEnd(lineStart)
                if isFence(lineStart, end, closing: true) {
                    let yaml = lineStart == firstEnd + 1
                        ? "\n" : String(decoding: UnsafeBufferPointer(rebasing: bytes[(firstEnd + 1)..<lineStart]), as: UTF8.self)
                    let body = end < count ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(end + 1)...]), as: UTF8.self) : ""
                    return .split(SplitEntry(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1))
                }
                guard end < count else { return .notClosed }
                lineStart = end + 1
                lineNumber += 1
            }
        }
        switch found {
        case .split(let entry):
            return .success(entry)
        case .noOpening:
            if source.text.allSatisfy(\.isWhitespace) {
                return .failure(.error(SourceLocation(path: source.path), "the file is empty",
                                       hint: "an entry starts with a front-matter block between two '---' lines"))
            }
            return .failure(.error(SourceLocation(path: source.path, line: 1, column: 1),
                                   "the file does not start with front matter",
                                   hint: "put a line '---' first, then the fields (title: ...), then another '---'"))
        case .notClosed:
            return .failure(.error(SourceLocation(path: source.path, line: 1, column: 1),
                                   "the front matter opened on line 1 is never closed",
                                   hint: "add a line '---' after the last field"))
        }
    }

    private enum Found {
        case split(SplitEntry)
        case noOpening
        case notClosed
    }
}
