/// One problem found in a site's content or templates.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A way to fix it, such as "did you mean 'clean-air'?".
    public var hint: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint)
    }

    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint)
    }

    /// Compiler-style text: `path:line:column: error: message`, and the hint on its own line.
    /// What came from the content is escaped, so that each diagnostic is exactly these lines.
    public var description: String {
        var text = "\(TerminalText.escape(location.description)): \(severity.rawValue): \(TerminalText.escape(message))"
        if let hint { text += "\n  hint: \(TerminalText.escape(hint))" }
        return text
    }
}

/// Every diagnostic of a run, kept in a stable order (file, line, column, then text).
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public mutating func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.error(location, message, hint: hint))
    }

    public mutating func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.warning(location, message, hint: hint))
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errorCount: Int { items.filter { $0.severity == .error }.count }
    public var warningCount: Int { items.filter { $0.severity == .warning }.count }

    /// Sorted by file and line, without repeats.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items.filter { seen.insert($0).inserted }.sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity == .error }
            return $0.message < $1.message
        }
    }
}
