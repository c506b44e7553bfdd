import Synchronization

/// One value made the first time it is asked for, then kept: what only some pages need
/// (a grouping of every commitment by partner) is not made by a preview that makes one page
/// that does not need it. Asked for on two cores at once, it is made once: the second waits.
final class MadeOnce<Value: Sendable>: Sendable {
    private let made = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        made.withLock(seenBy: self) { kept in
            if let kept { return kept }
            let value = make()
            kept = value
            return value
        }
    }
}
