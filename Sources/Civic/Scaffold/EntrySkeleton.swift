/// The text of a new entry: its required fields with `TODO:` placeholders, and its optional
/// fields commented out, each with a line of help from `ContentSchema`.
enum EntrySkeleton {
    static let placeholder = ContentSchema.placeholder

    static func text(for kind: EntryKind, id: String) -> String {
        let schema = ContentSchema.entry(kind)
        var lines = ["---",
                     "# A new \(kind.singular). Replace every TODO, then run: civic check",
                     "# Lines starting with # are optional fields: remove the # to use one."]
        for field in schema.fields {
            lines += fieldLines(field, required: field.required)
        }
        lines.append("---")
        lines.append("\(placeholder): write the \(kind.singular)'s story here, in plain language (Markdown).")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Placeholders still in a text, as the keys (or "body") they stand in.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var inFrontMatter = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line == "---" {
                inFrontMatter = index == 0
                continue
            }
            if line.hasPrefix("#") { continue }
            if inFrontMatter, let colon = line.firstIndex(of: ":"), line[colon...].contains(placeholder) {
                found.append(line[..<colon].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "- ")))
            } else if !inFrontMatter && line.hasPrefix(placeholder) {
                found.append("body")
            }
        }
        return found
    }

    private static func fieldLines(_ field: Field, required: Bool) -> [String] {
        let prefix = required ? "" : "# "
        let value: String
        switch field.kind {
        case .choice(let values):
            value = required ? "\(placeholder)  # one of: \(values.joined(separator: ", "))" : values[0]
        case .references(let noun), .reference(let noun):
            value = required ? "\(placeholder)  # \(field.help)" : "\(noun)-id"
        case .followUps:
            value = "[commitment-id, review-id/question-id]"
        case .tags:
            value = "[edition-2025]"
        case .languages:
            value = "[en-GB, cy]"
        case .day:
            value = required ? "\(placeholder)  # YYYY-MM-DD" : "2026-01-31"
        case .dateTime:
            value = required ? "\(placeholder)  # YYYY-MM-DDTHH:MM" : "2026-01-31T18:00"
        case .list(.map(let item)), .listOrPath(.map(let item), _):
            let example = item.fields.filter(\.required).map { "\($0.key): ..." }.joined(separator: ", ")
            return ["\(prefix)\(field.key):   # \(field.help)", "\(prefix)  - {\(example)}"]
        case .map(let nested):
            return ["\(prefix)\(field.key):   # \(field.help)"]
                + nested.fields.map { "\(prefix)  \($0.key): ...   # \($0.help)" }
        default:
            value = required ? "\"\(placeholder): \(field.help)\"" : "..."
        }
        if required { return ["\(field.key): \(value)"] }
        return ["# \(field.key): \(value)   # \(field.help)"]
    }
}

import Foundation
