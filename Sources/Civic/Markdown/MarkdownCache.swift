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
/// Each build starts from the renderings of the build before and keeps those it used: what
/// a site no longer says is let go, in the file once it is more than a quarter of it (see
/// `save`). The file is written by this version of civic, with this cmark-gfm, for this
/// executable; any other finds nothing in it. Beside the renderings it keeps other texts
/// made from a text (`derived`): a search index's words, a feed's summaries, and each
/// front matter as parsed (`ParsedFrontMatter`).
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
        /// What the build before used, when it is handed over in memory (the preview).
        var previous: [ContentHash: Rendering]
        var current: [ContentHash: Rendering] = [:]
        var reused = 0
        var rendered = 0
        /// The keys of the renderings this build made (not given from a cache).
        var made: Set<ContentHash> = []
    }

    private let state: Mutex<State>
    /// What the build before saved, when it was read from a file: each rendering is decoded
    /// when a text asks for it, so a build that asks for few does not decode them all.
    private let stored: StoredRenderings?

    /// `state` under its lock, as ThreadSanitizer sees it too.
    private func locked<R: Sendable>(_ body: (inout State) -> R) -> R {
        state.withLock(seenBy: self) { body(&$0) }
    }

    /// An empty cache: every text is rendered.
    public convenience init() { self.init(previous: [:]) }

    init(previous: [ContentHash: Rendering]) {
        state = Mutex(State(previous: previous))
        stored = nil
    }

    private init(stored: StoredRenderings) {
        state = Mutex(State(previous: [:]))
        self.stored = stored
    }

    /// The rendering kept under `key`: used by this build, handed over by the one before,
    /// or saved in the file this cache was read from.
    private func kept(_ key: ContentHash) -> Rendering? {
        if let found = locked({ $0.current[key] ?? $0.previous[key] }) { return found }
        return stored?.rendering(key)
    }

    /// A cache for the next build, holding what this one used.
    public func next() -> MarkdownCache {
        MarkdownCache(previous: locked { $0.current })
    }

    /// The renderings held in memory: this build's, and those handed over by the build before.
    var inMemory: [ContentHash: Rendering] {
        locked { $0.previous.merging($0.current) { _, now in now } }
    }

    /// How many renderings this build took from the cache, and how many it made.
    public var counts: (reused: Int, rendered: Int) { locked { ($0.reused, $0.rendered) } }

    /// `renderer.render(text)` (with `opening`, `renderer.renderWithOpening(text)`), from the
    /// cache when a rendering of it is still right.
    func render(_ text: String, with renderer: MarkdownRenderer, opening: Bool,
                internalLink: (String) -> String?) -> Rendering {
        let key = Self.key(text, renderer, opening: opening)
        if let kept = kept(key), kept.links.allSatisfy({ internalLink($0.target) == $0.answer }) {
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
            $0.made.insert(key)
        }
        return rendering
    }

    /// A plain text made from Markdown that asks about no link (the words a search index or
    /// a feed keeps of a text): `make()`'s answer for `input`, from the cache when this
    /// `purpose` was made from the same input before. It is kept as a rendering with no
    /// links, under a key no rendering can have (a rendering's key starts with a digit).
    func derived(_ purpose: String, from input: String, make: () -> String) -> String {
        derived(purpose, from: input, makeIfPossible: make)!
    }

    /// `derived(_:from:make:)` for what may fail to be made: nil from `make` is kept for no
    /// build, so the next one tries again (and reports what went wrong again).
    func derived(_ purpose: String, from input: String, makeIfPossible make: () -> String?) -> String? {
        derived(purpose, from: input, keptIf: { _ in true }, makeIfPossible: make)
    }

    /// `derived(_:from:makeIfPossible:)`, where a text kept is given again only when `stillRight`
    /// says so of it; otherwise it is made again and replaces the one kept.
    func derived(_ purpose: String, from input: String, keptIf stillRight: (String) -> Bool,
                 makeIfPossible make: () -> String?) -> String? {
        var bytes = Array("derived\u{0}\(purpose)\u{0}".utf8)
        bytes.append(contentsOf: input.utf8)
        let key = ContentHash(bytes)
        if let kept = kept(key), stillRight(kept.html) {
            locked {
                $0.current[key] = kept
                $0.reused += 1
            }
            return kept.html
        }
        guard let made = make() else { return nil }
        locked {
            $0.current[key] = Rendering(html: made, broken: [], opening: nil, links: [])
            $0.rendered += 1
            $0.made.insert(key)
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
        guard let stored = StoredRenderings.read(from: path) else { return MarkdownCache() }
        return MarkdownCache(stored: stored)
    }

    /// Saves what this build used, for the next build. A cache that cannot be saved is no
    /// loss: the next build renders every text.
    ///
    /// When the file is still the one this cache was read from and holds most of what is to
    /// be kept, only the renderings made since are added at its end, under an exclusive
    /// `flock` (a build after one story changed adds a few kilobytes, not 30 megabytes).
    /// Otherwise the file is written afresh through a temporary file (`PATH.tmp`) and a
    /// rename, so a reader finds the old file or the new one, never half of one; a reader
    /// that finds a rendering cut short by a build still adding it takes the file as damaged
    /// and renders every text.
    /// `keepingUnused`, for a build that kept files without making them (`KeptFiles`), so
    /// asked for only some texts: the renderings it did not use are kept too.
    func save(to path: String, keepingUnused: Bool = false) {
        let (current, previous, made) = locked { ($0.current, $0.previous, $0.made) }
        let storedKeys = stored?.count ?? 0
        // Nothing made, and every rendering of the file still wanted: it holds these already.
        if made.isEmpty && (keepingUnused || current.count == storedKeys + previous.count) { return }
        // Added at the end of the file read, when what it holds that no build wants (texts
        // made again, those this build did not use, and older records of a key) is at most
        // a quarter of its bytes.
        if let stored, previous.isEmpty {
            var wanted = 0
            if keepingUnused {
                wanted = stored.liveBytes - made.reduce(0) { $0 + stored.size(of: $1) }
            } else {
                for key in current.keys where !made.contains(key) { wanted += stored.size(of: key) }
            }
            let added = current.filter { made.contains($0.key) }
            if (stored.recordBytes - wanted) * 4 <= stored.recordBytes,
               stored.append(to: path, { descriptor in Self.records(added) { StoredRenderings.write($0, to: descriptor) } }) {
                return
            }
        }
        var renderings = current
        if keepingUnused {
            renderings.merge(previous) { now, _ in now }
            renderings.merge(stored?.all() ?? [:]) { now, _ in now }
        }
        let temporary = path + ".tmp"
        unlink(temporary)
        guard Self.write(renderings, to: temporary), rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// Writes the file for `renderings` at `path`, a new file, a megabyte at a time (the
    /// whole file at once was a second copy of tens of megabytes); false when any of it
    /// could not be written.
    private static func write(_ renderings: [ContentHash: Rendering], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return StoredRenderings.write(Array(identity.utf8), to: descriptor)
            && records(renderings) { StoredRenderings.write($0, to: descriptor) }
    }

    /// The renderings as the file holds them after its first line, sorted by key so that
    /// the same renderings give the same bytes, handed to `emit` a megabyte or so at a
    /// time; false when `emit` said it could not take them.
    static func records(_ renderings: [ContentHash: Rendering], emit: ([UInt8]) -> Bool) -> Bool {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        func number(_ value: Int) {
            var v = UInt32(truncatingIfNeeded: value).littleEndian
            withUnsafeBytes(of: &v) { out.append(contentsOf: $0) }
        }
        func text(_ value: String?) {
            guard var value else { return number(-1) }
            number(value.utf8.count)
            value.withUTF8 { out.append(contentsOf: $0) }
        }
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
            if out.count >= 1 << 20 {
                guard emit(out) else { return false }
                out.removeAll(keepingCapacity: true)
            }
        }
        return out.isEmpty || emit(out)
    }

    /// The file's bytes for `renderings`.
    static func encode(_ renderings: [ContentHash: Rendering]) -> [UInt8] {
        var bytes = Array(identity.utf8)
        _ = records(renderings) { bytes += $0; return true }
        return bytes
    }

    /// The renderings in `bytes`, or nil when they were made by another civic or the file is
    /// damaged anywhere.
    static func decode(_ bytes: [UInt8]) -> [ContentHash: Rendering]? {
        StoredRenderings(bytes: bytes, identity: nil)?.all()
    }
}
