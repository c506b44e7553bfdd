import Foundation

/// Notices changes under a site's `content/` and `templates/` by comparing, every poll,
/// each file's path, size and modification time. Polling works on every file system and
/// needs nothing from the platform.
struct SourceWatcher: Sendable {
    let siteFolder: URL

    /// A value that changes whenever a file is added, removed or modified.
    func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for folder in ["content", "templates"] {
            let root = siteFolder.appendingPathComponent(folder)
            guard let enumerator = fm.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else {
                continue
            }
            for case let url as URL in enumerator {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                let stamp = values?.contentModificationDate?.timeIntervalSince1970 ?? 0
                result[url.path] = "\(values?.fileSize ?? -1)@\(stamp)"
            }
        }
        return result
    }
}
