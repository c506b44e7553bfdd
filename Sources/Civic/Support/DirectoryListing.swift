#if canImport(Glibc)
import Glibc
#endif

/// The names and kinds of what one folder holds, read with `readdir`.
///
/// The C library hands out each entry packed to its real length (`d_reclen`), so the last
/// entry of its buffer can end well before the 256 bytes that `d_name` is declared with.
/// Copying the entry or its `d_name` field (as `entry.pointee.d_name` does) reads those 256
/// bytes and can run past the end of a mapped page; the name is read here through a pointer
/// to the field, only up to its terminating zero.
enum DirectoryListing {
    struct Entry: Equatable {
        var name: String
        /// `DT_DIR`, `DT_REG`, `DT_LNK`, ..., or `DT_UNKNOWN` where the file system does not say.
        var kind: UInt8
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let kindOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    /// Every entry but `.` and `..`, in the order the file system lists them; nil when the
    /// folder cannot be opened.
    static func entries(of path: String) -> [Entry]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [Entry] = []
        while let entry = readdir(folder) {
            let raw = UnsafeRawPointer(entry)
            let name = String(cString: raw.advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, kind: raw.load(fromByteOffset: kindOffset, as: UInt8.self)))
        }
        return entries
    }
}
