#if canImport(Glibc)
import Glibc
#endif

/// Searches in a string's UTF-8 bytes (the C library's `memchr` for the first byte, then a
/// comparison), for the hot paths that
/// only need to know whether (and where) some ASCII text occurs: Swift's `firstRange(of:)`
/// walks grapheme clusters and costs far more on every page of a large site.
enum ByteSearch {
    /// The byte offset of the first occurrence of `needle` in `text`, or nil.
    static func firstOffset(of needle: String, in text: String) -> Int? {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { wanted -> Int? in
                guard let first = wanted.first, haystack.count >= wanted.count, let base = haystack.baseAddress else { return nil }
                let last = haystack.count - wanted.count
                var offset = 0
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
                    let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, wanted.baseAddress!, wanted.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }

    static func contains(_ needle: String, in text: String) -> Bool {
        firstOffset(of: needle, in: text) != nil
    }

    /// The offsets of the first `limit` occurrences of `needle` in `bytes`, which do not overlap.
    static func offsets(of needle: [UInt8], in bytes: [UInt8], limit: Int) -> [Int] {
        guard let first = needle.first, bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { wanted in
                let base = haystack.baseAddress!
                let last = haystack.count - wanted.count
                var offset = 0
                while offset <= last, found.count < limit {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return }
                    let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, wanted.baseAddress!, wanted.count) == 0 {
                        found.append(position)
                        offset = position + wanted.count
                    } else {
                        offset = position + 1
                    }
                }
            }
        }
        return found
    }
}
