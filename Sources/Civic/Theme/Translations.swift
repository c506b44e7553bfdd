import Yams

/// The theme's fixed words in the site's language, from `locales/LANG.yml`: a flat map
/// from key to text, where `{name}` marks a place for a value.
struct Translations: Sendable {
    var language: String
    var strings: [String: String] {
        didSet {
            months = Self.months(in: strings)
            numbers = NumberStyle(strings: strings)
        }
    }
    /// How this language writes numbers.
    private(set) var numbers: NumberStyle
    /// The twelve month names, split once from the `months` entry.
    private(set) var months: [String]

    init(language: String, strings: [String: String]) {
        self.language = language
        self.strings = strings
        self.months = Self.months(in: strings)
        self.numbers = NumberStyle(strings: strings)
    }

    private static func months(in strings: [String: String]) -> [String] {
        (strings["months"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static let fallbackLanguage = "en"

    /// Picks `locales/es-CO.yml`, else `locales/es.yml`, else English; English fills any
    /// key the chosen file lacks (and that is reported as a warning).
    static func load(language: String, files: [String: (bytes: [UInt8], origin: String)]) -> StageResult<Translations> {
        var diagnostics: [Diagnostic] = []
        func read(_ code: String) -> [String: String]? {
            guard let (bytes, origin) = files["locales/\(code).yml"] else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            switch YAMLReader.parse(text, path: origin, firstLine: 1) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            case .success(let value):
                guard case .mapping(let pairs, _)? = value else {
                    diagnostics.append(.error(SourceLocation(path: origin), "a translation file must be a map of key: text"))
                    return nil
                }
                var strings: [String: String] = [:]
                for pair in pairs {
                    if case .scalar(let text, _, _) = pair.value { strings[pair.key] = text }
                }
                return strings
            }
        }
        guard let english = read(fallbackLanguage) else {
            diagnostics.append(.error(SourceLocation(path: "templates/locales/en.yml"), "the English translation file is missing or broken"))
            return StageResult(nil, diagnostics)
        }
        let primary = String(language.split(separator: "-").first ?? "en").lowercased()
        var chosenCode = fallbackLanguage
        var strings = english
        for code in [language, primary] where code != fallbackLanguage {
            if let found = read(code) {
                chosenCode = code
                for key in english.keys.sorted() where found[key] == nil {
                    diagnostics.append(.warning(SourceLocation(path: files["locales/\(code).yml"]!.origin),
                                                "the translation '\(key)' is missing; the English text is used"))
                }
                strings.merge(found) { _, new in new }
                break
            }
        }
        return StageResult(Translations(language: chosenCode, strings: strings), diagnostics)
    }

    subscript(_ key: String) -> String {
        strings[key] ?? key
    }

    /// The text for `key` with each `{name}` replaced by its value, in one pass, so that a
    /// value that itself holds braces is never replaced again. Unknown names stay as written.
    func format(_ key: String, _ values: [String: String]) -> String {
        let text = self[key]
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
                  let value = values[String(rest[afterOpen..<close])] else {
                result += "{"
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A day as people write it in this language ("24 November 2026").
    func date(_ day: Day) -> String {
        let month = months.count == 12 ? months[day.month - 1] : String(day.month)
        return format("date_format", ["day": String(day.day), "month": month, "year": String(day.year)])
    }

    /// An indicator date as it reads inside a sentence, with the preposition its precision
    /// takes: "in 2024", "in June 2024", "on 30 June 2024"; "en 2024", "el 30 de junio de 2024".
    func dateInSentence(_ date: IndicatorDate) -> String {
        format(date.precision == .day ? "on_day" : "in_period", ["date": self.date(date)])
    }

    /// "by 2030", "by 31 March 2030"; "para 2030", "para el 31 de marzo de 2030".
    func deadlineInSentence(_ date: IndicatorDate) -> String {
        format(date.precision == .day ? "by_day" : "by_period", ["date": self.date(date)])
    }

    /// A figure in this language's way of writing numbers, at the precision it is shown with.
    func number(_ value: Indicator.Value, precision: Int?) -> String {
        numbers.format(value.number, decimals: DisplayPrecision.decimals(for: value, precision: precision))
    }

    /// A figure with its unit: "9.5%", "9,5 %", "2,000 homes".
    func quantity(_ value: Indicator.Value, of indicator: Indicator) -> String {
        numbers.quantity(number(value, precision: indicator.precision), unit: indicator.unit)
    }

    /// An indicator date at its own precision ("2024", "June 2024", "30 June 2024").
    func date(_ date: IndicatorDate) -> String {
        switch date.precision {
        case .day: return self.date(date.day)
        case .year: return String(date.day.year)
        case .month:
            let month = months.count == 12 ? months[date.day.month - 1] : String(date.day.month)
            return format("month_format", ["month": month, "year": String(date.day.year)])
        }
    }
}

import Foundation
