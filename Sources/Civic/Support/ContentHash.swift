/// A 128-bit fingerprint of a file's bytes, the same on every run and machine (Swift's
/// `Hasher` is seeded afresh in each process, so it cannot be kept between builds).
///
/// Two independent 64-bit lanes read the bytes eight at a time, multiplying and rotating,
/// and each is finished with MurmurHash3's 64-bit mixer. It is not a cryptographic hash:
/// it tells the writer whether a page it wrote last time already holds these bytes, where
/// a collision would need two different renderings of the same page to agree on 128 bits.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        (self.high, self.low) = (high, low)
    }

    init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { ContentHash(raw: $0) }
    }

    /// The fingerprint of a text's UTF-8 bytes, the same as of those bytes in an array.
    init(text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(raw: UnsafeRawBufferPointer($0)) }
    }

    init(raw: UnsafeRawBufferPointer) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(raw.count)
        var b: UInt64 = 0x1319_8A2E_0370_7344 &+ UInt64(raw.count)
        do {
            let words = raw.count / 8
            for index in 0..<words {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                a = ((a ^ word) &* 0x9E37_79B9_7F4A_7C15).rotatedLeft(by: 31)
                b = ((b &+ word) &* 0xC2B2_AE3D_27D4_EB4F).rotatedLeft(by: 27) ^ word
            }
            var tail: UInt64 = 0
            for offset in (words * 8)..<raw.count {
                tail |= UInt64(raw[offset]) << (UInt64(offset - words * 8) * 8)
            }
            a = ((a ^ tail) &* 0x9E37_79B9_7F4A_7C15).rotatedLeft(by: 31)
            b = ((b &+ tail) &* 0xC2B2_AE3D_27D4_EB4F).rotatedLeft(by: 27) ^ tail
        }
        high = Self.mix(a ^ b.rotatedLeft(by: 17))
        low = Self.mix(b &+ a)
    }

    /// MurmurHash3's finalizer: every input bit affects every output bit.
    fileprivate static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    var description: String {
        let digits = String(high, radix: 16) + ":" + String(low, radix: 16)
        return digits
    }

    /// Reads `description` back.
    init?(_ text: Substring) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let high = UInt64(parts[0], radix: 16), let low = UInt64(parts[1], radix: 16) else { return nil }
        self.init(high: high, low: low)
    }
}

extension ContentHash {
    /// The fingerprint of bytes that come in pieces (a `ByteStream`), whose length is not
    /// known until the end. Not the same value as `ContentHash(bytes)` of the same bytes:
    /// a file is always fingerprinted the same one of the two ways.
    final class Streaming {
        private var a: UInt64 = 0x243F_6A88_85A3_08D3
        private var b: UInt64 = 0x1319_8A2E_0370_7344
        private var count: UInt64 = 0
        private var pending: [UInt8] = []

        func add(_ bytes: [UInt8]) {
            count &+= UInt64(bytes.count)
            var start = 0
            if !pending.isEmpty {
                let needed = min(8 - pending.count, bytes.count)
                pending += bytes[0..<needed]
                start = needed
                guard pending.count == 8 else { return }
                pending.withUnsafeBytes { mix(UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))) }
                pending.removeAll(keepingCapacity: true)
            }
            bytes.withUnsafeBytes { raw in
                var offset = start
                while offset + 8 <= raw.count {
                    mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                    offset += 8
                }
                pending += raw[offset...]
            }
        }

        private func mix(_ word: UInt64) {
            a = ((a ^ word) &* 0x9E37_79B9_7F4A_7C15).rotatedLeft(by: 31)
            b = ((b &+ word) &* 0xC2B2_AE3D_27D4_EB4F).rotatedLeft(by: 27) ^ word
        }

        func finish() -> ContentHash {
            var tail: UInt64 = 0
            for (offset, byte) in pending.enumerated() { tail |= UInt64(byte) << (UInt64(offset) * 8) }
            mix(tail ^ (count &* 0x9E37_79B9_7F4A_7C15))
            return ContentHash(high: ContentHash.mix(a ^ b.rotatedLeft(by: 17)), low: ContentHash.mix(b &+ a))
        }
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
