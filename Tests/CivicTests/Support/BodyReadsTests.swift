import Testing
@testable import Civic

/// Every read of a body is noted in the log of the work that made it, through the values
/// shared between pieces of work and across cores (`BodyReads`).
@Suite struct BodyReadsTests {
    static func body(_ path: String) -> EntryBody {
        EntryBody(text: "Text of \(path).", location: SourceLocation(path: path, line: 4, column: 1))
    }

    @Test func aBodyReadIsNotedOnlyInTheLogOfTheWorkThatReadIt() {
        let (a, b) = (Self.body("content/a.md"), Self.body("content/b.md"))
        let outer = BodyReadLog(), inner = BodyReadLog()
        BodyReads.recording(into: outer) {
            _ = a.text()
            BodyReads.recording(into: inner) { _ = b.markdown() }
        }
        #expect(outer.read == ["content/a.md"])
        #expect(inner.read == ["content/b.md"])
        // Outside any log, nothing is noted and nothing fails.
        _ = a.text()
        #expect(outer.read == ["content/a.md"])
        // Comparing two bodies that start at the same place reads their texts.
        let again = EntryBody(text: "Other text.", location: a.location)
        let compared = BodyReadLog()
        BodyReads.recording(into: compared) { _ = a == again }
        #expect(compared.read == ["content/a.md"])
        let hashed = BodyReadLog()
        BodyReads.recording(into: hashed) { _ = Set([b]) }
        #expect(hashed.read == ["content/b.md"])
    }

    @Test func aValueMadeOnceTellsEveryoneWhoUsesItWhatItRead() {
        let a = Self.body("content/a.md")
        let memo = Memo<String, Int>()
        let once = MadeOnce<Int> { (try? a.text().get())?.count ?? 0 }
        let first = BodyReadLog(), second = BodyReadLog(), third = BodyReadLog()
        // Made outside any log (as a preview's page may make it), then used inside one.
        _ = memo.value(for: "a") { (try? a.text().get())?.count ?? 0 }
        BodyReads.recording(into: first) { _ = memo.value(for: "a") { 0 } }
        BodyReads.recording(into: second) { _ = once.value }
        BodyReads.recording(into: third) { _ = once.value }
        #expect(first.read == ["content/a.md"])
        #expect(second.read == ["content/a.md"])
        #expect(third.read == ["content/a.md"])
    }

    @Test func workSpreadOverTheCoresNotesItsReadsInTheLogOfWhoAskedForIt() {
        let bodies = (0..<200).map { Self.body("content/\($0).md") }
        let log = BodyReadLog()
        let lengths = BodyReads.recording(into: log) { Parallel.map(bodies) { (try? $0.text().get())?.count ?? 0 } }
        #expect(lengths.count == 200)
        #expect(log.read == Set((0..<200).map { "content/\($0).md" }))
    }
}
