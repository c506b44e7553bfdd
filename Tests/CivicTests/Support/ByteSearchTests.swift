import Testing
@testable import Civic

@Suite struct ByteSearchTests {
    @Test func findsTheFirstOccurrenceAsAByteOffset() {
        #expect(ByteSearch.firstOffset(of: "TODO:", in: "ab TODO TODO: x") == 8)
        #expect(ByteSearch.firstOffset(of: "TODO:", in: "é TODO:") == 3)
        #expect(ByteSearch.firstOffset(of: "abc", in: "abc") == 0)
        #expect(ByteSearch.firstOffset(of: "abc", in: "ab") == nil)
        #expect(ByteSearch.firstOffset(of: "x", in: "") == nil)
        #expect(ByteSearch.firstOffset(of: "", in: "abc") == nil)
        #expect(ByteSearch.contains("cd", in: "abcd"))
        #expect(!ByteSearch.contains("ce", in: "abcdcf"))
    }
}
