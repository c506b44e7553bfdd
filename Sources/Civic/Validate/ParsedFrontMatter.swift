/// An entry's front matter as parsed, kept from one build to the next in the Markdown cache
/// (`MarkdownCache.derived`), so that a build after one file changed does not ask Yams to
/// parse the 10,000 front matters that did not: at that size parsing took nine tenths of
/// validation.
///
/// The key is the YAML's text and the line it starts on (every position in the tree counts
/// from it). Only a tree parsed without error is kept: a file with a YAML error is parsed
/// again on every build, so its error is reported every time. The cache file is written by
/// one civic executable and read only by it, and parsing is deterministic, so a kept tree
/// is the one Yams would give.
///
/// The tree is kept as text of a small form, each value a letter and numbers:
/// `s` plain (0 or 1) line,column,length:text for a scalar; `m` line,column,count: and
/// then each key as line,column,length:key followed by its value, for a map; `q`
/// line,column,count: and its items, for a list; `n` for an empty front matter.
enum ParsedFrontMatter {
    static let purpose = "front matter"

    /// `YAMLReader.parse`'s answer for `yaml`, from `cache` when that holds it.
    static func parse(_ yaml: String, path: String, firstLine: Int, cache: MarkdownCache?) -> Result<YAMLValue?, Diagnostic> {
        guard let cache else { return YAMLReader.parse(yaml, path: path, firstLine: firstLine) }
        var parsed: Result<YAMLValue?, Diagnostic>?
        let kept = cache.derived(purpose, from: "\(firstLine)\u{0}" + yaml) {
            let result = YAMLReader.parse(yaml, path: path, firstLine: firstLine)
            parsed = result
            guard case .success(let value) = result else { return nil }
            return encode(value)
        }
        if let parsed { return parsed }
        // A kept text that does not read back (which only a damaged cache could give) is
        // parsed afresh.
        if let kept, let value = decode(kept) { return .success(value) }
        return YAMLReader.parse(yaml, path: path, firstLine: firstLine)
    }

    static func encode(_ value: YAMLValue?) -> String {
        var out: [UInt8] = []
        func number(_ n: Int) { out += Array(String(n).utf8) }
        func place(_ p: YAMLValue.Position) {
            number(p.line)
            out.append(UInt8(ascii: ","))
            number(p.column)
            out.append(UInt8(ascii: ","))
        }
        func text(_ t: String) {
            let bytes = Array(t.utf8)
            number(bytes.count)
            out.append(UInt8(ascii: ":"))
            out += bytes
        }
        func write(_ value: YAMLValue) {
            switch value {
            case .scalar(let string, let plain, let p):
                out += Array((plain ? "s1" : "s0").utf8)
                place(p)
                text(string)
            case .mapping(let pairs, let p):
                out.append(UInt8(ascii: "m"))
                place(p)
                number(pairs.count)
                out.append(UInt8(ascii: ":"))
                for pair in pairs {
                    place(pair.keyPosition)
                    text(pair.key)
                    write(pair.value)
                }
            case .sequence(let items, let p):
                out.append(UInt8(ascii: "q"))
                place(p)
                number(items.count)
                out.append(UInt8(ascii: ":"))
                for item in items { write(item) }
            }
        }
        guard let value else { return "n" }
        write(value)
        return String(decoding: out, as: UTF8.self)
    }

    /// The front matter `encode` gave `text` for (`.some(nil)` for an empty one), or nil
    /// when `text` is not such a form, whole.
    static func decode(_ text: String) -> YAMLValue?? {
        let bytes = Array(text.utf8)
        if bytes == [UInt8(ascii: "n")] { return .some(nil) }
        var at = 0
        func byte() -> UInt8? {
            guard at < bytes.count else { return nil }
            defer { at += 1 }
            return bytes[at]
        }
        func number(until end: UInt8) -> Int? {
            var value = 0
            var digits = 0
            while let b = byte() {
                if b == end { return digits > 0 ? value : nil }
                guard b >= 48, b <= 57, digits < 12 else { return nil }
                value = value * 10 + Int(b - 48)
                digits += 1
            }
            return nil
        }
        func place() -> YAMLValue.Position? {
            guard let line = number(until: UInt8(ascii: ",")), let column = number(until: UInt8(ascii: ",")) else { return nil }
            return YAMLValue.Position(line: line, column: column)
        }
        func string() -> String? {
            guard let count = number(until: UInt8(ascii: ":")), count <= bytes.count - at else { return nil }
            defer { at += count }
            return String(decoding: bytes[at..<(at + count)], as: UTF8.self)
        }
        func value(depth: Int) -> YAMLValue? {
            guard depth <= ContentLimits.yamlDepth + 1, let kind = byte() else { return nil }
            switch kind {
            case UInt8(ascii: "s"):
                guard let flag = byte(), flag == UInt8(ascii: "0") || flag == UInt8(ascii: "1"),
                      let p = place(), let string = string() else { return nil }
                return .scalar(string, plain: flag == UInt8(ascii: "1"), p)
            case UInt8(ascii: "m"):
                guard let p = place(), let count = number(until: UInt8(ascii: ":")), count <= bytes.count - at else { return nil }
                var pairs: [YAMLPair] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    guard let keyPlace = place(), let key = string(), let item = value(depth: depth + 1) else { return nil }
                    pairs.append(YAMLPair(key: key, keyPosition: keyPlace, value: item))
                }
                return .mapping(pairs, p)
            case UInt8(ascii: "q"):
                guard let p = place(), let count = number(until: UInt8(ascii: ":")), count <= bytes.count - at else { return nil }
                var items: [YAMLValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = value(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return .sequence(items, p)
            default:
                return nil
            }
        }
        guard let tree = value(depth: 0), at == bytes.count else { return nil }
        return .some(tree)
    }
}
