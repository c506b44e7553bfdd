/// An indicator's breakdowns as tables a person can read: one table per kind of breakdown
/// (`Sex`, `Age`, `Age | Sex`), a row per group and a column per date, the most recent
/// dates first left to right in date order. The download keeps every figure.
final class BreakdownTableView: Sendable {
    let id: String
    let caption: String
    let heading: String
    let dates: [DateView]
    let rows: [BreakdownRowView]
    /// "The download has the figures for 9 earlier dates."
    let omitted: String?

    init(id: String, caption: String, heading: String, dates: [DateView], rows: [BreakdownRowView], omitted: String?) {
        (self.id, self.caption, self.heading, self.dates, self.rows, self.omitted) = (id, caption, heading, dates, rows, omitted)
    }
}

final class BreakdownRowView: Sendable {
    let label: String
    let cells: [String]

    init(label: String, cells: [String]) {
        self.label = label
        self.cells = cells
    }
}

/// Groups breakdown points by their dimensions: `Age: 16 to 24 | Sex: Female` is in the
/// `Age | Sex` table, row `16 to 24, Female`. A label without `name: value` parts is its
/// own group's row in a table headed by the theme's word for a breakdown.
struct BreakdownGroups {
    struct Group {
        var dimensions: String
        var rows: [(label: String, points: [Indicator.Point])]
    }

    /// At most this many dates per table on the page.
    static let datesShown = 3
    /// A kind of breakdown with more groups than this (every council of a country) stays in
    /// the download, and the page says so; so do the kinds after the first few.
    static let rowsShown = 12
    static let tablesShown = 3

    static func groups(_ points: [Indicator.Point]) -> [Group] {
        var order: [String] = []
        var byDimensions: [String: [(label: String, points: [Indicator.Point])]] = [:]
        // A series of 100,000 figures names a few hundred breakdowns: each name is split
        // once, and each row found by a lookup rather than a search of the rows.
        var parsed: [String: (dimensions: String, label: String)] = [:]
        var rowIndex: [String: [String: Int]] = [:]
        for point in points {
            guard let name = point.disaggregation, !name.isEmpty else { continue }
            let (dimensions, label) = parsed[name] ?? {
                let parts = name.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let pairs = parts.map { part -> (String, String) in
                    guard let colon = part.firstIndex(of: ":") else { return ("", part) }
                    return (part[..<colon].trimmingCharacters(in: .whitespaces), part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                }
                let split = (pairs.map(\.0).joined(separator: " | "), pairs.map(\.1).joined(separator: ", "))
                parsed[name] = split
                return split
            }()
            if byDimensions[dimensions] == nil { order.append(dimensions) }
            if let index = rowIndex[dimensions]?[label] {
                byDimensions[dimensions]![index].points.append(point)
            } else {
                rowIndex[dimensions, default: [:]][label] = byDimensions[dimensions, default: []].count
                byDimensions[dimensions, default: []].append((label, [point]))
            }
        }
        return order.map { Group(dimensions: $0, rows: byDimensions[$0]!) }
    }
}

extension ViewBuilder {
    /// The tables, and a sentence naming the kinds of breakdown too long to show.
    func breakdownTables(_ indicator: Indicator, anchor: String) -> (tables: [BreakdownTableView], inDownload: String?) {
        let counted = indicator.breakdowns
        var tables: [BreakdownTableView] = []
        var tooLong: [String] = []
        for group in BreakdownGroups.groups(counted) {
            let heading = group.dimensions.isEmpty ? t["breakdown"] : group.dimensions.split(separator: "|")
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
            guard group.rows.count <= BreakdownGroups.rowsShown, tables.count < BreakdownGroups.tablesShown else {
                tooLong.append(t.format("breakdown_groups", ["by": heading, "n": String(group.rows.count)]))
                continue
            }
            let allDates = Set(group.rows.flatMap { $0.points.map(\.date) }).sorted()
            let shown = Array(allDates.suffix(BreakdownGroups.datesShown))
            let rows = group.rows.map { row in
                BreakdownRowView(label: row.label, cells: shown.map { date in
                    row.points.last { $0.date == date }.map { t.number($0.value, precision: indicator.precision) } ?? t["no_figure"]
                })
            }
            let hidden = allDates.count - shown.count
            tables.append(BreakdownTableView(
                id: "\(anchor)-breakdown-\(tables.count + 1)",
                caption: t.format("breakdown_caption", ["title": indicator.title, "by": heading]) + (indicator.unit.map { " (\($0))" } ?? ""),
                heading: heading,
                dates: shown.map { DateView(iso: $0.isoText, text: t.date($0)) }, rows: rows,
                omitted: hidden > 0 ? t.format(hidden == 1 ? "breakdown_omitted_one" : "breakdown_omitted", ["n": String(hidden)]) : nil))
        }
        let inDownload = tooLong.isEmpty ? nil : t.format("breakdown_in_download", ["list": tooLong.joined(separator: "; ")])
        return (tables, inDownload)
    }
}
