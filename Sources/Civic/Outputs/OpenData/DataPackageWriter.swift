import Foundation

/// `data/datapackage.json`: a Frictionless Data Package describing every table civic
/// writes under `data/`, with each column's type, so that open-data tools read numbers,
/// dates and yes/no columns without guessing (https://specs.frictionlessdata.io/).
enum DataPackageWriter {
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
                         schema: Schema(fields: table.columns.map {
                             TableField(name: $0.name, type: $0.type, description: $0.description.isEmpty ? nil : $0.description)
                         }))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(package)) ?? Data("{}".utf8)
        return String(decoding: OpenDataWriter.escapeMarkupCharacters(data), as: UTF8.self) + "\n"
    }
}
