import CCivicSystem
import CCmarkGFM
import Foundation

/// Renders GitHub-flavoured Markdown to HTML with cmark-gfm: the only file that calls it.
///
/// Raw HTML is dropped (cmark's safe mode) unless the site opts in. Internal links and
/// images (targets starting with a single `/`) are handed to `internalLink`, which checks
/// them and returns the rewritten target, or nil to report the link as broken. Headings
/// are renumbered from `headingBase` without skipping a level, so a page keeps its single
/// `h1` and an ordered outline whatever levels the editor chose.
struct MarkdownRenderer: Sendable {
    struct BrokenLink: Sendable, Hashable {
        enum Reason: Sendable, Hashable {
            /// An internal link to nothing that is published.
            case missing
            /// A `javascript:`, `vbscript:` or `data:` link, which could run code in a reader's browser.
            case unsafe
        }

        var reason: Reason = .missing
        var target: String
        /// 1-based line within the Markdown text.
        var line: Int
        var column: Int
    }

    var allowRawHTML = false
    /// The level of the first heading of the text (2 under a page's `h1`); 0 keeps levels as written.
    var headingBase = 2
    /// Accessible names for task-list checkboxes (done, not done).
    var taskLabels = (done: "done", open: "not done")
    /// The accessible name of a footnote's link back to where it is referenced: cmark-gfm
    /// writes it in English ("Back to content"), the only words of its own it writes.
    var footnoteBackLabel = "Back to content"

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm keeps its extensions in a process-wide registry; register them once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private var options: Int32 {
        var options = CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        options |= allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_SAFE
        return Int32(options)
    }

    /// Whether parsers must take turns to finish. cmark-gfm's inline parser decides where a
    /// run of text stops from two process-wide tables (`SPECIAL_CHARS` and `SKIP_CHARS` in
    /// `inlines.c`). `cmark_parser_finish` parses the inlines of the whole document,
    /// switching its extensions' characters (`~` for strikethrough, `:` and `w` for
    /// autolinks) on before and off after; a parser that finishes while another is parsing
    /// its inlines switches them off under it, and the other page loses its strikethrough
    /// and links. civic's own definition of the function that switches them
    /// (CCivicSystem's `cmark_characters.c`) switches them on once and never off. Once the
    /// first parse shows that the library called that definition, parsers finish on every
    /// core at once; if it did not (the library linked so that it calls its own), they take
    /// turns under `finishLock`. Nothing else civic calls writes process-wide state in
    /// Debian's 0.29.0.gfm.6 once the extensions are registered. MarkdownThreadingTests
    /// checks the whole on many threads.
    static let finishTakesTurns: Bool = {
        _ = registered
        // The process's first parse, made here alone, with every extension.
        if let parser = cmark_parser_new(CMARK_OPT_DEFAULT) {
            for name in extensionNames {
                if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
            }
            let probe = "~~a~~ www.example.org"
            cmark_parser_feed(parser, probe, probe.utf8.count)
            if let document = cmark_parser_finish(parser) { cmark_node_free(document) }
            cmark_parser_free(parser)
        }
        return civic_cmark_characters_pinned() == 0
    }()
    private static let finishLock = NSLock()

