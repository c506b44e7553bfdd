/// A CSV file read as RFC 4180 text: a header row and data rows, each with the line it
/// starts on. Quoted fields may hold commas, quotes (doubled) and line breaks.
struct CSVTable: Sendable {
    struct Row: Sendable {
        var line: Int
        var fields: [String]
    }

    var header: [String]
    var headerLine: Int
    var rows: [Row]

    struct ParseError: Error, Sendable {
        var line: Int
        var column: Int
        var message: String
    }

    static func parse(_ text: String) throws(ParseError) -> CSVTable {
        var records: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var column = 0
        var recordLine = 1
        var inQuotes = false
        var quotedFieldEnded = false
        var quoteLine = 1
        var quoteColumn = 1
        // Line ends: CRLF (Windows) and a lone CR (old Mac) both end a line.
        var bytes = Array(text.utf8)
        if bytes.contains(13) {
            var normalised: [UInt8] = []
            normalised.reserveCapacity(bytes.count)
            for (offset, byte) in bytes.enumerated() {
                if byte == 13 {
                    if offset + 1 < bytes.count && bytes[offset + 1] == 10 { continue }
                    normalised.append(10)
                } else {
                    normalised.append(byte)
                }
            }
            bytes = normalised
        }
        var index = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quotedFieldEnded = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            column += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                        column += 1
                    } else {
                        inQuotes = false
                        quotedFieldEnded = true
                    }
                } else {
                    if byte == 10 {
                        line += 1
                        column = 0
                    }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case 10:
                endField()
                records.append(Row(line: recordLine, fields: fields))
                fields.removeAll()
                line += 1
                column = 0
                recordLine = line
            case UInt8(ascii: "\""):
                if field.isEmpty && !quotedFieldEnded {
                    inQuotes = true
                    quoteLine = line
                    quoteColumn = column
                } else {
                    throw ParseError(line: line, column: column,
                                     message: "a quote mark inside a field that does not start with one")
                }
            default:
                if quotedFieldEnded {
                    throw ParseError(line: line, column: column,
                                     message: "text after the closing quote of a field")
                }
                field.append(byte)
            }
        }
        if inQuotes {
            throw ParseError(line: quoteLine, column: quoteColumn, message: "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || quotedFieldEnded {
            endField()
            records.append(Row(line: recordLine, fields: fields))
        }
        // Blank lines carry no record.
        records.removeAll { $0.fields == [""] }
        guard let header = records.first else {
            throw ParseError(line: 1, column: 1, message: "the CSV file is empty; it needs a header row 'date,value'")
        }
        return CSVTable(header: header.fields.map { $0.trimmingCharacters(in: .whitespaces) },
                        headerLine: header.line, rows: Array(records.dropFirst()))
    }
}

import Foundation

extension CSVText {
    /// A CSV table from the site's `data/` folder written again as civic writes its own, so
    /// that it passes through the same guard, or where it cannot be read as CSV.
    static func guarded(_ source: SourceText) -> Result<[UInt8], CSVTable.ParseError> {
        do {
            let table = try CSVTable.parse(source.text)
            return .success(bytes([table.header] + table.rows.map(\.fields)))
        } catch {
            return .failure(error)
        }
    }
}
