/// A language tag as `site.yml` and translations' file names give it (`en-GB`, `es`, `cy`).
enum LanguageTag {
    /// BCP 47 in its common form: a 2-3 letter language, then subtags of 1-8 letters or digits.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
