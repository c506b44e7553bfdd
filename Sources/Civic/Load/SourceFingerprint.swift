#if canImport(Glibc)
import Glibc
#endif

/// One value that changes whenever a file under a site's `content/` or `templates/` is
/// added, removed, renamed or written: every file's path, size and modification time (to
/// the nanosecond), fingerprinted together as the folders are walked. The preview takes one
/// each time it looks for changes, so it is made without Foundation's file enumerator and
/// without a table of the files: at 10,000 entries that enumerator made an idle preview
/// take most of a core.
public struct SourceFingerprint: Equatable, Sendable {
    let hash: ContentHash
    /// How many files were seen.
    public let files: Int

    public init(siteFolder: String) {
        let hasher = ContentHash.Streaming()
        var files = 0
        var bytes: [UInt8] = []
        func walk(_ folder: String) {
            guard let entries = DirectoryListing.entries(of: folder) else { return }
            for entry in entries {
                let path = folder + "/" + entry.name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    walk(path)
                    continue
                }
                files += 1
                bytes.removeAll(keepingCapacity: true)
                bytes += path.utf8
                bytes.append(0)
                for value in [Int64(status.st_size), Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec), Int64(status.st_ino)] {
                    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
                }
                hasher.add(bytes)
            }
        }
        for folder in ["content", "templates"] { walk(siteFolder + "/" + folder) }
        self.hash = hasher.finish()
        self.files = files
    }
}
