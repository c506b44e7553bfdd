import Foundation

/// Prints a run's diagnostics for people (compiler-style) or for CI (JSON).
public enum DiagnosticReport {
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { $0.description + "\n" }.joined()
    }

    public static func summary(_ list: DiagnosticList) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(list.errorCount, "error")), \(plural(list.warningCount, "warning"))"
    }

    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Item: Encodable {
            let severity: String
            let file: String
            let line: Int
            let column: Int
            let message: String
            let hint: String?
        }
        let items = diagnostics.map {
            Item(severity: $0.severity.rawValue, file: $0.location.path, line: $0.location.line,
                 column: $0.location.column, message: $0.message, hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(items)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
