import Foundation
import Testing
@testable import Civic

@Suite struct KeptPiecesTests {
    static func hash(_ n: UInt64) -> ContentHash { ContentHash(high: n, low: n) }

    /// One build's pieces, made through `cache`, counting how many were made.
    final class Build: @unchecked Sendable {
        let pieces: KeptPieces
        var made = 0
        /// Tells this build's pieces from another's.
        let mark = UUID().uuidString

        init(cache: MarkdownCache, frame: UInt64 = 1, bodies: [String: UInt64], global: Set<String> = []) {
            pieces = KeptPieces(cache: cache)
            pieces.begin(frame: KeptPiecesTests.hash(frame), bodies: bodies.mapValues(KeptPiecesTests.hash), global: global)
        }

        /// The piece `name`, which reads `reads` and reports a problem unless `clean`.
        func piece(_ name: String, reads: [String], clean: Bool = true) -> String {
            String(decoding: pieces.bytes(name) {
                made += 1
                reads.forEach(BodyReads.note)
                return (Array("\(name) made \(made) in \(mark) of \(reads.joined(separator: "+"))\n".utf8), clean)
            }, as: UTF8.self)
        }
    }

    /// A piece is given again while the frame and every body it read are the same; a body
    /// it read that changed, or another frame, makes it again.
    @Test func aPieceIsGivenAgainOnlyWhileWhatItReadIsTheSame() {
        let cache = MarkdownCache()
        let first = Build(cache: cache, bodies: ["a.md": 10, "b.md": 20])
        let a1 = first.piece("a", reads: ["a.md"]), b1 = first.piece("b", reads: ["b.md"]), none1 = first.piece("none", reads: [])
        #expect(first.made == 3)

        let same = Build(cache: cache.next(), bodies: ["a.md": 10, "b.md": 20])
        #expect(same.piece("a", reads: ["a.md"]) == a1 && same.piece("b", reads: ["b.md"]) == b1 && same.piece("none", reads: []) == none1)
        #expect(same.made == 0)

        // a.md changed: only the piece that read it is made again.
        let edited = Build(cache: cache.next(), bodies: ["a.md": 11, "b.md": 20])
        #expect(edited.piece("a", reads: ["a.md"]) != a1)
        #expect(edited.piece("b", reads: ["b.md"]) == b1)
        #expect(edited.made == 1)

        // Another frame (front matter changed, say): every piece is made again.
        let reframed = Build(cache: cache.next(), frame: 2, bodies: ["a.md": 10, "b.md": 20])
        _ = reframed.piece("a", reads: ["a.md"]); _ = reframed.piece("none", reads: [])
        #expect(reframed.made == 2)
    }

    /// A body read outside the making of files (by validation) that changed makes every
    /// piece again, whatever it read; so does a body read then that was not read before.
    @Test func aBodyReadOutsideTheFilesMakesEveryPieceAgain() {
        let cache = MarkdownCache()
        let first = Build(cache: cache, bodies: ["a.md": 10, "t.es.md": 30], global: ["t.es.md"])
        _ = first.piece("a", reads: ["a.md"])
        let same = Build(cache: cache.next(), bodies: ["a.md": 10, "t.es.md": 30], global: ["t.es.md"])
        _ = same.piece("a", reads: ["a.md"])
        #expect(same.made == 0)
        let translated = Build(cache: cache.next(), bodies: ["a.md": 10, "t.es.md": 31], global: ["t.es.md"])
        _ = translated.piece("a", reads: ["a.md"])
        #expect(translated.made == 1)

        let plain = MarkdownCache()
        _ = Build(cache: plain, bodies: ["a.md": 10, "t.es.md": 30]).piece("a", reads: ["a.md"])
        let readNow = Build(cache: plain.next(), bodies: ["a.md": 10, "t.es.md": 30], global: ["t.es.md"])
        _ = readNow.piece("a", reads: ["a.md"])
        #expect(readNow.made == 1)
    }

    /// A piece whose making reported a problem is made, and reports it, on every build.
    @Test func aPieceThatReportedAProblemIsNotKept() {
        let cache = MarkdownCache()
        _ = Build(cache: cache, bodies: ["a.md": 10]).piece("a", reads: ["a.md"], clean: false)
        let again = Build(cache: cache.next(), bodies: ["a.md": 10])
        _ = again.piece("a", reads: ["a.md"], clean: false)
        #expect(again.made == 1)
    }

    /// The bodies a piece read are noted for the file being made, whether it was made or
    /// given again, so the file's record of reads is the same either way.
    @Test func aPieceGivenAgainNotesWhatItRead() {
        let cache = MarkdownCache()
        let first = Build(cache: cache, bodies: ["a.md": 10, "b.md": 20])
        let madeLog = BodyReadLog()
        BodyReads.recording(into: madeLog) { _ = first.piece("ab", reads: ["a.md", "b.md"]) }
        let second = Build(cache: cache.next(), bodies: ["a.md": 10, "b.md": 20])
        let givenLog = BodyReadLog()
        BodyReads.recording(into: givenLog) { _ = second.piece("ab", reads: ["a.md", "b.md"]) }
        #expect(second.made == 0)
        #expect(madeLog.read == ["a.md", "b.md"])
        #expect(givenLog.read == madeLog.read)
    }

    /// Before the sources are known (`begin`), nothing is kept or given.
    @Test func piecesBeforeTheSourcesAreKnownAreAlwaysMade() {
        let cache = MarkdownCache()
        let pieces = KeptPieces(cache: cache)
        var made = 0
        for _ in 0..<2 { _ = pieces.bytes("a") { made += 1; return ([1], true) } }
        #expect(made == 2)
        #expect(cache.counts == (reused: 0, rendered: 0))
    }
}
