import Synchronization

/// One value made the first time it is asked for, then kept: what only some pages need
/// (a grouping of every commitment by partner) is not made by a preview that makes one page
/// that does not need it. Asked for on two cores at once, it is made once: the second waits.
/// Whoever asks for it is told which bodies it was made from (`BodyReads`).
final class MadeOnce<Value: Sendable>: Sendable {
    private let made = Mutex<(value: Value, read: Set<String>)?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        let outer = BodyReads.log
        let kept = made.withLock(seenBy: self) { kept in
            if let kept { return kept }
            let value = BodyReads.shared(make)
            kept = value
            return value
        }
        if !kept.read.isEmpty { outer?.note(kept.read) }
        return kept.value
    }
}
