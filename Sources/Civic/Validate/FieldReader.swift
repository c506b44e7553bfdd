/// Reads the fields of one YAML map into typed values, turning every problem into a
/// diagnostic at the field's line and column. Keys not in `known` are reported as
/// warnings with the closest known key when `finish()` is called.
struct FieldReader {
    let path: String
    let pairs: [YAMLPair]
    let position: YAMLValue.Position
    /// The fields this map may have, from `ContentSchema`.
    let schema: Fields
    var diagnostics: [Diagnostic] = []
    /// The bytes of Markdown read from this map and the maps nested in it.
    var markdownBytes = 0

    let known: [String]
    /// What the map describes, for messages ("an indicator", "site.yml").
    var what: String { schema.what }

    /// Nil (with an error) when `value` is not a map.
    init?(_ value: YAMLValue, path: String, schema: Fields, diagnostics: inout [Diagnostic]) {
        guard case .mapping(let pairs, let position) = value else {
            diagnostics.append(.error(Self.location(path, value.position),
                                      "\(schema.what) must be a map of 'key: value' lines, but this is \(value.kindName)"))
            return nil
        }
        self.path = path
        self.pairs = pairs
        self.position = position
        self.schema = schema
        self.known = schema.keys
    }

    static func location(_ path: String, _ position: YAMLValue.Position) -> SourceLocation {
        SourceLocation(path: path, line: position.line, column: position.column)
    }

    func location(_ position: YAMLValue.Position) -> SourceLocation {
        Self.location(path, position)
    }

    var mapLocation: SourceLocation { location(position) }

