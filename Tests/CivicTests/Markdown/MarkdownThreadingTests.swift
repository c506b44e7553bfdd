import Foundation
import Synchronization
import Testing
@testable import Civic

/// cmark-gfm keeps process-wide state (the inline parser's special-character tables, which
/// each parser switches its extensions' characters on and off in); Markdown rendered on many
/// threads at once must come out exactly as it does on one.
@Suite struct MarkdownThreadingTests {
    /// Documents that use every GFM extension civic turns on, of different lengths, so that
    /// threads start and finish their parses at different moments.
    static let documents: [String] = (0..<12).map { index in
        var text = "# Document \(index)\n\n"
        for paragraph in 0...(index * 3) {
            text += """
            Paragraph \(paragraph): the ~~old~~ new plan is at https://example.org/plan/\(paragraph) and \
            www.example.org/\(index), write to team\(paragraph)@example.org, see the note[^n\(paragraph)].

            | Area | Before | After |
            | :--- | -----: | :---: |
            | North | ~~12~~ | 14 https://example.org/north |
            | South \(paragraph) | 9 | www.example.org/south |

            - [x] done ~~late~~ on time
            - [ ] still to do, see https://example.org/todo/\(paragraph)

            [^n\(paragraph)]: A footnote with ~~struck~~ text and www.example.org/footnote.


            """
        }
        return text
    }

    /// Renders every document `rounds` times on `threads` threads at once and counts the
    /// renderings that differ from the single-threaded one.
    static func mismatches(threads: Int, rounds: Int) -> (count: Int, example: String?) {
        let renderer = MarkdownRenderer()
        let expected = documents.map { renderer.render($0).html }
        let found = Mutex<(count: Int, example: String?)>((0, nil))
        let group = DispatchGroup()
        for thread in 0..<threads {
            group.enter()
            let worker = Thread {
                for round in 0..<rounds {
                    for offset in documents.indices {
                        let index = (offset + thread + round) % documents.count
                        let html = renderer.render(documents[index]).html
                        if html != expected[index] {
                            found.withLock { value in
                                value.count += 1
                                if value.example == nil { value.example = "document \(index) on thread \(thread): \(html.prefix(400))" }
                            }
                        }
                    }
                }
                group.leave()
            }
            worker.start()
        }
        group.wait()
        return found.withLock { $0 }
    }

    @Test func theSingleThreadedRenderingUsesEveryExtension() {
        let html = MarkdownRenderer().render(Self.documents[1]).html
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"https://example.org/plan/0\">"))
        #expect(html.contains("<a href=\"http://www.example.org/1\">"))
        #expect(html.contains("<a href=\"mailto:team0@example.org\">"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\"><del>12</del></td>") || html.contains("<td style=\"text-align: right\"><del>12</del></td>"))
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("class=\"footnotes\""))
    }

    /// civic's own switch of the extensions' characters is the one the library calls, so
    /// parsers finish at the same time rather than taking turns: without it, the test below
    /// would pass only because of the lock, and the build would be a fifth slower.
    @Test func parsersFinishWithoutTakingTurns() {
        #expect(MarkdownRenderer.finishTakesTurns == false)
    }

    @Test func manyThreadsRenderExactlyAsOneDoes() {
        let result = Self.mismatches(threads: 8, rounds: 12)
        #expect(result.count == 0, "\(result.count) renderings differed; first: \(result.example ?? "")")
    }
}
