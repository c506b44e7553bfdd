/// civic's version, said in one place: by `civic --version`, and in every page's
/// `<meta name="generator">`, so a published site says which civic made it. Raise it
/// with each release; the same version and content give the same bytes.
public enum CivicVersion {
    public static let number = "0.1.0"

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
