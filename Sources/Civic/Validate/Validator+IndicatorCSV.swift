extension Validator {
    /// An indicator's CSV file, as read on all cores before validation.
    func readCSVData(_ path: String, at position: YAMLValue.Position,
                     reader r: inout FieldReader) -> ([Indicator.Point], [Indicator.Point]) {
        guard let data = parsedTables[path] else {
            r.error(position, "'\(path)' is not a readable CSV file")
            return ([], [])
        }
        r.diagnostics += data.diagnostics
        return (data.headline, data.breakdowns)
    }
}

/// The points of one indicator CSV file: headline points (empty `disaggregation`) and
/// breakdowns, with every problem reported in the CSV file itself, at its row and column.
struct IndicatorTable: Sendable {
    var headline: [Indicator.Point] = []
    var breakdowns: [Indicator.Point] = []
    var diagnostics: [Diagnostic] = []

    static func read(_ source: SourceText) -> IndicatorTable {
        var result = IndicatorTable()
        let (headline, breakdowns) = result.read(source)
        result.headline = headline
        result.breakdowns = breakdowns
        return result
    }

    private mutating func read(_ source: SourceText) -> ([Indicator.Point], [Indicator.Point]) {
        let filePath = source.path
        let table: CSVTable
        do throws(CSVTable.ParseError) {
            table = try CSVTable.parse(source.text)
        } catch {
            diagnostics.append(.error(SourceLocation(path: filePath, line: error.line, column: error.column), error.message))
            return ([], [])
        }
        func column(_ name: String) -> Int? { table.header.firstIndex(of: name) }
        if table.header.count == 1, let separator = [(";", "semicolons (;)"), ("\t", "tabs")].first(where: { table.header[0].contains($0.0) }) {
            diagnostics.append(.error(SourceLocation(path: filePath, line: table.headerLine, column: 1),
                                      "the columns of this file are separated by \(separator.1), not commas",
                                      hint: "save it as CSV with commas (in a spreadsheet: 'CSV UTF-8 (comma delimited)')"))
            return ([], [])
        }
        let known = ["date", "value", "note", "disaggregation"]
        for (index, name) in table.header.enumerated() where !known.contains(name) {
            diagnostics.append(.warning(SourceLocation(path: filePath, line: table.headerLine, column: index + 1),
                                          "unknown column '\(name)' is ignored",
                                          hint: Suggestions.hint(for: name, in: known)))
        }
        guard let dateColumn = column("date"), let valueColumn = column("value") else {
            diagnostics.append(.error(SourceLocation(path: filePath, line: table.headerLine, column: 1),
                                        "the CSV file needs the columns 'date' and 'value' in its first row",
                                        hint: "the first row names the columns, for example: date,value,note"))
            return ([], [])
        }
        let noteColumn = column("note")
        let groupColumn = column("disaggregation")
        var headline: [Indicator.Point] = []
        var breakdowns: [Indicator.Point] = []
        var seen: [String: [Day: Int]] = [:]
        for row in table.rows {
            func at(_ column: Int) -> SourceLocation { SourceLocation(path: filePath, line: row.line, column: column + 1) }
            guard row.fields.count == table.header.count else {
                diagnostics.append(.error(at(0), "this row has \(row.fields.count) fields but the header has \(table.header.count)",
                                            hint: "put a field with a comma inside it in double quotes"))
                continue
            }
            let dateText = WhitespaceTrim.trim(row.fields[dateColumn])
            let valueText = WhitespaceTrim.trim(row.fields[valueColumn])
            guard let date = IndicatorDate.parse(dateText) else {
                diagnostics.append(.error(at(dateColumn), "'\(dateText)' is not a year, a month or a day (2025, 2025-06 or 2025-06-30)"))
                continue
            }
            guard let number = NumberText.parse(valueText) else {
                diagnostics.append(.error(at(valueColumn), valueText.isEmpty
                                            ? "the value is empty; leave out a row that has no figure"
                                            : "'\(valueText)' is not a number",
                                            hint: NumberText.commaHint(valueText)))
                continue
            }
            let note = noteColumn.map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            let group = groupColumn.map { WhitespaceTrim.trim(row.fields[$0]) } ?? ""
            if let earlier = seen[group, default: [:]][date.day] {
                diagnostics.append(.error(at(dateColumn),
                                            "a second row for \(date.day)\(group.isEmpty ? "" : " in '\(group)'") (the first is on line \(earlier))",
                                            hint: "a year or month stands for its first day: 2024 and 2024-01 are the same date"))
                continue
            }
            seen[group, default: [:]][date.day] = row.line
            let point = Indicator.Point(date: date, value: .init(text: valueText, number: number), note: note,
                                        disaggregation: group.isEmpty ? nil : group)
            if group.isEmpty { headline.append(point) } else { breakdowns.append(point) }
        }
        return (headline, breakdowns)
    }
}

import Foundation
