import Civic
import Foundation

/// Notices changes under a site's `content/` and `templates/` by comparing, every poll,
/// a fingerprint of each file's path, size and modification time (`SourceFingerprint`).
/// Polling works on every file system and needs nothing from the platform.
struct SourceWatcher: Sendable {
    let siteFolder: URL

    /// A value that changes whenever a file is added, removed or modified.
    func fingerprint() -> SourceFingerprint {
        SourceFingerprint(siteFolder: siteFolder.path)
    }
}
