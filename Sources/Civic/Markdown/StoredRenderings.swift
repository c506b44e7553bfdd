#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The renderings a Markdown cache file holds (`MarkdownCache`), read whole and checked at
/// once, but each decoded only when a text asks for it: a build after one story changed asks
/// for a few of 30,000, and decoding them all took a fifth of a second at 10,000 entries.
///
/// The file is the cache's first line (`MarkdownCache.identity`), then one record after
/// another: a key of two 64-bit words, the HTML, the opening (or none), the broken links
/// and the links asked about, each text with its length before it. Records are added at
/// the end by later builds (`append`); a key found twice means its later record.
struct StoredRenderings: Sendable {
    typealias Rendering = MarkdownCache.Rendering

    /// The file as read.
    private let bytes: [UInt8]
    /// Where each key's last record is: from after its key to its end.
    private let index: [ContentHash: Range<Int>]
    /// How many bytes the records take, those of a key found again later included.
    let recordBytes: Int
    /// How many bytes the last record of each key takes.
    let liveBytes: Int
    /// Which file was read: its inode, size and change time, so that nothing is added to a
    /// file another build has written since.
    private let identity: [Int64]?

    /// How many keys the file holds.
    var count: Int { index.count }

    func has(_ key: ContentHash) -> Bool { index[key] != nil }

    /// How many bytes the record of `key` takes, its key included (0 when there is none).
    func size(of key: ContentHash) -> Int { index[key].map { $0.count + 16 } ?? 0 }

    /// The file at `path`, or nil when there is none, another civic wrote it, or any part of
    /// it is damaged.
    static func read(from path: String) -> StoredRenderings? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        let complete = bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { return false }
                done += got
            }
            return true
        }
        guard complete else { return nil }
        return StoredRenderings(bytes: bytes, identity: Self.identity(of: status))
    }

    private static func identity(of status: stat) -> [Int64] {
        [Int64(bitPattern: UInt64(status.st_ino)), Int64(status.st_size),
         Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)]
    }

    /// The records in `bytes`, when every one of them is whole and the first line is this
    /// civic's.
    init?(bytes: [UInt8], identity: [Int64]?) {
        let header = Array(MarkdownCache.identity.utf8)
        guard bytes.count >= header.count, bytes[0..<header.count].elementsEqual(header) else { return nil }
        var reader = Reader(bytes: bytes, at: header.count)
        var index: [ContentHash: Range<Int>] = [:]
        while !reader.atEnd {
            guard let key = reader.key() else { return nil }
            let start = reader.at
            guard reader.record(decoding: false) != nil else { return nil }
            index[key] = start..<reader.at
        }
        self.bytes = bytes
        self.index = index
        self.recordBytes = bytes.count - header.count
        self.liveBytes = index.values.reduce(0) { $0 + $1.count + 16 }
        self.identity = identity
    }

    /// The rendering kept under `key`, if the file holds one.
    func rendering(_ key: ContentHash) -> Rendering? {
        guard let place = index[key] else { return nil }
        var reader = Reader(bytes: bytes, at: place.lowerBound)
        return reader.record(decoding: true)
    }

    /// Every rendering the file holds.
    func all() -> [ContentHash: Rendering] {
        var all: [ContentHash: Rendering] = [:]
        all.reserveCapacity(index.count)
        for key in index.keys { all[key] = rendering(key) }
        return all
    }

    /// Adds records at the end of the file at `path`, if it is still the file read: `write`
    /// writes them to the open file. False when it is not, or when they could not be added
    /// (what was added is then taken back). An exclusive `flock` keeps two builds from
    /// adding at once.
    func append(to path: String, _ write: (Int32) -> Bool) -> Bool {
        guard let identity else { return false }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { return false }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Self.identity(of: status) == identity else { return false }
        if write(descriptor) { return true }
        _ = ftruncate(descriptor, off_t(identity[1]))
        return false
    }

    /// Writes all of `bytes` to the open file; false when any of it could not be written.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
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

    /// Reads records from `bytes`, checking each length against what is left.
    private struct Reader {
        let bytes: [UInt8]
        var at: Int

        var atEnd: Bool { at >= bytes.count }

        mutating func key() -> ContentHash? {
            guard let high = word(), let low = word() else { return nil }
            return ContentHash(high: high, low: low)
        }

        private mutating func word() -> UInt64? {
            guard at + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for i in 0..<8 { value |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
            at += 8
            return value
        }

        private mutating func number() -> Int? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for i in 0..<4 { value |= UInt32(bytes[at + i]) << (8 * UInt32(i)) }
            at += 4
            return Int(Int32(bitPattern: value))
        }

        /// A text's place in the bytes, or .some(nil) for an absent one; nil when the bytes
        /// do not hold one.
        private mutating func text() -> Range<Int>?? {
            guard let count = number() else { return nil }
            if count == -1 { return .some(nil) }
            guard count >= 0, at + count <= bytes.count else { return nil }
            defer { at += count }
            return .some(at..<(at + count))
        }

        private func string(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }

        /// The record after a key: with `decoding`, the rendering; without, only checked
        /// and passed over (an empty rendering). Nil when the bytes do not hold a whole one.
        mutating func record(decoding: Bool) -> Rendering? {
            guard let html = text() ?? nil, let opening = text(),
                  let brokenCount = number(), brokenCount >= 0, brokenCount <= bytes.count - at else { return nil }
            var broken: [MarkdownRenderer.BrokenLink] = []
            for _ in 0..<brokenCount {
                guard let reason = number(), let target = text() ?? nil, let line = number(), let column = number() else { return nil }
                if decoding {
                    broken.append(.init(reason: reason == 0 ? .missing : .unsafe, target: string(target), line: line, column: column))
                }
            }
            guard let linkCount = number(), linkCount >= 0, linkCount <= bytes.count - at else { return nil }
            var links: [MarkdownCache.Link] = []
            for _ in 0..<linkCount {
                guard let target = text() ?? nil, let answer = text() else { return nil }
                if decoding { links.append(.init(target: string(target), answer: answer.map(string))) }
            }
            guard decoding else { return Rendering(html: "", broken: [], opening: nil, links: []) }
            return Rendering(html: string(html), broken: broken, opening: opening.map(string), links: links)
        }
    }
}
