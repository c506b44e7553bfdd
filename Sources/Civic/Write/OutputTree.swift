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
    static func scan(_ root: String, skipping: Set<String> = []) -> OutputTree {
        var tree = OutputTree()
        tree.scanFolder(root: root, relative: "", skipping: skipping)
        return tree
    }

    private mutating func scanFolder(root: String, relative: String, skipping: Set<String> = []) {
        let absolute = relative.isEmpty ? root : root + "/" + relative
        guard let children = DirectoryListing.entries(of: absolute) else { return }
        for child in children where !skipping.contains(child.name) {
            let path = relative.isEmpty ? child.name : relative + "/" + child.name
            var kind = child.kind
            if kind == UInt8(DT_UNKNOWN) {
                // Some file systems do not say in the listing; ask without following links.
                var status = stat()
                guard lstat(root + "/" + path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: kind = UInt8(DT_DIR)
                case S_IFREG: kind = UInt8(DT_REG)
                default: kind = UInt8(DT_LNK)
                }
            }
            switch kind {
            case UInt8(DT_DIR):
                folders.insert(path)
                scanFolder(root: root, relative: path)
            case UInt8(DT_REG):
                files.insert(path)
            default:
                unlink(root + "/" + path)
            }
        }
    }
}
