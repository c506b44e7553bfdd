#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// The entry files one load read, for the next: the preview keeps one from each build to the
/// next, so that a save reads again only the files whose status changed, not all 10,000.
///
/// A file's text is given again only while the file is the very one read: the same inode,
/// size, and modification and change times to the nanosecond (every write sets the change
/// time, and nobody can set it back). A file modified less than `SourceFingerprint.settleTime`
/// before it was read is not kept: written again within the same tick of the file system's
/// clock, its times would not change (git's "racily clean" files).
public final class SourceCache: Sendable {
    /// Which file on disk, as of its last change.
    struct Identity: Hashable, Sendable {
        var inode: UInt64
        var size: Int
        var modified: Int64
        var changed: Int64

        init(_ status: stat) {
            inode = UInt64(status.st_ino)
            size = Int(status.st_size)
            modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
            changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        }
    }

    private struct Kept: Sendable {
        var identity: Identity
        var text: SourceText
    }

    private struct State {
        /// The files this load read and keeps.
        var current: [String: Kept] = [:]
        /// The paths of the files given from `previous`: a list, not a table, so that a save
        /// that changed one file does not rebuild a table of 10,000 while the editor waits
        /// (`next` does that, after the page is shown).
        var carried: [String] = []
        var reused = 0
        var read = 0
    }

    /// What the load before kept: read by every core at once, so never changed.
    private let previous: [String: Kept]
    private let state = Mutex(State())
    /// When this load began, in nanoseconds since 1970.
    private let began: Int64

    /// An empty cache: every file is read.
    public convenience init() { self.init(previous: [:]) }

    private init(previous: [String: Kept]) {
        self.previous = previous
        began = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
    }

    private func locked<R: Sendable>(_ body: (inout State) -> R) -> R {
        state.withLock(seenBy: self) { body(&$0) }
    }

    /// A cache for the next load, holding the files this one read or was given.
    public func next() -> SourceCache {
        let previous = self.previous
        return SourceCache(previous: locked { s in
            var files = s.current
            files.reserveCapacity(s.current.count + s.carried.count)
            for path in s.carried { files[path] = previous[path] }
            return files
        })
    }

    /// How many files this load took from the cache, and how many it read.
    public var counts: (reused: Int, read: Int) { locked { ($0.reused, $0.read) } }

    /// The text of the file at `path` (relative to the site folder), when the file with
    /// `status` is the one read before. Looked up on every core at once, without a lock:
    /// the texts given are then noted in one go (`carryOver`).
    func text(at path: String, _ status: stat) -> SourceText? {
        guard let kept = previous[path], kept.identity == Identity(status) else { return nil }
        return kept.text
    }

    /// Notes that the files at `paths` were given from this cache, to be kept for the next load.
    func carryOver(_ paths: [String]) {
        locked { s in
            s.carried += paths
            s.reused += paths.count
        }
    }

    /// Keeps the text just read from the file with `status`, unless the file is too new for
    /// its times to show the next change.
    func keep(_ text: SourceText, _ status: stat) {
        let identity = Identity(status)
        let settled = identity.modified < began - SourceFingerprint.settleTime
        let text = settled ? text.fingerprinted() : text
        locked { s in
            s.read += 1
            if settled { s.current[text.path] = Kept(identity: identity, text: text) }
        }
    }
}
