import Synchronization

/// Parts of a file that a build into an output keeps for the next, beside the Markdown
/// (`MarkdownCache.derived`), so that a file every body feeds is not made whole again after
/// one body changed: the open data's JSON encoded 10,000 entries to change one.
///
/// A piece is kept with every body it read and each one's fingerprint, under a key made of
/// the sources' frame (`SourceShape`: everything but the bodies, the executable and the
/// as-of date included) and the piece's name. It is given again only while every body it
/// read, and every body read outside the making of files, has the same fingerprint: making
/// a piece is deterministic, so the same frame and the same bodies give the same bytes. A
/// piece whose making reported a problem is not kept, so the problem is reported again.
final class KeptPieces: Sendable {
    private let cache: MarkdownCache
    private let state = Mutex<Sources?>(nil)

    /// What this build's pieces are made from.
    private struct Sources: Sendable {
        var frame: ContentHash
        var bodies: [String: ContentHash]
        /// The bodies read outside the making of files, with their fingerprints.
        var global: [String: ContentHash]
    }

    init(cache: MarkdownCache) {
        self.cache = cache
    }

    /// Tells what the sources are, once they are read and planned: until then no piece is
    /// kept or given. `global` are the bodies read outside the making of files.
    func begin(frame: ContentHash, bodies: [String: ContentHash], global: Set<String>) {
        var read: [String: ContentHash] = [:]
        for path in global { read[path] = bodies[path] ?? ContentHash(high: 0, low: 0) }
        state.withLock(seenBy: self) { $0 = Sources(frame: frame, bodies: bodies, global: read) }
    }

    /// The bytes of the piece `name` (unique in the build: the file's path and the piece's
    /// place in it), as `make` gives them, or as kept when they still are; `make` also says
    /// whether it reported no problem. The bodies it read are noted for the file being made.
    func bytes(_ name: String, make: () -> (bytes: [UInt8], clean: Bool)) -> [UInt8] {
        guard let sources = state.withLock(seenBy: self, { $0 }) else { return make().bytes }
        var made: (bytes: [UInt8], read: Set<String>)?
        let kept = cache.derived("piece", from: "\(sources.frame)\u{0}\(name)", keptIf: { Self.stillRight($0, sources) }) {
            let (result, read) = BodyReads.shared(make)
            made = (result.bytes, read)
            guard result.clean, let text = String(validating: result.bytes, as: UTF8.self) else { return nil }
            var reads = sources.global
            for path in read { reads[path] = sources.bodies[path] ?? ContentHash(high: 0, low: 0) }
            return Self.record(reads) + text
        }
        if let made { return made.bytes }
        guard let kept, let (reads, text) = Self.parse(kept) else { return make().bytes }
        for path in reads.keys where sources.global[path] == nil { BodyReads.note(path) }
        // Copied whole from the text's storage: `Array(text.utf8)` went a byte at a time.
        return text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
    }

    /// The bodies read, one line each (fingerprint, the path's length in bytes, the path),
    /// an empty line, then the bytes.
    private static func record(_ reads: [String: ContentHash]) -> String {
        var text = ""
        for (path, hash) in reads.sorted(by: { $0.key < $1.key }) { text += "\(hash.high) \(hash.low) \(path.utf8.count) \(path)\n" }
        return text + "\n"
    }

    private static func parse(_ kept: String) -> (reads: [String: ContentHash], text: Substring)? {
        var reads: [String: ContentHash] = [:]
        let bytes = kept.utf8
        var at = bytes.startIndex
        func number() -> UInt64? {
            guard let space = bytes[at...].firstIndex(of: UInt8(ascii: " ")),
                  let value = UInt64(String(decoding: bytes[at..<space], as: UTF8.self)) else { return nil }
            at = bytes.index(after: space)
            return value
        }
        while at < bytes.endIndex {
            if bytes[at] == 10 { return (reads, Substring(kept)[bytes.index(after: at)...]) }
            guard let high = number(), let low = number(), let count = number(), count <= UInt64(Int.max),
                  let end = bytes.index(at, offsetBy: Int(count), limitedBy: bytes.endIndex),
                  end < bytes.endIndex, bytes[end] == 10 else { return nil }
            reads[String(decoding: bytes[at..<end], as: UTF8.self)] = ContentHash(high: high, low: low)
            at = bytes.index(after: end)
        }
        return nil
    }

    /// Whether every body a kept piece read has its fingerprint still, and it read every
    /// body read outside the making of files in this build.
    private static func stillRight(_ kept: String, _ sources: Sources) -> Bool {
        guard let (reads, _) = parse(kept) else { return false }
        for (path, hash) in sources.global where reads[path] != hash { return false }
        for (path, hash) in reads where (sources.bodies[path] ?? ContentHash(high: 0, low: 0)) != hash { return false }
        return true
    }
}
