import Foundation
import Testing
@testable import Civic

/// "You said, we did": a conversation's page says what happened next, a commitment's page
/// why it is being done, whichever side wrote the link.
@Suite struct FollowUpTests {
    static let files: [String: String?] = [
        "content/conversations/cafe.md": """
        ---
        title: Spring café
        start: 2025-03-01T18:00
        place: The library
        heard: "People asked for **bus passes** for carers."
        led_to: [bus-pass, review/la1]
        ---
        """,
        "content/commitments/benches.md": """
        ---
        title: Put benches on the high street
        lead: council
        outcomes: clean-air
        status: done
        answers: [cafe]
        ---
        """,
        "content/assessments/review.md": """
        ---
        title: First review
        date: 2025-04-01
        period: "2025"
        ratings:
          la1: {rating: 2, next_steps: "Share the agenda a week before."}
        ---
        """,
    ]

    @Test func bothPagesShowTheLinkWhicheverSideWroteIt() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticReport.text(result.diagnostics.sorted))")
        let cafe = try #require(result.text("conversations/cafe/index.html"))
        let next = try #require(cafe.range(of: "<h2>What happened next</h2>").map { String(cafe[$0.upperBound...]) })
        let busPass = try #require(next.range(of: "Give free bus passes to carers")), benches = try #require(next.range(of: "Put benches on the high street"))
        #expect(busPass.lowerBound < benches.lowerBound, "the ones it names first, then the ones that name it")
        #expect(next.contains("commitment-done"), "each with its status")
        #expect(next.contains(#"<a href="/test/assessments/review/#question-la1">First review</a>"#))
        #expect(next.contains("Share the agenda a week before."))
        let review = try #require(result.text("assessments/review/index.html"))
        #expect(review.contains(#"id="question-la1""#), "the link's target exists")

        for page in ["commitments/bus-pass/index.html", "commitments/benches/index.html"] {
            let text = try #require(result.text(page))
            #expect(text.contains("<h2>Why we are doing this</h2>"), "\(page)")
            #expect(text.contains(#"<a href="/test/conversations/cafe/">Spring café</a>"#))
            #expect(text.contains("<strong>bus passes</strong>"), "what residents said")
        }

        let json = try #require(result.text("data/partnership.json"))
        #expect(json.contains(#""led_to":["bus-pass","benches","review/la1"]"#))
        #expect(json.contains(#""answers":["cafe"]"#))
        let csv = try #require(result.text("data/conversations.csv"))
        #expect(csv.contains(",bus-pass benches review/la1,"))
    }

    @Test func unknownIdsAreErrorsWhereTheyAreWritten() throws {
        var files = Self.files
        files["content/conversations/cafe.md"] = "---\ntitle: Café\nstart: 2025-03-01T18:00\nplace: Library\nled_to: [bus-pas, reveiw/la1, review/la2]\n---\n"
        files["content/commitments/benches.md"] = "---\ntitle: Benches\nlead: council\noutcomes: clean-air\nstatus: done\nanswers: [caf]\n---\n"
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.messages(.error) == [
            "content/commitments/benches.md:6:11: unknown conversation 'caf'",
            "content/conversations/cafe.md:5:10: unknown commitment 'bus-pas'",
            "content/conversations/cafe.md:5:19: unknown review 'reveiw' in 'reveiw/la1'",
            "content/conversations/cafe.md:5:31: the review 'review' has no next steps for question 'la2'",
        ])
        let hints = site.check().sorted.compactMap(\.hint)
        #expect(hints.contains("did you mean 'bus-pass'?"))
        #expect(hints.contains("did you mean 'review'?"))
        #expect(hints.contains("did you mean 'la1'?"))
    }
}
