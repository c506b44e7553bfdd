import Mustache

/// Turns templates parsed by swift-mustache into `TemplateStep`s for civic's renderer.
///
/// swift-mustache stays the parser of record: it reports syntax errors with their line, and
/// its reading of Mustache's whitespace rules (standalone tags, indented partials) is the
/// one civic renders. Its parsed tokens are not public API, so they are read through
/// `Mirror`, once per template when the theme loads. Anything unexpected there (a token
/// civic does not know, a later swift-mustache that stores them differently, a lambda-only
/// feature, a transform civic does not reproduce) makes `compile` return nil with the
/// reason, and the theme is then rendered by swift-mustache's own interpreter: slower,
/// never different. A test checks that the default theme compiles.
enum TemplateCompiler {
    struct Unsupported: Error, CustomStringConvertible {
        let description: String
    }

    static func compile(_ template: MustacheTemplate) throws(Unsupported) -> [TemplateStep] {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any] else {
            throw Unsupported(description: "swift-mustache's parsed template has no token list civic can read")
        }
        var steps: [TemplateStep] = []
        for token in tokens {
            if let step = try compileToken(token) {
                steps.append(step)
            }
        }
        return steps
    }

    private static func compileToken(_ token: Any) throws(Unsupported) -> TemplateStep? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else {
            throw Unsupported(description: "a token civic cannot read: \(token)")
        }
        let fields = Mirror(reflecting: payload.value).children.map(\.value)
        func field<T>(_ index: Int, _ type: T.Type) throws(Unsupported) -> T {
            guard index < fields.count, let value = fields[index] as? T else {
                throw Unsupported(description: "the \(kind) token is not laid out as civic expects")
            }
            return value
        }
        func path() throws(Unsupported) -> TemplatePath {
            try makePath(name: field(0, String.self), transforms: field(1, [String].self))
        }
        switch kind {
        case "text":
            guard let text = payload.value as? String else { throw Unsupported(description: "a text token civic cannot read") }
            return .text(Array(text.utf8))
        case "variable":
            return .value(try path(), escaped: true)
        case "unescapedVariable":
            return .value(try path(), escaped: false)
        case "section":
            return .section(try path(), try compile(field(2, MustacheTemplate.self)))
        case "invertedSection":
            return .invertedSection(try path(), try compile(field(2, MustacheTemplate.self)))
        case "partial":
            let name = try field(0, String.self)
            let indentation = try field(1, String?.self)
            var overrides: [String: [TemplateStep]]?
            if let blocks = try field(2, [String: MustacheTemplate]?.self) {
                overrides = [:]
                for (blockName, block) in blocks {
                    overrides![blockName] = try compile(block)
                }
            }
            return .partial(name, indentation: indentation.map { Array($0.utf8) }, overrides: overrides)
        case "blockExpansion":
            let name = try field(0, String.self)
            let defaultSteps = try compile(field(1, MustacheTemplate.self))
            let indentation = try field(2, String?.self)
            return .block(name, defaultSteps: defaultSteps, indentation: indentation.map { Array($0.utf8) })
        case "contentType":
            // Every template starts with the pragma selecting civic's escaping, which the renderer always uses.
            guard payload.value is HTMLEscaping else {
                throw Unsupported(description: "a content-type pragma other than civic's HTML escaping")
            }
            return nil
        default:
            throw Unsupported(description: "the '\(kind)' tag (for example a dynamic partial)")
        }
    }

    /// Reads a tag's name as swift-mustache looks it up: `.` is the current object; a
    /// leading dot looks only in the current object; otherwise the first part is looked for
    /// through the enclosing objects, and the rest inside what was found.
    static func makePath(name: String, transforms: [String]) throws(Unsupported) -> TemplatePath {
        var applied: [TemplateTransform] = []
        for transform in transforms.reversed() {
            guard let known = TemplateTransform(rawValue: transform) else {
                throw Unsupported(description: "the transform '\(transform)'")
            }
            applied.append(known)
        }
        if name.isEmpty && !transforms.isEmpty {
            throw Unsupported(description: "a transform of the list position ('\(transforms.joined(separator: ", "))()')")
        }
        let keys = name.split(separator: ".").map { TemplateKey(String($0)) }
        let start: TemplatePath.Start =
            if name == "." || keys.isEmpty { .current } else if name.first == "." { .currentOnly } else { .nearest }
        return TemplatePath(start: start, keys: start == .current ? [] : keys, transforms: applied)
    }
}
