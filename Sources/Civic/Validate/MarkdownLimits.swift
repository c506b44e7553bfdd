/// Bounds on the Markdown civic hands to cmark-gfm. Debian's 0.29.0.gfm.6 lacks the 2023
/// fixes for inputs whose parsing time grows with the square of their size (a body of
/// repeated `![[]()`, a table with thousands of columns), so civic refuses such inputs
/// before parsing: a body, a Markdown field and a table's column count each have a limit.
/// docs/content.md gives the worst cases measured at these limits.
enum MarkdownLimits {
    /// Largest Markdown body of an entry, in bytes (some 10,000 words).
    static let bodyBytes = 64 * 1024
    /// Largest Markdown text in a front-matter field (a summary, an update's note), in bytes.
    static let fieldBytes = 8 * 1024
    /// Largest sum of the Markdown fields of one file (its updates' notes and the like).
    static let fieldsPerFileBytes = 64 * 1024
    /// Most columns in one table.
    static let tableColumns = 64

    /// The first limit `text` breaks, as a diagnostic at its place; nil when it keeps them all.
    static func problem(in text: MarkdownText, limit: Int, what: String) -> Diagnostic? {
        let size = text.text.utf8.count
        if size > limit {
            return .error(text.location, "\(what) is \(kibibytes(size)) KiB, more than the limit of \(kibibytes(limit)) KiB",
                          hint: "split it over several entries or pages, or link to a document under media/")
        }
        // Only a text with a pipe can hold a table.
        guard ByteSearch.contains("|", in: text.text) else { return nil }
        var line = text.location.line
        var bytes = text.text
        // Line by line over the bytes as they are: splitting the text into lines first cost
        // a tenth of the validation of a large site.
        let widest = bytes.withUTF8 { buffer -> (line: Int, columns: Int)? in
            var start = 0
            while start <= buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
                let columns = delimiterRowColumns(buffer[start..<end])
                if columns > tableColumns { return (line, columns) }
                line += 1
                start = end + 1
            }
            return nil
        }
        guard let widest else { return nil }
        return .error(SourceLocation(path: text.location.path, line: widest.line, column: 1),
                      "this table has \(widest.columns) columns, more than the limit of \(tableColumns)",
                      hint: "split the table, or publish the figures as a CSV file under data/")
    }

    /// The number of cells of a table's delimiter row (`| --- | :-: |`), or 0 when the line
    /// is not one.
    static func delimiterRowColumns<Line: Sequence<UInt8>>(_ line: Line) -> Int {
        var cells = 0
        var inCell = false
        var pipes = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: ":"):
                if !inCell { cells += 1; inCell = true }
            case UInt8(ascii: "|"):
                pipes += 1
                inCell = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 13:
                continue
            default:
                return 0
            }
        }
        return pipes > 0 ? cells : 0
    }

    private static func kibibytes(_ bytes: Int) -> Int { (bytes + 1023) / 1024 }
}
