#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What a folder that a build writes into already holds: its regular files and folders,
/// by path relative to it. Anything else found there (a symbolic link, a pipe, a device)
/// is removed while scanning, so that writing into the folder afterwards can only ever
/// touch files inside it, never follow a link out of it.
struct OutputTree {
    var files: Set<String> = []
    var folders: Set<String> = []

    /// `skipping` names entries at the top that are left alone: neither listed nor removed.
    /// `parallelFrom`: how many entries a folder holds before they are looked at on every
    /// core (the same tree either way).
    static func scan(_ root: String, skipping: Set<String> = [], parallelFrom: Int = SourceFingerprint.parallelFrom) -> OutputTree {
        let found = scanFolder(root: root, relative: "", skipping: skipping, parallelFrom: parallelFrom)
        return OutputTree(files: Set(found.files), folders: Set(found.folders))
    }

    /// The files and folders under `relative`. A folder of thousands of pages (each a folder
    /// of its own) is looked at on every core: a one-file build scans a whole output.
    private static func scanFolder(root: String, relative: String, skipping: Set<String> = [],
                                   parallelFrom: Int) -> (files: [String], folders: [String]) {
        let absolute = relative.isEmpty ? root : root + "/" + relative
        guard let children = DirectoryListing.entries(of: absolute) else { return ([], []) }
        @Sendable func look(_ child: DirectoryListing.Entry) -> (files: [String], folders: [String]) {
            let path = relative.isEmpty ? child.name : relative + "/" + child.name
            var kind = child.kind
            if kind == UInt8(DT_UNKNOWN) {
                // Some file systems do not say in the listing; ask without following links.
                var status = stat()
                guard lstat(root + "/" + path, &status) == 0 else { return ([], []) }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: kind = UInt8(DT_DIR)
                case S_IFREG: kind = UInt8(DT_REG)
                default: kind = UInt8(DT_LNK)
                }
            }
            switch kind {
            case UInt8(DT_DIR):
                let inside = scanFolder(root: root, relative: path, parallelFrom: parallelFrom)
                return (inside.files, [path] + inside.folders)
            case UInt8(DT_REG):
                return ([path], [])
            default:
                unlink(root + "/" + path)
                return ([], [])
            }
        }
        let wanted = children.filter { !skipping.contains($0.name) }
        let parts = wanted.count < parallelFrom ? wanted.map(look) : Parallel.map(wanted, look)
        return (parts.flatMap(\.files), parts.flatMap(\.folders))
    }
}
