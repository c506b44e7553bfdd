import CCivicSystem
import Synchronization

extension Mutex where Value: ~Copyable {
    /// `withLock`, with the lock made visible to ThreadSanitizer: Swift's `Mutex` on Linux
    /// waits on a futex from the uninstrumented standard library, so TSan cannot see the
    /// order it gives and takes the accesses it guards for races. `token` names the lock
    /// to TSan (the address of the object that holds it). Nothing more happens outside a
    /// ThreadSanitizer build.
    borrowing func withLock<Result: Sendable>(seenBy token: AnyObject, _ body: (inout sending Value) -> Result) -> Result {
        let address = UnsafeRawPointer(Unmanaged.passUnretained(token).toOpaque())
        return withLock { value in
            civic_tsan_acquire(address)
            defer { civic_tsan_release(address) }
            return body(&value)
        }
    }
}
