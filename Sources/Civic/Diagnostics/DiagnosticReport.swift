import Foundation

/// Prints a run's diagnostics for people (compiler-style) or for machines: JSON, GitHub
/// workflow commands (an annotation on the changed line of a pull request) and GitLab's
/// Code Quality report (the same on a merge request).
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

    /// GitHub Actions workflow commands, one per diagnostic: `::error file=F,line=L,col=C,
    /// title=T::MESSAGE`. The message carries the hint on its own line. Escaped as the
    /// runner reads them: `%`, CR and LF everywhere, and `:` and `,` in the properties.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            var properties = ["file=" + githubProperty(d.location.path)]
            if d.location.line > 0 {
                properties.append("line=\(d.location.line)")
                properties.append("col=\(max(d.location.column, 1))")
            }
            properties.append("title=" + githubProperty("civic " + d.severity.rawValue))
            let message = d.hint.map { d.message + "\nhint: " + $0 } ?? d.message
            return "::\(d.severity.rawValue) \(properties.joined(separator: ","))::\(githubData(message))\n"
        }.joined()
    }

    static func githubData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// GitLab's Code Quality report (a JSON array): each problem with its description, a
    /// check name, a severity (an error is `major`, a warning `minor`), where it is, and a
    /// fingerprint that stays the same while the problem does, so GitLab can tell new
    /// problems from old ones.
    public static func gitlab(_ diagnostics: [Diagnostic]) -> String {
        struct Lines: Encodable { let begin: Int }
        struct Location: Encodable {
            let path: String
            let lines: Lines
        }
        struct Issue: Encodable {
            let type = "issue"
            let check_name: String
            let description: String
            let categories = ["Bug Risk"]
            let severity: String
            let fingerprint: String
            let location: Location
        }
        var seen: [String: Int] = [:]
        let issues = diagnostics.map { d -> Issue in
            let description = d.hint.map { d.message + " (hint: " + $0 + ")" } ?? d.message
            let key = "\(d.severity.rawValue)|\(d.location.path)|\(d.message)"
            seen[key, default: 0] += 1
            let fingerprint = ContentHash(Array("\(key)|\(seen[key]!)".utf8)).description.replacingOccurrences(of: ":", with: "")
            return Issue(check_name: "civic-" + d.severity.rawValue, description: description,
                         severity: d.severity == .error ? "major" : "minor", fingerprint: fingerprint,
                         location: Location(path: d.location.path, lines: Lines(begin: max(d.location.line, 1))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(issues)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
