import Foundation
import Testing
@testable import Civic

/// `Parallel.map` keeps its results in order, and does not spread again the work asked for
/// inside a map that already keeps every core busy.
@Suite struct ParallelTests {
    @Test func resultsComeInTheOrderOfTheItems() {
        let items = Array(0..<1000)
        #expect(Parallel.map(items) { $0 * 2 } == items.map { $0 * 2 })
    }

    @Test func workInsideAWideMapStaysOnTheCoreThatAskedForIt() {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let outer = Array(0..<(max(cores, 2) * Parallel.wideFrom))
        let spread = Parallel.map(outer) { _ -> Bool in
            let asking = pthread_self()
            let threads = Parallel.map(Array(0..<200)) { _ in pthread_self() }
            return threads.allSatisfy { $0 == asking }
        }
        #expect(spread.allSatisfy { $0 })
        #expect(Parallel.map(outer) { $0 + 1 } == outer.map { $0 + 1 })
    }
}
