#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CSV output: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return, and not a number) prefixed
/// with `'`, as the OWASP guidance on CSV injection recommends.
enum CSVText {
    static func table(_ rows: [[String]]) -> String {
        String(decoding: bytes(rows), as: UTF8.self)
    }

    static func bytes(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 32)
        for row in rows { append(row: row, to: &out) }
        return out
    }

    /// One row, ended by CR LF.
    static func append(row: [String], to out: inout [UInt8]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(cell, to: &out)
        }
        out.append(13)
        out.append(10)
    }

    static func cell(_ raw: String) -> String {
        var out: [UInt8] = []
        append(raw, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ raw: String, to out: inout [UInt8]) {
        var text = raw
        text.withUTF8 { bytes in
            let formula: Bool
            switch bytes.first {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13: formula = NumberText.parse(raw) == nil
            default: formula = false
            }
            // Found with `memchr`, many bytes at a time: a loop over each byte of every story
            // took most of the making of a table of stories.
            func position(of byte: UInt8, from start: Int) -> Int? {
                guard let base = bytes.baseAddress, start < bytes.count,
                      let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            let hasQuote = position(of: UInt8(ascii: "\""), from: 0) != nil
            let quoted = hasQuote || position(of: UInt8(ascii: ","), from: 0) != nil || position(of: 10, from: 0) != nil
                || position(of: 13, from: 0) != nil
            if quoted { out.append(UInt8(ascii: "\"")) }
            if formula { out.append(UInt8(ascii: "'")) }
            if hasQuote {
                // Each run up to a quote, the quote included, goes in as one copy, then the
                // quote again.
                var from = 0
                while let quote = position(of: UInt8(ascii: "\""), from: from) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...quote]))
                    out.append(UInt8(ascii: "\""))
                    from = quote + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
            } else {
                // Most cells hold no quote: their bytes go in as one copy.
                out.append(contentsOf: bytes)
            }
            if quoted { out.append(UInt8(ascii: "\"")) }
        }
    }
}
