/// A text file of the site, decoded and normalised: a byte-order mark removed and CRLF
/// line endings turned into LF, so that both build exactly like their plain twins.
struct SourceText: Sendable, Hashable {
    /// Path relative to the site folder, with `/` separators (`content/outcomes/clean-air.md`).
    var path: String
    var text: String {
        didSet { knownHash = nil }
    }
    /// The fingerprint of `text`, once taken: the preview's `SourceCache` keeps it with the
    /// text, so that a save does not fingerprint again the 10,000 files it did not change.
    private var knownHash: ContentHash?

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The fingerprint of `text` (`ContentHash(text:)`).
    var contentHash: ContentHash { knownHash ?? ContentHash(text: text) }

    /// The same text with its fingerprint taken.
    func fingerprinted() -> SourceText {
        var copy = self
        copy.knownHash = contentHash
        return copy
    }

    static func == (a: SourceText, b: SourceText) -> Bool { a.path == b.path && a.text == b.text }

    func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(text)
    }

    /// Decodes bytes as UTF-8, or says where the first invalid byte is.
    static func decode(path: String, bytes: [UInt8]) -> Result<SourceText, Diagnostic> {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard !bytes.contains(0) else {
            return .failure(.error(SourceLocation(path: path), "the file holds binary data (a NUL byte), not text"))
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: Array(bytes))
            return .failure(.error(SourceLocation(path: path, line: line, column: column),
                                   "the file is not valid UTF-8 text",
                                   hint: "save it as UTF-8 in your editor"))
        }
        var text = decoded
        if ByteSearch.contains("\r", in: text) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return .success(SourceText(path: path, text: text))
    }

    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 0 || index + length > bytes.count
                || !bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
                || String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
                return (line, column)
            }
            if byte == 10 {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}

import Foundation
