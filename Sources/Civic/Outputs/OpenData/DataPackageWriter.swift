import Foundation

/// `data/datapackage.json`: a Frictionless Data Package describing every table civic
/// writes under `data/`, with each column's type, so that open-data tools read numbers,
/// dates and yes/no columns without guessing (https://specs.frictionlessdata.io/).
enum DataPackageWriter {
    /// Each table's columns in order, with their Table Schema type and what they hold.
    static let columns: [OpenDataTable: [(name: String, type: String, description: String)]] = [
        .outcomes: [("id", "string", "the outcome's id"), ("title", "string", ""), ("pillar", "string", "the pillar's id"),
                     ("summary", "string", ""), ("leads", "string", "lead partner ids, separated by spaces"),
                     ("indicators", "integer", "how many indicators it has"), ("url", "string", "its page"),
                     ("body", "string", "its text, as Markdown")],
        .indicators: [("outcome", "string", "the outcome's id"), ("id", "string", "the indicator's id"), ("title", "string", ""),
                       ("unit", "string", ""), ("direction", "string", "increase, decrease or maintain"),
                       ("status", "string", "its status at the as-of date"),
                       ("baseline_date", "string", "a year, month or day (2024, 2024-06 or 2024-06-30)"), ("baseline_value", "number", ""),
                       ("target_date", "string", "a year, month or day"), ("target_value", "number", ""),
                       ("latest_date", "string", "a year, month or day"), ("latest_value", "number", ""),
                       ("source", "string", "who publishes the figures"), ("csv", "string", "the indicator's own table")],
        .figures: [("outcome", "string", "the outcome's id"), ("indicator", "string", "the indicator's id"),
                    ("date", "string", "a year, month or day (2024, 2024-06 or 2024-06-30)"), ("value", "number", "as published, every digit kept"),
                    ("note", "string", ""), ("disaggregation", "string", "empty for the headline figure; else the group, such as 'Sex: Female'")],
        .commitments: [("id", "string", ""), ("title", "string", ""), ("lead", "string", "the lead partner's id"),
                        ("partners", "string", "partner ids, separated by spaces"), ("outcomes", "string", "outcome ids, separated by spaces"),
                        ("status", "string", ""), ("start", "date", ""), ("due", "date", ""), ("area", "string", "the area's id"),
                        ("overdue", "boolean", "at the as-of date"), ("quiet", "boolean", "at the as-of date"),
                        ("progress", "integer", "latest progress reported, 0 to 100"), ("url", "string", "its page"),
                        ("future_generations", "string", "as Markdown"), ("body", "string", "its text, as Markdown")],
        .updates: [("commitment", "string", "the commitment's id"), ("date", "date", ""), ("status", "string", ""),
                    ("progress", "integer", "0 to 100"), ("note", "string", "as Markdown")],
        .ratings: [("assessment", "string", "the review's id"), ("date", "date", ""), ("period", "string", ""),
                    ("question", "string", "the question's id"), ("rating", "integer", "on the review scale; empty when not rated"),
                    ("change", "string", "since the review before"), ("evidence", "string", "as Markdown"), ("next_steps", "string", "as Markdown")],
        .celebrations: [("id", "string", ""), ("title", "string", ""), ("date", "date", ""),
                         ("outcomes", "string", "outcome ids, separated by spaces"), ("commitments", "string", "commitment ids, separated by spaces"),
                         ("partners", "string", "partner ids, separated by spaces"), ("image", "string", ""), ("url", "string", "its page"),
                         ("body", "string", "its story, as Markdown")],
        .conversations: [("id", "string", ""), ("title", "string", ""), ("start", "datetime", "with its offset from UTC"),
                          ("end", "datetime", "with its offset from UTC"), ("place", "string", ""), ("format", "string", ""),
                          ("upcoming", "boolean", "at the as-of date"), ("hosts", "string", "partner ids, separated by spaces"),
                          ("outcomes", "string", "outcome ids, separated by spaces"), ("access", "string", "access offered, separated by spaces"),
                          ("attendance", "integer", "how many people came"), ("url", "string", "its page"),
                          ("heard", "string", "what was heard, as Markdown"), ("missing", "string", "who was missing, as Markdown"),
                          ("body", "string", "its text, as Markdown")],
        .partners: [("id", "string", ""), ("name", "string", ""), ("kind", "string", ""), ("side", "string", ""),
                     ("website", "string", ""), ("url", "string", "its page"), ("body", "string", "its text, as Markdown")],
    ]

    struct Package: Encodable {
        var profile = "tabular-data-package"
        var name: String
        var title: String
        var description: String
        var homepage: String
        var created: String
        var licenses: [License]
        var resources: [Resource]
    }

    struct License: Encodable {
        var name: String?
        var title: String
        var path: String?
    }

    struct Resource: Encodable {
        var profile = "tabular-data-resource"
        var name: String
        var path: String
        var format = "csv"
        var mediatype = "text/csv"
        var encoding = "utf-8"
        var schema: Schema
    }

    struct Schema: Encodable {
        var fields: [TableField]
        var missingValues = [""]
    }

    struct TableField: Encodable {
        var name: String
        var type: String
        var description: String?
    }

    static func json(_ p: ResolvedPartnership, _ t: Translations) -> String {
        let site = p.model.site
        let licence = site.licence.map { text in
            // An SPDX-style id (CC-BY-4.0, OGL-UK-3.0) is a licence's name; other text is its title.
            text.contains(" ") ? License(name: nil, title: text, path: Route.section(.data).url(under: site.baseURL))
                : License(name: text, title: text, path: nil)
        }
        let package = Package(
            name: IDRule.suggestion(for: site.name).flatMap { $0.isEmpty ? nil : $0 } ?? "civic-partnership", title: site.name,
            description: t.format("datapackage_description", ["name": site.name, "locality": site.locality, "date": t.date(p.asOf)])
                + " " + t["data_formula_guard"],
            homepage: site.baseURL, created: p.asOf.description + "T00:00:00Z",
            licenses: licence.map { [$0] } ?? [],
            resources: OpenDataTable.allCases.map { table in
                Resource(name: table.rawValue, path: String(Route.openDataTable(table).path.dropFirst(Route.section(.data).path.count)),
                         schema: Schema(fields: (columns[table] ?? []).map {
                             TableField(name: $0.name, type: $0.type, description: $0.description.isEmpty ? nil : $0.description)
                         }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(package)) ?? Data("{}".utf8)
        return String(decoding: OpenDataWriter.escapeMarkupCharacters(data), as: UTF8.self) + "\n"
    }
}
