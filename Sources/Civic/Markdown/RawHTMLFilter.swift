import Foundation

/// What is left of an editor's raw HTML when a site opts in to it (`raw_html: true`):
/// cmark-gfm's tagfilter already escapes `script`, `style`, `iframe` and the like; this
/// filter also escapes elements that load or run things (`object`, `embed`, `form`, ...),
/// and removes event-handler attributes (`onclick=`) and URLs with an unsafe scheme.
enum RawHTMLFilter {
    static let blockedElements = ["object", "embed", "applet", "form", "base", "meta", "link", "frame", "frameset", "portal"]
    static let unsafeSchemes = ["javascript:", "vbscript:", "data:"]

    private static let tagPattern = try! NSRegularExpression(pattern: "<[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>")
    private static let handlerPattern = try! NSRegularExpression(
        pattern: "\\s+on[A-Za-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)", options: [.caseInsensitive])
    private static let urlAttributePattern = try! NSRegularExpression(
        pattern: "\\s+(href|src|action|formaction|xlink:href|srcset|poster|background)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
        options: [.caseInsensitive])

    static func filter(_ html: String) -> String {
        var result = html
        for element in blockedElements {
            result = result.replacingOccurrences(of: "<\(element)", with: "&lt;\(element)", options: [.caseInsensitive])
            result = result.replacingOccurrences(of: "</\(element)", with: "&lt;/\(element)", options: [.caseInsensitive])
        }
        let text = result as NSString
        var output = ""
        var last = 0
        for match in tagPattern.matches(in: result, range: NSRange(location: 0, length: text.length)) {
            output += text.substring(with: NSRange(location: last, length: match.range.location - last))
            output += clean(tag: text.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        output += text.substring(from: last)
        return output
    }

    private static func clean(tag: String) -> String {
        var tag = tag
        tag = handlerPattern.stringByReplacingMatches(in: tag, range: NSRange(location: 0, length: (tag as NSString).length),
                                                      withTemplate: "")
        let text = tag as NSString
        var output = ""
        var last = 0
        for match in urlAttributePattern.matches(in: tag, range: NSRange(location: 0, length: text.length)) {
            output += text.substring(with: NSRange(location: last, length: match.range.location - last))
            let value = text.substring(with: match.range(at: 2)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if !isUnsafe(value) { output += text.substring(with: match.range) }
            last = match.range.location + match.range.length
        }
        output += text.substring(from: last)
        return output
    }

    /// A URL whose scheme runs code or embeds content, however it is disguised with case,
    /// spaces, control characters or character references.
    static func isUnsafe(_ url: String) -> Bool {
        // Nearly every link starts with one of these; only the rest needs the careful look.
        for safe in ["https://", "http://", "/", "#", "mailto:", "../", "./"] where url.hasPrefix(safe) { return false }
        if let first = url.utf8.first, (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39),
           !url.utf8.contains(UInt8(ascii: ":")), !url.utf8.contains(UInt8(ascii: "&")) {
            return false
        }
        var decoded = url
        for (entity, character) in [("&#x3a;", ":"), ("&#58;", ":"), ("&colon;", ":"), ("&#x09;", ""), ("&#9;", ""),
                                    ("&tab;", ""), ("&#x0a;", ""), ("&#10;", ""), ("&newline;", "")] {
            decoded = decoded.replacingOccurrences(of: entity, with: character, options: [.caseInsensitive])
        }
        let compact = String(decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        return unsafeSchemes.contains { compact.hasPrefix($0) }
    }
}
