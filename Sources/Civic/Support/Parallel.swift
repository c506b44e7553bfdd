import Dispatch
import Foundation
import Synchronization

/// Work spread over every core, with results in the input's order whatever order the
/// work finishes in, so that builds stay deterministic. The bodies the work reads are noted
/// in the log of whoever asked for it (`BodyReads`).
///
/// Work asked for inside the work of a map wide enough to keep every core busy (the pages
/// of a site) is done on the core that asked: spread again, its pieces would wait for
/// cores busy with other pages, and the file would take longer to finish for nothing. Inside
/// a narrow map (the few files a build makes after an edit to one body), it is spread.
enum Parallel {
    /// Whether the work running here is part of a map that already keeps every core busy.
    @TaskLocal private static var insideWideMap = false

    /// How many items per core make a map wide.
    static let wideFrom = 8

    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, items.count > 1, !insideWideMap else { return items.map(transform) }
        let wide = items.count >= cores * wideFrom
        // Many chunks per core, handed out as cores become free, so that a few expensive
        // items (a feed, an index of every commitment) do not leave a core idle.
        let chunkCount = min(items.count, cores * 64)
        let chunkSize = (items.count + chunkCount - 1) / chunkCount
        let results = Mutex<[[R]?]>(Array(repeating: nil, count: chunkCount))
        // The standard library's Mutex waits on a futex that ThreadSanitizer cannot see, so it
        // once reported this hand-over as a race; a pthread-based lock around it gives the
        // sanitizer the ordering it needs. The Mutex alone is what keeps the code correct.
        let sanitizerOrdering = NSLock()
        let log = BodyReads.log
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * chunkSize
            let end = min(start + chunkSize, items.count)
            guard start < end else { return }
            let mapped = $insideWideMap.withValue(wide) {
                BodyReads.recording(into: log) { items[start..<end].map(transform) }
            }
            sanitizerOrdering.lock()
            results.withLock { $0[chunk] = mapped }
            sanitizerOrdering.unlock()
        }
        sanitizerOrdering.lock()
        defer { sanitizerOrdering.unlock() }
        return results.withLock { $0.flatMap { $0 ?? [] } }
    }
}
