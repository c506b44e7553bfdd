/// Escaping for text placed in HTML and XML, used by the templates and wherever markup is
/// built in code. It replaces `< > & " '` byte by byte. Comparing bytes rather than
/// characters matters for safety, not only speed: a quote followed by a combining mark is
/// one grapheme cluster, unequal to `"`, so an escaper that compares characters leaves it
/// alone and the value can end an attribute early.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: { replacement(for: $0) != nil }) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let replacement = replacement(for: byte) {
                    replacement.withUTF8Buffer { escaped.append(contentsOf: $0) }
                } else {
                    escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    /// What a byte becomes in escaped text, or nil when it stays as it is (templates
    /// escape every `{{value}}` with it: `RenderOutput.append(escaping:)`).
    @inline(__always)
    static func replacement(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
