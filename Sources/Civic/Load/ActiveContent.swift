/// Files that would run code in a reader's browser if published on the site's own address:
/// HTML and JavaScript, and SVG images that carry scripts, event handlers, `javascript:`
/// links or embedded HTML. civic refuses to publish them from `media/` and `data/`; an
/// image exported again without them, a page in `content/pages/`, or a PDF does the job.
enum ActiveContent {
    /// Extensions (lowercased) of files that browsers run or render as pages.
    static let refusedExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "cjs"]

    /// Why a published file is refused, or nil when it is safe to publish.
    static func problem(name: String, bytes: () -> [UInt8]?) -> String? {
        let lowered = name.lowercased()
        let ext = lowered.split(separator: ".").count > 1 ? String(lowered.split(separator: ".").last!) : ""
        if refusedExtensions.contains(ext) {
            return "civic does not publish \(ext == "js" || ext == "mjs" || ext == "cjs" ? "JavaScript" : "HTML") files from content/, "
                + "since they would run in readers' browsers on the site's own address"
        }
        guard ext == "svg" || ext == "svgz" else { return nil }
        guard ext == "svg" else { return "civic does not publish compressed SVG (.svgz), which it cannot check for scripts" }
        guard let bytes = bytes() else { return nil }
        return svgProblem(bytes).map { "this SVG image holds \($0), which would run in readers' browsers" }
    }

    /// The first active part of an SVG document, described, or nil.
    static func svgProblem(_ bytes: [UInt8]) -> String? {
        let text = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let lowered = String(decoding: text, as: UTF8.self)
        for (needle, description) in [("<script", "a script"), ("javascript:", "a javascript: link"),
                                      ("<foreignobject", "embedded HTML (foreignObject)"), ("<iframe", "an iframe"),
                                      ("<embed", "an embedded object"), ("<object", "an embedded object"),
                                      ("<handler", "a script handler"), ("<!entity", "an XML entity declaration")]
        where ByteSearch.contains(needle, in: lowered) {
            return description
        }
        // An attribute whose name starts with "on" (onload=, onclick=, ...), after a space,
        // tab, line break or slash inside a tag.
        var inTag = false
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "<") { inTag = true }
            else if byte == UInt8(ascii: ">") { inTag = false }
            else if inTag, [32, 9, 10, 13, UInt8(ascii: "/")].contains(byte), index + 3 < text.count,
                    text[index + 1] == UInt8(ascii: "o"), text[index + 2] == UInt8(ascii: "n") {
                var end = index + 3
                while end < text.count, (97...122).contains(text[end]) || text[end] == UInt8(ascii: "-") { end += 1 }
                while end < text.count, [32, 9, 10, 13].contains(text[end]) { end += 1 }
                if end > index + 3, end < text.count, text[end] == UInt8(ascii: "=") {
                    let name = String(decoding: text[(index + 1)..<min(end, index + 24)], as: UTF8.self)
                    return "an event handler (\(name.filter { !$0.isWhitespace })=)"
                }
            }
            index += 1
        }
        return nil
    }
}
