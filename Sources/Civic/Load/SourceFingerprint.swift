#if canImport(Glibc)
import Glibc
#endif

/// One value that changes whenever a file under a site's `content/` or `templates/` is
/// added, removed, renamed or written: every file's path, size, inode, modification time
/// and change time (to the nanosecond; the system sets the change time on every write, and
/// nobody can set it back), fingerprinted together as the folders are walked. The preview takes one
/// each time it looks for changes, so it is made without Foundation's file enumerator and
/// without a table of the files: at 10,000 entries that enumerator made an idle preview
/// take most of a core.
public struct SourceFingerprint: Equatable, Sendable {
    let hash: ContentHash
    /// How many files were seen.
    public let files: Int
    /// The latest modification time of any file seen, in nanoseconds since 1970 (0 for none):
    /// a file written in the same tick of the file system's clock as the fingerprint was
    /// taken could be written again without changing its times (see `BuildStamp`).
    public let newestModification: Int64

    /// A file modified this recently (in nanoseconds) before it was read is not trusted to
    /// show its next change in its times: two seconds cover the coarsest clocks in use
    /// (FAT's two seconds; the tick of ext4 and tmpfs is a few milliseconds).
    static let settleTime: Int64 = 2_000_000_000

    /// How many entries a folder holds before they are looked at on every core.
    static let parallelFrom = 512

    private static func status(_ path: String) -> stat? {
        var status = stat()
        return lstat(path, &status) == 0 ? status : nil
    }

    public init(siteFolder: String) {
        self.init(siteFolder: siteFolder, parallelFrom: Self.parallelFrom)
    }

    /// `parallelFrom`: how many entries a folder holds before they are looked at on every
    /// core (the same fingerprint either way).
    init(siteFolder: String, parallelFrom: Int) {
        let hasher = ContentHash.Streaming()
        var files = 0
        var newest: Int64 = 0
        var bytes: [UInt8] = []
        func walk(_ folder: String) {
            guard let entries = DirectoryListing.entries(of: folder) else { return }
            let paths = entries.map { folder + "/" + $0.name }
            // A folder of thousands of entries is looked at on every core, then hashed in order.
            let statuses = paths.count < parallelFrom ? paths.map(Self.status) : Parallel.map(paths, Self.status)
            for (path, found) in zip(paths, statuses) {
                guard let status = found else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    walk(path)
                    continue
                }
                files += 1
                bytes.removeAll(keepingCapacity: true)
                bytes += path.utf8
                bytes.append(0)
                newest = max(newest, Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
                for value in [Int64(status.st_size), Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec), Int64(status.st_ino),
                              Int64(status.st_ctim.tv_sec), Int64(status.st_ctim.tv_nsec)] {
                    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
                }
                hasher.add(bytes)
            }
        }
        for folder in ["content", "templates"] { walk(siteFolder + "/" + folder) }
        self.hash = hasher.finish()
        self.files = files
        self.newestModification = newest
    }
}
