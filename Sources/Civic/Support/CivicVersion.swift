#if canImport(Glibc)
import Glibc
#endif

/// civic's version, said in one place: by `civic --version`, and in every page's
/// `<meta name="generator">`, so a published site says which civic made it. Raise it
/// with each release; the same version and content give the same bytes.
public enum CivicVersion {
    public static let number = "0.1.0"

    /// This very executable: its size, modification time and inode, from `/proc/self/exe`.
    /// What a build keeps for the next one (`MarkdownCache`, `BuildStamp`) names it, since a
    /// civic built from changed sources may make other bytes under the same version number.
    static let executable: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
        return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino)"
    }()

    /// What a page says made it.
    public static var generator: String { "civic \(number)" }

    /// Where civic's source and releases are published; each release tag `vVERSION` carries
    /// the Debian package `make deb` builds (`.github/workflows/release.yml`).
    public static let repository = "https://github.com/civic-partnerships/civic"

    /// The Debian package of this version, for machines without Swift: the CI files
    /// `civic init` writes install civic from here, pinned to the version that wrote them.
    public static var debianPackageURL: String {
        "\(repository)/releases/download/v\(number)/civic_\(number)_amd64.deb"
    }
}
