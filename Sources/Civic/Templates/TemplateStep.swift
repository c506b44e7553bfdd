/// One step of a compiled template: what swift-mustache's parsed token does, with its text
/// already in bytes and its names already interned.
indirect enum TemplateStep: Sendable {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case value(TemplatePath, escaped: Bool)
    case section(TemplatePath, [TemplateStep])
    case invertedSection(TemplatePath, [TemplateStep])
    /// `{{>name}}`, or `{{<name}}` with the blocks it overrides. `indentation` is set for a
    /// partial on a line of its own: its lines are indented as the tag was.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateStep]]?)
    /// `{{$name}}default{{/name}}`: the block an inheriting template may override.
    case block(String, defaultSteps: [TemplateStep], indentation: [UInt8]?)
}

/// A name in a tag (`content.title`, `.`, `empty(list)`), ready to look up.
struct TemplatePath: Sendable {
    enum Start: Sendable {
        /// `.`: the object the template is in.
        case current
        /// `.a.b`: `a` in the object the template is in, nowhere else.
        case currentOnly
        /// `a.b`: `a` in the nearest object that has it, then `b` inside it.
        case nearest
    }

    let start: Start
    let keys: [TemplateKey]
    /// In the order they apply: `empty(reversed(list))` is `[.reversed, .empty]`.
    let transforms: [TemplateTransform]
}

/// The transforms of swift-mustache that civic's renderer reproduces. A theme using another
/// is rendered by swift-mustache itself.
enum TemplateTransform: String, Sendable {
    case empty, count, first, last, reversed
    case lowercased, uppercased, capitalized
    case equalzero, plusone, minusone, even, odd
}
