import Yams

/// A YAML value with its position in the source file: the engine's own small tree, so
/// that validators never touch Yams types and every value knows its line and column.
indirect enum YAMLValue: Sendable, Equatable {
    /// A scalar as written; `plain` is false for quoted and block scalars.
    case scalar(String, plain: Bool, Position)
    case mapping([YAMLPair], Position)
    case sequence([YAMLValue], Position)

    struct Position: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    var position: Position {
        switch self {
        case .scalar(_, _, let p), .mapping(_, let p), .sequence(_, let p): return p
        }
    }

    /// True for YAML's null: `~`, `null` or nothing, unquoted.
    var isNull: Bool {
        if case .scalar(let text, let plain, _) = self {
            return plain && ["", "~", "null", "Null", "NULL"].contains(text)
        }
        return false
    }

    var kindName: String {
        switch self {
        case .scalar: return isNull ? "nothing (null)" : "a single value"
        case .mapping: return "a map of keys"
        case .sequence: return "a list"
        }
    }
}

struct YAMLPair: Sendable, Equatable {
    var key: String
    var keyPosition: YAMLValue.Position
    var value: YAMLValue
}

/// Limits that keep a hostile or broken file from hanging the build or exhausting memory.
public enum ContentLimits {
    /// Deepest nesting of YAML maps and lists accepted in one file.
    public static let yamlDepth = 32
    /// Most YAML values accepted in one file, counted after aliases are expanded.
    public static let yamlNodes = 200_000
    /// Largest entry (`.md`, `.yml`) file, in bytes.
    public static let textFileBytes = 4 * 1024 * 1024
    /// Largest CSV file, in bytes.
    public static let csvFileBytes = 64 * 1024 * 1024
    /// Largest media file, in bytes.
    public static let mediaFileBytes = 100 * 1024 * 1024
}

/// Parses YAML text with Yams and converts it into `YAMLValue`, mapping Yams's errors and
/// positions onto the source file.
enum YAMLReader {
    static func parse(_ yaml: String, path: String, firstLine: Int) -> Result<YAMLValue?, Diagnostic> {
        let node: Node?
        do {
            // The basic resolver: civic reads every scalar as text and decides its type per
            // field, so Yams's regular expressions for implicit types are not needed. The
            // encoding is given because Yams's default reads the whole process environment
            // on every call, which cost more than parsing a small front-matter block.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, firstLine: firstLine))
        } catch {
            return .failure(.error(SourceLocation(path: path, line: firstLine, column: 1), "could not read the YAML: \(error)"))
        }
        guard let node else { return .success(nil) }
        var budget = ContentLimits.yamlNodes
        do {
            return .success(try convert(node, depth: 0, budget: &budget, firstLine: firstLine))
        } catch let limit as LimitExceeded {
            let message: String
            switch limit.kind {
            case .depth: message = "the YAML is nested more than \(ContentLimits.yamlDepth) levels deep"
            case .nodes: message = "the YAML expands to more than \(ContentLimits.yamlNodes) values (too many aliases?)"
            }
            return .failure(.error(SourceLocation(path: path, line: limit.line, column: limit.column), message))
        } catch {
            return .failure(.error(SourceLocation(path: path, line: firstLine, column: 1), "could not read the YAML"))
        }
    }

    private struct LimitExceeded: Error {
        enum Kind { case depth, nodes }
        var kind: Kind
        var line: Int
        var column: Int
    }

    private static func position(_ mark: Mark?, _ firstLine: Int) -> YAMLValue.Position {
        guard let mark else { return .init(line: firstLine, column: 1) }
        return .init(line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func convert(_ node: Node, depth: Int, budget: inout Int, firstLine: Int) throws -> YAMLValue {
        let pos = position(node.mark, firstLine)
        budget -= 1
        if budget < 0 { throw LimitExceeded(kind: .nodes, line: pos.line, column: pos.column) }
        if depth > ContentLimits.yamlDepth { throw LimitExceeded(kind: .depth, line: pos.line, column: pos.column) }
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any, pos)
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyText = key.scalar?.string ?? "(complex key)"
                pairs.append(YAMLPair(key: keyText, keyPosition: position(key.mark, firstLine),
                                      value: try convert(value, depth: depth + 1, budget: &budget, firstLine: firstLine)))
            }
            return .mapping(pairs, pos)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                items.append(try convert(item, depth: depth + 1, budget: &budget, firstLine: firstLine))
            }
            return .sequence(items, pos)
        case .alias(let alias):
            return .scalar("", plain: true, position(alias.mark, firstLine))
        }
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark, _ message: String, hint: String? = nil) -> Diagnostic {
            let pos = position(mark, firstLine)
            return .error(SourceLocation(path: path, line: pos.line, column: pos.column), message, hint: hint)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text))" }
            let hint: String?
            if problem.contains("tab") || problem.contains("cannot start any token") {
                hint = "indent with spaces, not tabs; quote text that starts with a special character such as @ or `"
            } else if problem.contains("mapping values are not allowed") {
                hint = "a value that contains ': ' must be put in quotes"
            } else {
                hint = nil
            }
            return at(mark, message, hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return at(context.mark, "duplicate key \(keys) in the same map", hint: "keep one of them")
        case .reader(let problem, _, _, _):
            return .error(SourceLocation(path: path, line: firstLine, column: 1), "YAML: \(problem)")
        default:
            return .error(SourceLocation(path: path, line: firstLine, column: 1), "YAML: \(error)")
        }
    }
}
