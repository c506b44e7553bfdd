import Synchronization
import Testing
@testable import Civic

@Suite struct MadeOnceTests {
    /// Asked for on every core at once, the value is made once and every caller gets it.
    @Test func isMadeOnceHoweverManyAskAtOnce() {
        let makings = Mutex(0)
        let shared = MadeOnce<[Int]> {
            makings.withLock { $0 += 1 }
            return Array(0..<1000)
        }
        let sums = Parallel.map(Array(0..<500)) { _ in shared.value.reduce(0, +) }
        #expect(sums.allSatisfy { $0 == 499_500 })
        #expect(makings.withLock { $0 } == 1)
    }

    /// Never asked for, never made.
    @Test func isNotMadeUntilAskedFor() {
        let makings = Mutex(0)
        let shared = MadeOnce<Int> {
            makings.withLock { $0 += 1 }
            return 7
        }
        #expect(makings.withLock { $0 } == 0)
        #expect(shared.value == 7)
        #expect(shared.value == 7)
        #expect(makings.withLock { $0 } == 1)
    }
}
