#if canImport(Glibc)
import Glibc
#endif

/// What the writer knows about the files it wrote into one output folder: the fingerprint
/// of each file's bytes, and which file on disk it was (inode, size, and the time of its
/// last change, which the system sets on every write and nobody can set back).
///
/// The next build that stages into that folder trusts a fingerprint only while the file is
/// still exactly the one written: then an unchanged page costs one `lstat` instead of
/// reading the old file back, which on a large site (1.6 GB at 100,000 entries) often is
/// no longer in memory. Anything else (no manifest, a file touched since, a line it cannot
/// read) falls back to comparing the bytes. The manifest lives beside the output, named
/// after the folder's inode (`.civic-manifest-public-1234`), so it follows the folder
/// through the swaps; deleting it is always safe.
struct WriteManifest: Sendable {
    /// One written file.
    struct Entry: Sendable, Equatable {
        var hash: ContentHash
        var identity: FileIdentity
    }

    /// Which file on disk, as of its last change.
    struct FileIdentity: Sendable, Equatable {
        var inode: UInt64
        var size: Int
        /// `st_ctim` in nanoseconds.
        var changed: Int64

        init(inode: UInt64, size: Int, changed: Int64) {
            (self.inode, self.size, self.changed) = (inode, size, changed)
        }

        init?(_ status: stat) {
            guard status.st_mode & S_IFMT == S_IFREG else { return nil }
            self.init(inode: UInt64(status.st_ino), size: Int(status.st_size),
                      changed: Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec))
        }

        /// The regular file at `path` (links are not followed), or nil.
        static func of(_ path: String) -> FileIdentity? {
            var status = stat()
            guard lstat(path, &status) == 0 else { return nil }
            return FileIdentity(status)
        }
    }

    var entries: [String: Entry] = [:]

    static let prefix = ".civic-manifest-"
    private static let header = "civic write manifest 1"

    /// Where the manifest of the folder `name` with inode `inode` is kept, inside `parent`.
    static func path(parent: String, name: String, inode: UInt64) -> String {
        "\(parent)/\(prefix)\(name)-\(inode)"
    }

    /// The inode of the folder at `path`, or nil.
    static func folderInode(_ path: String) -> UInt64? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
        return UInt64(status.st_ino)
    }

    /// The manifest at `path`; empty when there is none or it is not one. Lines it cannot
    /// read are skipped, so those files are compared byte by byte.
    static func read(_ path: String) -> WriteManifest {
        var manifest = WriteManifest()
        forEachEntry(in: path) { file, entry in manifest.entries[String(decoding: file, as: UTF8.self)] = entry }
        return manifest
    }

    /// What the manifest at `path` records of each of `files`, by its place there (nil for
    /// a file it does not list); empty when there is no manifest.
    static func read(_ path: String, for files: [String]) -> [Entry?] {
        let places = Dictionary(files.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var entries: [Entry?] = []
        forEachEntry(in: path) { file, entry in
            guard let place = places[String(decoding: file, as: UTF8.self)] else { return }
            if entries.isEmpty { entries = Array(repeating: nil, count: files.count) }
            entries[place] = entry
        }
        return entries
    }

    /// Each line of the manifest at `path` that it can read: the file's path and its entry.
    private static func forEachEntry(in path: String, _ body: (ArraySlice<UInt8>, Entry) -> Void) {
        guard let bytes = readWholeFile(path) else { return }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).makeIterator()
        guard let first = lines.next(), String(decoding: first, as: UTF8.self) == header else { return }
        while let line = lines.next() {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5,
                  let hash = ContentHash(Substring(String(decoding: fields[0], as: UTF8.self))),
                  let size = Int(String(decoding: fields[1], as: UTF8.self)),
                  let inode = UInt64(String(decoding: fields[2], as: UTF8.self)),
                  let changed = Int64(String(decoding: fields[3], as: UTF8.self)) else { continue }
            body(fields[4], Entry(hash: hash, identity: FileIdentity(inode: inode, size: size, changed: changed)))
        }
    }

    /// Writes the manifest to `path` through a temporary file and a rename, so a reader
    /// never sees half of one.
    func write(to path: String) {
        let sorted = entries.sorted { $0.key < $1.key }
        Self.write(sorted.map(\.value), of: sorted.map(\.key), to: path)
    }

    /// Writes a manifest of `files`, each with its entry in `entries` (same places; a file
    /// without one is left out), sorted by path.
    static func write(_ entries: [Entry?], of files: [String], to path: String) {
        var bytes = Array((header + "\n").utf8)
        bytes.reserveCapacity(files.count * 96)
        for index in files.indices.sorted(by: { files[$0] < files[$1] }) {
            guard let entry = entries[index], !files[index].utf8.contains(UInt8(ascii: "\n")) else { continue }
            bytes += "\(entry.hash) \(entry.identity.size) \(entry.identity.inode) \(entry.identity.changed) \(files[index])\n".utf8
        }
        let temporary = path + ".tmp"
        unlink(temporary)
        if SiteWriter.writeFile(bytes, to: temporary) != nil, rename(temporary, path) == 0 { return }
        unlink(temporary)
    }

    /// Removes the manifests in `parent` of the output `name` that belong to none of `keep`.
    static func removeOthers(in parent: String, name: String, keep: [UInt64]) {
        guard let entries = DirectoryListing.entries(of: parent) else { return }
        let own = prefix + name + "-"
        var stale: [String] = []
        for entry in entries {
            let entryName = entry.name
            guard entryName.hasPrefix(own) else { continue }
            let rest = entryName.dropFirst(own.count)
            if let inode = UInt64(rest), keep.contains(inode) { continue }
            // Another output's manifest (`public-old` for `public`) has a name, not a number, here.
            guard let last = rest.split(separator: ".").first, UInt64(last) != nil else { continue }
            stale.append(entryName)
        }
        for entryName in stale { unlink(parent + "/" + entryName) }
    }

    private static func readWholeFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? bytes : nil }
            bytes.append(contentsOf: buffer[..<count])
        }
    }
}
