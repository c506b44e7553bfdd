import Mustache

/// The escaping every template's `{{value}}` goes through: `HTMLText.escape`, in place of
/// swift-mustache's built-in HTML content type, which escapes the same five characters
/// but compares whole grapheme clusters (see `HTMLText`).
struct HTMLEscaping: MustacheContentType {
    static let name = "CIVIC_HTML"
    /// The pragma put before each template, on its own line, so that it selects this
    /// escaping; a standalone tag's line is removed, so the template renders as written.
    static let pragma = "{{%CONTENT_TYPE:\(name)}}\n"

    /// Registers the content type with swift-mustache once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