    mutating func error(_ position: YAMLValue.Position, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(location(position), message, hint: hint))
    }

    mutating func warning(_ position: YAMLValue.Position, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(location(position), message, hint: hint))
    }

    /// Warns about keys nobody asked for (or, where the schema says so, reports them as errors).
    mutating func finish() {
        for pair in pairs where !known.contains(pair.key) {
            guard schema.unknownKeysAreErrors else {
                warning(pair.keyPosition, "unknown key '\(pair.key)' in \(what) is ignored",
                        hint: Suggestions.hint(for: pair.key, in: known))
                continue
            }
            error(pair.keyPosition, "unknown key '\(pair.key)' in \(what)",
                  hint: decimalCommaHint(strayKey: pair.key) ?? Suggestions.hint(for: pair.key, in: known))
        }
    }

    /// `value: 12,5` in a flow map reads as `value: 12` and a key `5`: says how to write it.
    private func decimalCommaHint(strayKey: String) -> String? {
        guard !strayKey.isEmpty, strayKey.allSatisfy(\.isASCII), strayKey.allSatisfy(\.isNumber),
              let value = pairs.first(where: { $0.key == "value" })?.value,
              case .scalar(let text, _, _) = value, Int(text) != nil else { return nil }
        return "use a decimal point: value: \(text).\(strayKey)"
    }

    /// The value of `key`, nil when absent or null. A missing required key is an error.
    /// Whether `key` must be given: as the caller says, else as the schema says.
    func isRequired(_ key: String, _ requiredOverride: Bool?) -> Bool {
        requiredOverride ?? schema.field(key)?.required ?? false
    }

    mutating func value(_ key: String, required requiredOverride: Bool? = nil) -> YAMLValue? {
        let required = isRequired(key, requiredOverride)
        let found = pairs.first { $0.key == key }?.value
        if let found, !found.isNull { return found }
        if required {
            let at = pairs.first { $0.key == key }?.keyPosition ?? position
            error(at, "\(what) needs '\(key)'", hint: found == nil ? "add a line '\(key): ...'" : "give '\(key)' a value")
        }
        return nil
    }

    /// A scalar's text. Numbers and dates written without quotes are kept as written.
    mutating func text(_ key: String, required requiredOverride: Bool? = nil) -> String? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required) else { return nil }
        return scalarText(value, key: key, required: required)
    }

    mutating func scalarText(_ value: YAMLValue, key: String, required: Bool) -> String? {
        guard case .scalar(let raw, _, let position) = value else {
            error(value.position, "'\(key)' must be a single value, not \(value.kindName)")
            return nil
        }
        let text = WhitespaceTrim.trim(raw, newlines: true)
        if text.hasPrefix(ContentSchema.placeholder) {
            error(position, "'\(key)' still holds the placeholder '\(text)'", hint: "replace it with the real \(key)")
            return nil
        }
        if text.isEmpty {
            if required { error(position, "'\(key)' is empty", hint: "write the \(key), or remove the line if it is optional") }
            return nil
        }
        return text
    }

    mutating func markdown(_ key: String, required requiredOverride: Bool? = nil) -> MarkdownText? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        // A block scalar (`|` or `>`) is marked at its indicator; its text starts a line later.
        var line = value.position.line
        if case .scalar(let raw, false, _) = value, raw.utf8.contains(UInt8(ascii: "\n")) { line += 1 }
        let markdown = MarkdownText(text: text, location: SourceLocation(path: path, line: line, column: value.position.column))
        markdownBytes += text.utf8.count
        if let problem = MarkdownLimits.problem(in: markdown, limit: MarkdownLimits.fieldBytes, what: "'\(key)'") {
            diagnostics.append(problem)
            return nil
        }
        return markdown
    }

    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type, required requiredOverride: Bool? = nil) -> E?
    where E.RawValue == String {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        return parseEnum(text, E.self, key: key, at: value.position)
    }

    mutating func parseEnum<E: RawRepresentable & CaseIterable>(_ text: String, _: E.Type, key: String,
                                                                at position: YAMLValue.Position) -> E?
    where E.RawValue == String {
        if let found = E(rawValue: text) { return found }
        let allowed = E.allCases.map(\.rawValue)
        error(position, "'\(text)' is not a valid \(key)",
              hint: Suggestions.hint(for: text, in: allowed) ?? "use one of: \(allowed.joined(separator: ", "))")
        return nil
    }

    /// A full day (`2025-06-30`).
    mutating func day(_ key: String, required requiredOverride: Bool? = nil) -> Day? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        return parseDay(text, key: key, at: value.position)
    }

    mutating func parseDay(_ text: String, key: String, at position: YAMLValue.Position) -> Day? {
        if let day = Day.parse(text) { return day }
        if let parts = DateText.parts(text), parts.count == 3 {
            error(position, "'\(text)' is not a date that exists", hint: "check the day and month")
        } else {
            error(position, "'\(key)' must be a full date written YYYY-MM-DD, not '\(text)'")
        }
        return nil
    }

    /// A year, month or day (`2025`, `2025-06`, `2025-06-30`).
    mutating func indicatorDate(_ key: String, required requiredOverride: Bool? = nil) -> IndicatorDate? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        return parseIndicatorDate(text, key: key, at: value.position)
    }

    mutating func parseIndicatorDate(_ text: String, key: String, at position: YAMLValue.Position) -> IndicatorDate? {
        if let date = IndicatorDate.parse(text) { return date }
        if DateText.parts(text) != nil {
            error(position, "'\(text)' is not a date that exists", hint: "check the day and month")
        } else {
            error(position, "'\(key)' must be a year, a month or a day (2025, 2025-06 or 2025-06-30), not '\(text)'")
        }
        return nil
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>? = nil, required requiredOverride: Bool? = nil) -> Int? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        guard let number = Int(text) else {
            error(value.position, "'\(key)' must be a whole number, not '\(text)'")
            return nil
        }
        if let range, !range.contains(number) {
            error(value.position, "'\(key)' must be from \(range.lowerBound) to \(range.upperBound), not \(number)")
            return nil
        }
        return number
    }

    mutating func number(_ key: String, required requiredOverride: Bool? = nil) -> Indicator.Value? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        guard let number = NumberText.parse(text) else {
            error(value.position, "'\(key)' must be a number, not '\(text)'", hint: NumberText.commaHint(text))
            return nil
        }
        return Indicator.Value(text: text, number: number)
    }

    /// An http or https URL.
    mutating func url(_ key: String, required requiredOverride: Bool? = nil) -> String? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        return checkURL(text, key: key, at: value.position)
    }

    mutating func checkURL(_ text: String, key: String, at position: YAMLValue.Position) -> String? {
        if URLRule.isWebURL(text) { return text }
        error(position, "'\(key)' must be a web address starting with https:// or http://, not '\(text)'")
        return nil
    }

    /// One id, as a reference to check later.
    mutating func reference(_ key: String, required requiredOverride: Bool? = nil) -> Reference? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required), let text = scalarText(value, key: key, required: required) else {
            return nil
        }
        return Reference(id: text, location: location(value.position))
    }

    /// A list of ids; a single id is accepted as a list of one.
    mutating func references(_ key: String, required requiredOverride: Bool? = nil) -> [Reference] {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required) else { return [] }
        let items: [YAMLValue]
        switch value {
        case .sequence(let list, _): items = list
        case .scalar: items = [value]
        case .mapping:
            error(value.position, "'\(key)' must be an id or a list of ids, not a map")
            return []
        }
        var result: [Reference] = []
        for item in items {
            if let text = scalarText(item, key: key, required: true) {
                result.append(Reference(id: text, location: location(item.position)))
            }
        }
        if required && result.isEmpty && items.isEmpty {
            error(value.position, "'\(key)' needs at least one id")
        }
        return result
    }

    /// A list of values (a single value is accepted as a list of one).
    mutating func list(_ key: String, required requiredOverride: Bool? = nil) -> [YAMLValue]? {
        let required = isRequired(key, requiredOverride)
        guard let value = value(key, required: required) else { return nil }
        switch value {
        case .sequence(let items, _): return items
        case .mapping, .scalar:
            error(value.position, "'\(key)' must be a list (lines starting with '- '), not \(value.kindName)")
            return nil
        }
    }

    /// A path under `content/` that must stay inside it and start with `folder/`.
    mutating func contentPath(_ key: String, folder: String, published: Set<String>) -> String? {
        guard let value = value(key), let text = scalarText(value, key: key, required: false) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if text.hasPrefix("/") || parts.contains("..") || parts.contains(".") || text.contains("\\") {
            error(value.position, "'\(key)' must be a path inside content/ such as '\(folder)/file', not '\(text)'",
                  hint: text.hasPrefix("/") ? "write it without the leading '/'" : nil)
            return nil
        }
        guard text.hasPrefix("\(folder)/") else {
            error(value.position, "'\(key)' must be a file under \(folder)/, not '\(text)'")
            return nil
        }
        if !published.contains(text) {
            error(value.position, "'\(text)' does not exist under content/",
                  hint: Suggestions.hint(for: text, in: published.filter { $0.hasPrefix("\(folder)/") }))
            return nil
        }
        return text
    }
}

/// Which URLs may appear in a field.
enum URLRule {
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        let rest = text.drop(while: { $0 != ":" }).dropFirst(3)
        return !rest.isEmpty && !rest.hasPrefix("/") && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }
}

import Foundation
