import Synchronization

/// Which entries' bodies a piece of work read: the files their bodies came from.
///
/// A build into an output records, for each file it makes, the bodies that file was made
/// from (`ReadRecord`), so that the next build, when only bodies changed, makes again only
/// the files that read one of them. Every read of a body's text goes through `EntryBody`,
/// which notes it here; work shared between files (a `Memo`, a `MadeOnce`) keeps the reads
/// that made it and passes them on to every file that uses it; `Parallel.map` carries the
/// log into its workers. Reads made outside any file's making (validation, resolving,
/// planning) land in the build's own log.
final class BodyReadLog: Sendable {
    private let paths = Mutex<Set<String>>([])

    init() {}

    func note(_ path: String) {
        paths.withLock(seenBy: self) { _ = $0.insert(path) }
    }

    func note<S: Sequence<String> & Sendable>(_ more: S) {
        paths.withLock(seenBy: self) { $0.formUnion(more) }
    }

    /// The files read so far.
    var read: Set<String> { paths.withLock(seenBy: self) { $0 } }
}

enum BodyReads {
    /// The log the work running on this thread notes its reads in, if any.
    @TaskLocal static var log: BodyReadLog?

    /// Notes that the body of the file at `path` was read.
    @inline(__always)
    static func note(_ path: String) {
        log?.note(path)
    }

    /// Runs `work` with its reads noted in `log`.
    static func recording<R>(into log: BodyReadLog?, _ work: () throws -> R) rethrows -> R {
        try $log.withValue(log, operation: work)
    }

    /// Runs `work`, which makes something kept and shared, and gives the reads it made too;
    /// the reads are also noted in the log of whoever asked.
    static func shared<R>(_ work: () -> R) -> (value: R, read: Set<String>) {
        let outer = log
        let inner = BodyReadLog()
        let value = recording(into: inner, work)
        let read = inner.read
        if !read.isEmpty { outer?.note(read) }
        return (value, read)
    }
}
