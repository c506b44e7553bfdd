import Testing
@testable import Civic

@Suite struct SourceTextTests {
    /// The fingerprint the preview's file cache keeps with a text is the text's, and is
    /// dropped as soon as the text changes, so that the entry cache never finds an entry by
    /// the fingerprint of a text it no longer has.
    @Test func aKeptFingerprintIsTheTextsAndGoesWithAnEdit() {
        let plain = SourceText(path: "content/pages/a.md", text: "---\ntitle: A\n---\nBody.\n")
        let fingerprinted = plain.fingerprinted()
        #expect(plain.contentHash == ContentHash(text: plain.text))
        #expect(fingerprinted.contentHash == plain.contentHash)
        #expect(fingerprinted == plain, "the fingerprint is not part of what a text is")
        #expect(Set([plain, fingerprinted]).count == 1)
        var edited = fingerprinted
        edited.text = "---\ntitle: B\n---\n"
        #expect(edited.contentHash == ContentHash(text: "---\ntitle: B\n---\n"))
        #expect(edited.contentHash != plain.contentHash)
    }
}