    /// Parses `markdown` with every extension and hands the document, with the parser's
    /// extensions, to `body`; nil when the library could not.
    private func withDocument<T>(_ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T? {
        let takeTurns = Self.finishTakesTurns
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        if takeTurns { Self.finishLock.lock() }
        let finished = cmark_parser_finish(parser)
        if takeTurns { Self.finishLock.unlock() }
        guard let document = finished else { return nil }
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// The text without its markup, for places that take plain text (a feed's summary):
    /// links keep their words, emphasis and headings lose their marks, lines are joined.
    /// `firstParagraph` keeps only the first block.
    func plainText(_ markdown: String, firstParagraph: Bool = false) -> String {
        Self.joinedWords(ofBlocks: plainBlocks(markdown), firstOnly: firstParagraph)
    }

    /// The text without its markup as cmark writes it: blocks apart, lines as they were.
    func plainBlocks(_ markdown: String) -> String {
        withDocument(markdown) { document, _ -> String in
            guard let rendered = cmark_render_plaintext(document, options, 0) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        } ?? ""
    }

    /// The words of the text's blocks (parts between blank lines, `\n\n`), or of its first
    /// block that has a word, each run of white space made one space. By hand over the
    /// bytes: Foundation's `components(separatedBy:)` and `trimmingCharacters(in:)` made a
    /// fifth of a build's time, every celebration and update having its summary in the feed.
    static func joinedWords(ofBlocks text: String, firstOnly: Bool) -> String {
        let utf8 = text.utf8
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = start
        func takeBlock(_ end: String.Index) -> Bool {
            let block = text[start..<end]
            let found = block.split(whereSeparator: \.isWhitespace)
            words += found
            return firstOnly && !found.isEmpty
        }
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == 10, next < utf8.endIndex, utf8[next] == 10 {
                if takeBlock(index) { return words.joined(separator: " ") }
                index = utf8.index(after: next)
                start = index
                continue
            }
            index = next
        }
        _ = takeBlock(utf8.endIndex)
        return words.joined(separator: " ")
    }

    func render(_ markdown: String, internalLink: (String) -> String? = { $0 }) -> (html: String, broken: [BrokenLink]) {
        withDocument(markdown) { document, extensions in
            renderDocument(document, extensions: extensions, internalLink: internalLink)
        } ?? ("", [])
    }

    /// `render` and `plainText(_:firstParagraph: true)` of the same text from one parse: the
    /// opening is what `MarkdownRenderer().plainText` gives, whatever this renderer's options.
    func renderWithOpening(_ markdown: String, internalLink: (String) -> String? = { $0 })
        -> (html: String, broken: [BrokenLink], opening: String) {
        withDocument(markdown) { document, extensions in
            // Before the HTML: rendering it renumbers headings and rewrites links in the tree.
            let plain = cmark_render_plaintext(document, MarkdownRenderer().options, 0)
            defer { free(plain) }
            let opening = Self.joinedWords(ofBlocks: plain.map { String(cString: $0) } ?? "", firstOnly: true)
            let (html, broken) = renderDocument(document, extensions: extensions, internalLink: internalLink)
            return (html, broken, opening)
        } ?? ("", [], "")
    }

    private func renderDocument(_ document: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?,
                                internalLink: (String) -> String?) -> (html: String, broken: [BrokenLink]) {
        var broken: [BrokenLink] = []
        var headings: [OpaquePointer] = []
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HEADING {
                    headings.append(node)
                } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let raw = cmark_node_get_url(node) {
                    let url = String(cString: raw)
                    let line = Int(cmark_node_get_start_line(node))
                    let column = Int(cmark_node_get_start_column(node))
                    if RawHTMLFilter.isUnsafe(url) {
                        broken.append(BrokenLink(reason: .unsafe, target: url, line: max(line, 1), column: max(column, 1)))
                        cmark_node_set_url(node, "")
                        continue
                    }
                    guard url.hasPrefix("/") && !url.hasPrefix("//") else { continue }
                    if let rewritten = internalLink(url) {
                        cmark_node_set_url(node, rewritten)
                    } else {
                        broken.append(BrokenLink(target: url, line: max(line, 1), column: max(column, 1)))
                    }
                }
            }
        }
        renumber(headings)
        guard let rendered = cmark_render_html(document, options, extensions) else {
            return ("", broken)
        }
        defer { free(rendered) }
        let html = labelFootnoteLinks(labelTaskItems(String(cString: rendered)))
        return (allowRawHTML ? RawHTMLFilter.filter(html) : html, broken)
    }

    /// The shallowest heading becomes `headingBase`, and no heading goes more than one level
    /// deeper than the one before it.
    private func renumber(_ headings: [OpaquePointer]) {
        guard headingBase > 0, !headings.isEmpty else { return }
        let shallowest = headings.map { Int(cmark_node_get_heading_level($0)) }.min()!
        var previous = headingBase - 1
        for node in headings {
            let wanted = Int(cmark_node_get_heading_level(node)) - shallowest + headingBase
            let level = min(6, min(wanted, previous + 1))
            cmark_node_set_heading_level(node, Int32(level))
            previous = level
        }
    }

    /// Puts the page's own words on footnotes' back links.
    private func labelFootnoteLinks(_ html: String) -> String {
        let english = "data-footnote-backref aria-label=\"Back to content\""
        guard footnoteBackLabel != "Back to content", ByteSearch.contains(english, in: html) else { return html }
        return html.replacingOccurrences(of: english,
                                         with: "data-footnote-backref aria-label=\"\(HTMLText.escape(footnoteBackLabel))\"")
    }

    /// cmark-gfm's task-list checkboxes have no accessible name; give them one.
    private func labelTaskItems(_ html: String) -> String {
        guard ByteSearch.contains("<input type=\"checkbox\"", in: html) else { return html }
        return html
            .replacingOccurrences(of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                                  with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"\(HTMLText.escape(taskLabels.done))\" />")
            .replacingOccurrences(of: "<input type=\"checkbox\" disabled=\"\" />",
                                  with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"\(HTMLText.escape(taskLabels.open))\" />")
    }
}
