/// Where a template's bytes go: one growing buffer, or pieces of about 64 KiB handed on as
/// they fill, so that a page listing 50,000 commitments is never held whole. Only ever
/// appended to: the indentation of a standalone partial is held back (`pending`) and
/// written just before the first byte that follows it, instead of being inserted after.
struct RenderOutput {
    private(set) var buffer: [UInt8] = []
    private let handOn: (([UInt8]) -> Void)?
    /// Bytes written so far, handed on or not; indentation held back is not counted.
    private(set) var count = 0
    /// The last two bytes written, for the indentation rule (`\n`, not `\r\n`).
    private(set) var last: UInt8 = 0
    private(set) var beforeLast: UInt8 = 0
    /// Indentation to write before the next byte, if any byte comes.
    var pending: [UInt8]?

    static let pieceSize = 1 << 16

    /// Collects everything in `buffer`.
    init(capacity: Int) {
        handOn = nil
        buffer.reserveCapacity(capacity)
    }

    /// Hands the bytes on in pieces; call `finish()` after the last.
    init(handingOn: @escaping ([UInt8]) -> Void) {
        handOn = handingOn
        buffer.reserveCapacity(Self.pieceSize + 4096)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let lastByte = bytes.last else { return }
        if let indentation = pending {
            pending = nil
            append(indentation)
        }
        buffer.append(contentsOf: bytes)
        count += bytes.count
        beforeLast = bytes.count > 1 ? bytes[bytes.count - 2] : last
        last = lastByte
        if handOn != nil, buffer.count >= Self.pieceSize { flush() }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// `text` escaped for HTML, byte by byte (see `HTMLText`).
    mutating func append(escaping text: String) {
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            for index in bytes.indices {
                guard let replacement = HTMLText.replacement(for: bytes[index]) else { continue }
                append(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                replacement.withUTF8Buffer { append($0) }
                copied = index + 1
            }
            append(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }

    /// Hands on what is left, when handing on.
    mutating func finish() {
        if handOn != nil { flush() }
    }

    private mutating func flush() {
        guard let handOn, !buffer.isEmpty else { return }
        handOn(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
