#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The files of the last build that this one may keep as they are, without making them
/// again (`ReadRecord` says which), and where they are: the output folder the last build
/// left, with its manifest. A file is kept only while it is still the very file that build
/// wrote (inode, size and change time); one changed since is made again.
struct KeptFiles: Sendable {
    /// The output folder the last build left.
    var folder: String
    /// The paths in the site that may be kept.
    var paths: Set<String>
    /// What the folder's manifest says of each of its files.
    var manifest: WriteManifest

    /// The files of `folder` at `paths`, as its manifest describes them; nil when it has none.
    init?(folder: String, paths: Set<String>) {
        guard let inode = WriteManifest.folderInode(folder) else { return nil }
        let url = URL(fileURLWithPath: folder)
        let manifest = WriteManifest.read(WriteManifest.path(parent: url.deletingLastPathComponent().path,
                                                             name: url.lastPathComponent, inode: inode))
        guard !manifest.entries.isEmpty else { return nil }
        (self.folder, self.paths, self.manifest) = (folder, paths, manifest)
    }

    /// Puts the kept file at `path` in the site at `target` (the same file, when the build
    /// writes in place), where `known` is what the manifest of `target`'s folder says is
    /// there; nil when the file may not be kept, and must be made.
    func keep(_ path: String, at target: String, replacing: Bool, known: WriteManifest.Entry?) -> SiteWriter.Written? {
        guard paths.contains(path), let kept = manifest.entries[path] else { return nil }
        let source = folder + "/" + path
        guard WriteManifest.FileIdentity.of(source) == kept.identity else { return nil }
        if replacing {
            let there = WriteManifest.FileIdentity.of(target)
            if there == kept.identity { return SiteWriter.Written(wrote: false, entry: kept) }
            if let known, known.hash == kept.hash, there == known.identity { return SiteWriter.Written(wrote: false, entry: known) }
        }
        guard let bytes = FileManager.default.contents(atPath: source).map(Array.init), bytes.count == kept.identity.size,
              WriteManifest.FileIdentity.of(source) == kept.identity,
              let identity = SiteWriter.writeFile(bytes, to: target, replacing: replacing) else { return nil }
        return SiteWriter.Written(wrote: true, entry: WriteManifest.Entry(hash: kept.hash, identity: identity))
    }
}
