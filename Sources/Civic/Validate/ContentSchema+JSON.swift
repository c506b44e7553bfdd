import Foundation
import Synchronization

/// JSON Schemas (draft 2020-12) of the content files, made from `ContentSchema`, for
/// editors whose YAML language server offers completion and checks while they type.
public enum ContentJSONSchema {
    /// Each schema's name, its fields, and the files it describes.
    static var schemas: [(name: String, fields: Fields, describes: String)] {
        [("site", ContentSchema.site, "content/site.yml"), ("framework", ContentSchema.framework, "content/framework.yml"),
         ("site.translation", ContentSchema.siteTranslation, "a translation of content/site.yml's text, named site.LANG.yml")]
            + EntryKind.allCases.map { ($0.singular, ContentSchema.entry($0), "the front matter of content/\($0.rawValue)/*.md") }
            + EntryKind.allCases.map {
                ("\($0.singular).translation", ContentSchema.translation($0),
                 "the front matter of a translation, content/\($0.rawValue)/ID.LANG.md")
            }
    }

    /// The file names alone (`site.schema.json`, ...), without building the schemas.
    public static var fileNames: [String] { schemas.map { "\($0.name).schema.json" } }

    /// The file names and texts: `site.schema.json`, `framework.schema.json`, and two per
    /// entry folder (its entries', and their translations'). They depend on the base URL alone, so the last ones made are kept: the
    /// preview plans the site again on every save.
    public static func files(baseURL: String = "https://civic.invalid/schemas/") -> [(name: String, text: String)] {
        if let kept = lastMade.files.withLock(seenBy: lastMade, { $0 }), kept.baseURL == baseURL { return kept.files }
        let files = make(baseURL: baseURL)
        lastMade.files.withLock(seenBy: lastMade) { $0 = (baseURL, files) }
        return files
    }

    private final class Kept: Sendable {
        let files = Mutex<(baseURL: String, files: [(name: String, text: String)])?>(nil)
    }

    private static let lastMade = Kept()

    private static func make(baseURL: String) -> [(name: String, text: String)] {
        schemas.map { name, fields, describes in
            var schema = object(fields)
            schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
            schema["$id"] = baseURL + "\(name).schema.json"
            schema["title"] = "civic: \(describes)"
            let data = (try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return ("\(name).schema.json", String(decoding: data, as: UTF8.self) + "\n")
        }
    }

    static let idPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

    /// A map's schema, accepting exactly what civic accepts: an optional key may be null or
    /// empty (civic takes that as not given), and a key civic does not know is allowed where
    /// civic only warns about it (and refused where civic refuses it, in a figure).
    static func object(_ fields: Fields) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in fields.fields {
            var property = schema(for: field.kind)
            if !field.required || field.nullable { property = ["anyOf": [property, ["type": "null"]]] }
            property["description"] = field.help
            properties[field.key] = property
        }
        var result: [String: Any] = ["type": "object", "properties": properties]
        if fields.unknownKeysAreErrors { result["additionalProperties"] = false }
        let companions: [[String: Any]] = fields.companions.map { rule in
            let needed: [String: Any] = rule.emptyAllowed ? ["type": ["string", "number", "boolean"]]
                : ["anyOf": [["type": "string", "minLength": 1], ["type": ["number", "boolean"]]]]
            return ["if": ["properties": [rule.given: ["not": ["type": "null"]]], "required": [rule.given]],
                    "then": ["properties": [rule.needs: needed], "required": [rule.needs]]]
        }
        if !companions.isEmpty { result["allOf"] = companions }
        let required = fields.fields.filter(\.required).map(\.key)
        if !required.isEmpty { result["required"] = required }
        return result
    }

    static func schema(for kind: Field.Kind) -> [String: Any] {
        switch kind {
        case .text:
            return ["type": ["string", "number", "boolean"]]
        case .markdown:
            return ["type": "string"]
        case .day:
            return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .indicatorDate:
            return ["anyOf": [["type": "integer", "minimum": 1000, "maximum": 9999],
                              ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"]]]
        case .dateTime:
            return ["type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?([Zz]|[+-][0-9]{2}(:[0-9]{2})?)?)?$"]
        case .number:
            return ["type": "number"]
        case .integer(let range):
            var result: [String: Any] = ["type": "integer"]
            if let range {
                result["minimum"] = range.lowerBound
                result["maximum"] = range.upperBound
            }
            return result
        case .boolean:
            return ["type": "boolean"]
        case .url:
            return ["type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^/\\s]"]
        case .choice(let values):
            return ["enum": values]
        case .reference:
            return ["type": "string", "pattern": idPattern]
        case .references:
            let id: [String: Any] = ["type": "string", "pattern": idPattern]
            return ["anyOf": [id, ["type": "array", "items": id]]]
        case .tags:
            let tag: [String: Any] = ["type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9._-]*$"]
            return ["anyOf": [tag, ["type": "array", "items": tag]]]
        case .languages:
            let tag: [String: Any] = ["type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"]
            return ["anyOf": [tag, ["type": "array", "items": tag]]]
        case .followUps:
            // A commitment's id, or a review's id and a question's after a slash.
            let id: [String: Any] = ["type": "string", "pattern": String(idPattern.dropLast()) + "(/[^/\\s]+)?$"]
            return ["anyOf": [id, ["type": "array", "items": id]]]
        case .path(let folder):
            return ["type": "string", "pattern": "^\(folder)/"]
        case .map(let fields):
            return object(fields)
        case .list(let item):
            return ["type": "array", "items": schema(for: item)]
        case .ratings:
            return ["type": "object", "additionalProperties": ["anyOf": [["type": ["integer", "null"]], object(ContentSchema.rating)]]]
        case .counts:
            return ["type": "object", "additionalProperties": ["type": "integer", "minimum": 0]]
        case .textOrMap(let fields):
            return ["anyOf": [["type": "string"], object(fields)]]
        case .listOrPath(let item, let folder):
            return ["anyOf": [["type": "array", "items": schema(for: item)], ["type": "string", "pattern": "^\(folder)/"]]]
        }
    }
}
