#if canImport(Glibc)
import Glibc
#endif
import CCmarkGFM
import Foundation
import Synchronization

/// Renderings of Markdown kept from one build to the next, so that a text rendered before
/// is not parsed again: a rebuild of a site whose stories did not change spends no time in
/// cmark-gfm, and the preview re-renders only the texts an editor changed.
///
/// A rendering is a function of the text, the renderer's options and the answer to each
/// internal link the text asks about (where `/outcomes/x` is published, or that nothing
/// is). So each rendering is kept with the links it asked about and their answers, and is
/// given again only when the same text, with the same options, would get the same answers
/// now; otherwise the text is rendered afresh. A new page makes no rendering stale; a page
/// removed re-renders only the texts that linked to it, and reports them as broken again.
///
/// Each build starts from the renderings of the build before (`previous`) and keeps those
/// it used (`current`): what a site no longer says is let go. The file it is saved to is
/// written by this version of civic, with this cmark-gfm, for this executable; any other
/// finds nothing in it.
public final class MarkdownCache: Sendable {
    struct Rendering: Sendable, Equatable {
        let html: String
        let broken: [MarkdownRenderer.BrokenLink]
        /// The first block's words (`renderWithOpening`), when they were asked for.
        let opening: String?
        /// Each internal link the text asked about, in order, with the answer it got.
        let links: [Link]
    }

    struct Link: Sendable, Equatable {
        let target: String
        let answer: String?
    }

    private struct State {
        var previous: [ContentHash: Rendering]
        var current: [ContentHash: Rendering] = [:]
        var reused = 0
        var rendered = 0
    }

    private let state: Mutex<State>

    /// `state` under its lock, as ThreadSanitizer sees it too.
    private func locked<R: Sendable>(_ body: (inout State) -> R) -> R {
        state.withLock(seenBy: self) { body(&$0) }
    }

    /// An empty cache: every text is rendered.
    public convenience init() { self.init(previous: [:]) }

    init(previous: [ContentHash: Rendering]) {
        state = Mutex(State(previous: previous))
    }

    /// A cache for the next build, holding what this one used.
    public func next() -> MarkdownCache {
        MarkdownCache(previous: locked { $0.current })
    }

    /// How many renderings this build took from the cache, and how many it made.
    public var counts: (reused: Int, rendered: Int) { locked { ($0.reused, $0.rendered) } }

    /// `renderer.render(text)` (with `opening`, `renderer.renderWithOpening(text)`), from the
    /// cache when a rendering of it is still right.
    func render(_ text: String, with renderer: MarkdownRenderer, opening: Bool,
                internalLink: (String) -> String?) -> Rendering {
        let key = Self.key(text, renderer, opening: opening)
        let kept = locked { $0.current[key] ?? $0.previous[key] }
        if let kept, kept.links.allSatisfy({ internalLink($0.target) == $0.answer }) {
            locked {
                $0.current[key] = kept
                $0.reused += 1
            }
            return kept
        }
        var links: [Link] = []
        let asking: (String) -> String? = { target in
            let answer = internalLink(target)
            links.append(Link(target: target, answer: answer))
            return answer
        }
        let rendering: Rendering
        if opening {
            let made = renderer.renderWithOpening(text, internalLink: asking)
            rendering = Rendering(html: made.html, broken: made.broken, opening: made.opening, links: links)
        } else {
            let made = renderer.render(text, internalLink: asking)
            rendering = Rendering(html: made.html, broken: made.broken, opening: nil, links: links)
        }
        locked {
            $0.current[key] = rendering
            $0.rendered += 1
        }
        return rendering
    }

    /// A plain text made from Markdown that asks about no link (the words a search index or
    /// a feed keeps of a text): `make()`'s answer for `input`, from the cache when this
    /// `purpose` was made from the same input before. It is kept as a rendering with no
    /// links, under a key no rendering can have (a rendering's key starts with a digit).
    func derived(_ purpose: String, from input: String, make: () -> String) -> String {
        var bytes = Array("derived\u{0}\(purpose)\u{0}".utf8)
        bytes.append(contentsOf: input.utf8)
        let key = ContentHash(bytes)
        if let kept = locked({ $0.current[key] ?? $0.previous[key] }) {
            locked {
                $0.current[key] = kept
                $0.reused += 1
            }
            return kept.html
        }
        let made = make()
        locked {
            $0.current[key] = Rendering(html: made, broken: [], opening: nil, links: [])
            $0.rendered += 1
        }
        return made
    }

    /// Everything about a renderer that changes what it makes of a text.
    static func options(of renderer: MarkdownRenderer) -> String {
        "\(renderer.headingBase)\u{0}\(renderer.allowRawHTML)\u{0}\(renderer.taskLabels.done)\u{0}\(renderer.taskLabels.open)\u{0}\(renderer.footnoteBackLabel)"
    }

    /// The text with everything about the renderer that changes its output.
    static func key(_ text: String, _ renderer: MarkdownRenderer, opening: Bool) -> ContentHash {
        var bytes = Array("\(options(of: renderer))\u{0}\(opening)\u{0}".utf8)
        bytes.append(contentsOf: text.utf8)
        return ContentHash(bytes)
    }

    // MARK: - The file

