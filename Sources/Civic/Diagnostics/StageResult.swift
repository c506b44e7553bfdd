/// What every stage of a build gives: its value, or nil when what it found stops the build,
/// and what it found (errors and warnings, each at its file and line).
public struct StageResult<Value> {
    public var value: Value?
    public var diagnostics: [Diagnostic]

    public init(_ value: Value?, _ diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension StageResult: Sendable where Value: Sendable {}
