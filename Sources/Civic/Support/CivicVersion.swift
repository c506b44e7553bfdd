/// civic's version, said in one place: by `civic --version`, and in every page's
/// `<meta name="generator">`, so a published site says which civic made it. Raise it
/// with each release; the same version and content give the same bytes.
public enum CivicVersion {
    public static let number = "0.1.0"

    /// What a page says made it.
    public static var generator: String { "civic \(number)" }
}