    /// The first line of the file: what made the renderings in it.
    static let identity: String = {
        let made = "civic markdown cache 1 civic \(CivicVersion.number) cmark-gfm \(String(cString: cmark_version_string()))"
        // A build of civic from changed sources is another renderer: its executable differs.
        return made + " executable \(CivicVersion.executable)\n"
    }()

    /// The cache saved at `path`; empty when there is none, when another civic made it, or
    /// when any part of it cannot be read.
    static func load(from path: String) -> MarkdownCache {
        guard let data = FileManager.default.contents(atPath: path) else { return MarkdownCache() }
        return MarkdownCache(previous: decode(Array(data)) ?? [:])
    }

    /// Saves what this build used, through a temporary file (`PATH.tmp`, which one build
    /// at a time writes) and a rename, so a reader finds the old file or the new one, never
    /// half of one. A cache that cannot be saved is no loss: the next build renders every text.
    /// `keepingUnused`, for a build that kept files without making them (`KeptFiles`), so
    /// asked for only some texts: the renderings it did not use are saved too.
    func save(to path: String, keepingUnused: Bool = false) {
        let (current, unchanged) = locked { state -> ([ContentHash: Rendering], Bool) in
            guard keepingUnused else { return (state.current, state.rendered == 0 && state.current.count == state.previous.count) }
            return (state.previous.merging(state.current) { _, new in new }, state.rendered == 0)
        }
        // Nothing rendered, and every rendering of the file used: the file already holds these.
        if unchanged { return }
        let bytes = Self.encode(current)
        let temporary = path + ".tmp"
        unlink(temporary)
        guard Self.write(bytes, to: temporary), rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// Writes `bytes` to a new file at `path` straight from the array (no second copy of
    /// tens of megabytes); false when any of it could not be written.
    private static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let wrote = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if wrote < 0 && errno == EINTR { continue }
                guard wrote > 0 else { return false }
                done += wrote
            }
            return true
        }
    }

    static func encode(_ renderings: [ContentHash: Rendering]) -> [UInt8] {
        var out = Array(Self.identity.utf8)
        out.reserveCapacity(renderings.values.reduce(out.count) { $0 + 64 + $1.html.utf8.count + ($1.opening?.utf8.count ?? 0) })
        func number(_ value: Int) {
            var v = UInt32(truncatingIfNeeded: value).littleEndian
            withUnsafeBytes(of: &v) { out.append(contentsOf: $0) }
        }
        func text(_ value: String?) {
            guard let value else { return number(-1) }
            let bytes = Array(value.utf8)
            number(bytes.count)
            out.append(contentsOf: bytes)
        }
        // Sorted, so that the same renderings give the same file.
        for (key, r) in renderings.sorted(by: { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }) {
            for word in [key.high.littleEndian, key.low.littleEndian] {
                var w = word
                withUnsafeBytes(of: &w) { out.append(contentsOf: $0) }
            }
            text(r.html)
            text(r.opening)
            number(r.broken.count)
            for link in r.broken {
                number(link.reason == .missing ? 0 : 1)
                text(link.target)
                number(link.line)
                number(link.column)
            }
            number(r.links.count)
            for link in r.links {
                text(link.target)
                text(link.answer)
            }
        }
        return out
    }

    /// The renderings in `bytes`, or nil when they were made by another civic or the file is
    /// damaged anywhere.
    static func decode(_ bytes: [UInt8]) -> [ContentHash: Rendering]? {
        let header = Array(identity.utf8)
        guard bytes.count >= header.count, bytes[0..<header.count].elementsEqual(header) else { return nil }
        var at = header.count
        func word() -> UInt64? {
            guard at + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for i in 0..<8 { value |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
            at += 8
            return value
        }
        func number() -> Int? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for i in 0..<4 { value |= UInt32(bytes[at + i]) << (8 * UInt32(i)) }
            at += 4
            return Int(Int32(bitPattern: value))
        }
        /// A text, or .some(nil) for an absent one; nil when the bytes do not hold one.
        func text() -> String?? {
            guard let count = number() else { return nil }
            if count == -1 { return .some(nil) }
            guard count >= 0, at + count <= bytes.count else { return nil }
            defer { at += count }
            return .some(String(decoding: bytes[at..<(at + count)], as: UTF8.self))
        }
        var renderings: [ContentHash: Rendering] = [:]
        while at < bytes.count {
            guard let high = word(), let low = word(), let html = text() ?? nil, let opening = text(),
                  let brokenCount = number(), brokenCount >= 0, brokenCount <= bytes.count - at else { return nil }
            var broken: [MarkdownRenderer.BrokenLink] = []
            for _ in 0..<brokenCount {
                guard let reason = number(), let target = text() ?? nil, let line = number(), let column = number() else { return nil }
                broken.append(.init(reason: reason == 0 ? .missing : .unsafe, target: target, line: line, column: column))
            }
            guard let linkCount = number(), linkCount >= 0, linkCount <= bytes.count - at else { return nil }
            var links: [Link] = []
            for _ in 0..<linkCount {
                guard let target = text() ?? nil, let answer = text() else { return nil }
                links.append(Link(target: target, answer: answer))
            }
            renderings[ContentHash(high: high, low: low)] = Rendering(html: html, broken: broken, opening: opening, links: links)
        }
        return renderings
    }
}
