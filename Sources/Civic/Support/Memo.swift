import Synchronization

/// Values made the first time one is asked for and kept, shared by the pages made on every
/// core: what several pages show (a commitment's card, a celebration's story) is made once,
/// and what no page asked for is never made. So a preview, which makes only the page a
/// browser asks for, does not first make what every page might need. Two cores asking for
/// the same value at once may both make it; making is deterministic, so either is kept.
/// Whoever asks for a value is told which bodies it was made from (`BodyReads`).
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let made = Mutex<[Key: (value: Value, read: Set<String>)]>([:])

    init() {}

    /// The value for `key`, made by `make` unless it was made before.
    func value(for key: Key, making make: () -> Value) -> Value {
        if let found = made.withLock(seenBy: self, { $0[key] }) {
            if !found.read.isEmpty { BodyReads.log?.note(found.read) }
            return found.value
        }
        let value = BodyReads.shared(make)
        return made.withLock(seenBy: self) { table in
            if let found = table[key] { return found.value }
            table[key] = value
            return value.value
        }
    }
}
