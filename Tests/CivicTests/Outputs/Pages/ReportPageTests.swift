import Foundation
import Testing
@testable import Civic

/// A report gathers a period as it stood at its end: figures, commitments, the review, the
/// conversations with what followed them, and the celebrations.
@Suite struct ReportPageTests {
    static let files: [String: String?] = [
        "content/assessments/first.md": ReportPeriodsTests.review("2024/25", on: "2025-03-20"),
        "content/assessments/zero.md": ReportPeriodsTests.review("2023/24", on: "2024-03-20"),
        "content/commitments/benches.md": """
        ---
        title: Put benches on the high street
        lead: alliance
        outcomes: clean-air
        status: done
        start: 2024-01-01
        answers: [bench-walk]
        updates:
          - {date: 2024-08-30, status: done, progress: 100, note: "All in."}
        ---
        """,
        "content/commitments/later.md": "---\ntitle: Start a repair café\nlead: council\noutcomes: clean-air\nstatus: planned\nstart: 2026-01-01\n---\n",
        "content/conversations/bench-walk.md": """
        ---
        title: Walk along the high street
        start: 2024-05-01T10:00
        place: Market Square
        heard: "Residents asked for **benches** to rest on."
        ---
        """,
        "content/celebrations/opening.md": "---\ntitle: Benches opened\ndate: 2024-09-01\n---\nA good day.\n",
    ]

    @Test func aReviewPeriodsReportSaysHowThingsStoodAtItsEnd() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticReport.text(result.diagnostics.sorted))")
        let page = try #require(result.text("reports/2024-25/index.html"))
        #expect(page.contains("<h1>Report for 2024/25</h1>"))
        #expect(page.contains("21 March 2024 to 20 March 2025 · Review period"))
        #expect(!page.contains("not over yet"))
        // The 2024 figure was for a year that ended in the period: new in it, drawn in it.
        #expect(page.contains("At the end of the period: 30 µg/m³ in 2024"))
        #expect(page.contains("<p>Fell from 40 µg/m³ in 2020 to 30 µg/m³ in 2024. Target: 20 µg/m³ by 2030.</p>"))
        #expect(page.matches(of: /<svg class="period-chart"[^>]* role="img" aria-label="Fell from 40 µg\/m³ in 2020 to 30 µg\/m³ in 2024\. Target: 20 µg\/m³ by 2030\. The shaded part is this report&#39;s period\.">/).count == 1)
        #expect(page.matches(of: /<circle class="in-period"/).count == 1 && page.matches(of: /<circle class="before"/).count == 1)
        // Commitments as they stood on 20 March 2025.
        let done = try #require(page.range(of: "<h4>Done in this period</h4>"))
        let overdue = try #require(page.range(of: "<h4>Overdue at its end</h4>"))
        #expect(page[done.upperBound..<overdue.lowerBound].contains("Put benches on the high street"))
        #expect(page[overdue.upperBound...].prefix(600).contains("Give free bus passes to carers"), "due 1 January 2025, still open")
        #expect(!page.contains("Start a repair café"), "not started by the end of the period")
        #expect(page.contains("<dt>Done in this period</dt><dd>1</dd>") && page.contains("<dt>Overdue at its end</dt><dd>1</dd>"))
        // The review, the conversation with what it led to, the celebration.
        #expect(page.contains(#"<a href="/test/assessments/first/">Review 2024/25</a>"#))
        #expect(page.contains("1 of 30 questions assessed; 0 improved and 0 declined since the review before."))
        #expect(page.contains("Residents asked for <strong>benches</strong> to rest on."))
        let next = try #require(page.range(of: "<h4>What happened next</h4>"))
        #expect(page[next.upperBound...].prefix(400).contains("Put benches on the high street</a>: <a class=\"status commitment-done\""))
        #expect(page.contains(#"<a href="/test/celebrations/opening/">Benches opened</a>"#))
        #expect(page.contains(##"<li><a href="#outcome-clean-air">Everyone breathes clean air</a></li>"##), "the contents list")

        let review = try #require(result.text("assessments/first/index.html"))
        #expect(review.contains(#"2024/25 · <a href="/test/reports/2024-25/">Report for 2024/25</a>"#))
        let index = try #require(result.text("reports/index.html"))
        let order = ["2025/", "2024-25/", "2024/", "2023-24/"].map { index.range(of: "/test/reports/\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.map { $0! } == order.map { $0! }.sorted(), "newest first")
        #expect(try #require(result.text("index.html")).contains(#"href="/test/reports/""#), "in the menu")
    }

    @Test func aYearReportCountsOnlyFiguresForTimesOverAndSaysWhenItIsNotOver() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let result = site.build()
        let year = try #require(result.text("reports/2025/index.html"))
        #expect(year.contains("This period is not over yet: its figures and statuses are as of 1 June 2025."))
        #expect(year.contains("1 January 2025 to 1 June 2025, so far · Calendar year"))
        #expect(try #require(result.text("reports/index.html")).contains("<p>1 January 2025 to 1 June 2025, so far</p>"))
        #expect(year.contains("No new figure in this period."))
        #expect(!year.contains("Put benches on the high street"), "done before the year began")
        #expect(year.contains("No conversation was held in this period.") && year.contains("Nothing was celebrated in this period."))
        let earlier = try #require(result.text("reports/2023-24/index.html"))
        #expect(earlier.contains("At the end of the period: 40 µg/m³ in 2020"), "the figure for 2024 was not in by 20 March 2024")
        #expect(!earlier.contains("30 µg/m³"), "a later figure is not in an earlier report")
        #expect(earlier.contains(#"<a href="/test/assessments/zero/">Review 2023/24</a>"#))
    }

    @Test func aLongReportListsTheFirstCommitmentsAndLinksToAll() throws {
        var files = Self.files
        for n in 1...25 {
            files["content/commitments/extra-\(n).md"] = "---\ntitle: Extra \(n)\nlead: council\noutcomes: clean-air\nstatus: planned\n---\n"
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let page = try #require(site.build().text("reports/2024-25/index.html"))
        let open = try #require(page.range(of: "<h4>Still open at its end</h4>"))
        let listed = String(page[open.upperBound...])
        #expect(listed.components(separatedBy: "</ul>")[0].matches(of: /<li>/).count == ViewBuilder.listedPerReport)
        #expect(page.contains(##"<p>And 5 more. <a href="/test/commitments/by-outcome/#group-clean-air">See them all</a></p>"##))
        #expect(page.contains("<dt>Still open at its end</dt><dd>25</dd>"), "the counts count them all")
    }
}
