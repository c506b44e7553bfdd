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
            var quoted = false, hasQuote = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: ","), 10, 13: quoted = true
                case UInt8(ascii: "\""): (quoted, hasQuote) = (true, true)
                default: continue
                }
                if hasQuote { break }
            }
            if quoted { out.append(UInt8(ascii: "\"")) }
            if formula { out.append(UInt8(ascii: "'")) }
            if hasQuote {
                for byte in bytes {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
            } else {
                // Most cells hold no quote: their bytes go in as one copy.
                out.append(contentsOf: bytes)
            }
            if quoted { out.append(UInt8(ascii: "\"")) }
        }
    }
}
