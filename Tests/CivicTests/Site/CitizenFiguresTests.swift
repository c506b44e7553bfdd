import Foundation
import Testing
@testable import Civic

/// What a citizen reads about the figures, on a whole small site: the headline, the status
/// explained and linked to the page that defines it, breakdowns on the page, and the dates
/// the machine-readable files give.
@Suite struct CitizenFiguresTests {
    static let breakdowns = """
    date,value,note,disaggregation
    2020,40,,
    2024,30,,
    2024,33.5,,Area: North
    2024,26.25,,Area: South
    2023,35,,Area: North
    """

    func site() throws -> TestSite {
        let inline = "    data:\n      - {date: 2020, value: 40}\n      - {date: 2024, value: 30}\n"
        let base = TestSite.base["content/outcomes/clean-air.md"]!
        try #require(base.contains(inline))
        let outcome = base.replacingOccurrences(of: inline, with: "    data: data/no2.csv\n")
        return try TestSite(["content/outcomes/clean-air.md": outcome, "content/data/no2.csv": Self.breakdowns])
    }

    @Test func theHomePageSaysInOneSentenceHowTheIndicatorsAreDoing() throws {
        let site = try site()
        defer { site.remove() }
        let home = try #require(site.build().text("index.html"))
        #expect(home.contains("Of 1 indicators: 1 improving or at their target, 0 not improving, 0 with too little data to tell."))
        #expect(home.contains("<span class=\"figure\">30 µg/m³ in 2024</span>"))
        #expect(home.contains("10 µg/m³ lower than the baseline of 40 µg/m³ (2020)"))
        #expect(home.contains("<svg class=\"spark\" role=\"img\" aria-label=\"Fell from 40 µg/m³ in 2020 to 30 µg/m³ in 2024. Target: 20 µg/m³ by 2030.\""))
        // Who promised what: the council leads the one commitment, which is overdue.
        #expect(home.contains("<th scope=\"row\"><a href=\"/test/partners/council/\">Testville Council</a></th><td>1</td><td>0</td><td>1</td>"))
    }

    @Test func everyStatusIsExplainedAndLinksToItsDefinition() throws {
        let site = try site()
        defer { site.remove() }
        let result = site.build()
        let outcome = try #require(result.text("outcomes/clean-air/index.html"))
        #expect(outcome.contains("<a class=\"status status-on-track\" href=\"/test/about-the-figures/#status-on-track\">"))
        #expect(outcome.contains("<p class=\"explanation\">30 µg/m³ in 2024 is as good as or better than the 32.0 µg/m³ that a straight path from the baseline of 40 µg/m³ (2020) to the target of 20 µg/m³ by 2030 needs in 2024.</p>"))
        let glossary = try #require(result.text("about-the-figures/index.html"))
        for status in IndicatorStatus.allCases { #expect(glossary.contains("id=\"status-\(status.rawValue)\""), "\(status)") }
        for status in Commitment.Status.allCases { #expect(glossary.contains("id=\"commitment-\(status.rawValue)\""), "\(status)") }
        for term in ["baseline", "target", "trajectory", "overdue", "quiet", "as-of"] { #expect(glossary.contains("id=\"\(term)\"")) }
        #expect(glossary.contains("<dt>4</dt><dd>Embedded</dd>"))
        let commitment = try #require(result.text("commitments/bus-pass/index.html"))
        #expect(commitment.contains("<a class=\"flag flag-overdue\" href=\"/test/about-the-figures/#overdue\">Overdue</a>"))
    }

    /// A text browser prints every text node, and a screen reader reads the page in order:
    /// the chart's sentence must come once, and no chart labels may be glued into the text.
    @Test func aTextBrowserReadsTheFiguresOnce() throws {
        let site = try site()
        defer { site.remove() }
        let outcome = try #require(site.build().text("outcomes/clean-air/index.html"))
        let text = outcome.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        let sentence = "Fell from 40 µg/m³ in 2020 to 30 µg/m³ in 2024. Target: 20 µg/m³ by 2030."
        #expect(text.components(separatedBy: sentence).count == 2, "the sentence once")
        #expect(!outcome.contains("<text"), "chart labels live in the chart's own file")
        #expect(!outcome.contains("<desc"))
        #expect(outcome.contains(">Download the figures for Nitrogen dioxide (CSV)</a>"))
    }

    @Test func breakdownsAreTablesOnThePageAndRowsOfTheDownloads() throws {
        let site = try site()
        defer { site.remove() }
        let result = site.build()
        let outcome = try #require(result.text("outcomes/clean-air/index.html"))
        #expect(outcome.contains("<caption id=\"indicator-no2-breakdown-1-caption\">Nitrogen dioxide, by Area (µg/m³)</caption>"))
        #expect(outcome.contains("<tr><th scope=\"row\">North</th><td>35</td><td>33.5</td></tr>"))
        #expect(outcome.contains("<tr><th scope=\"row\">South</th><td>none</td><td>26.25</td></tr>"))
        let figures = try #require(result.text("data/figures.csv"))
        #expect(figures.contains("clean-air,no2,2024,26.25,,Area: South\r\n"))
        #expect(try #require(result.text("outcomes/clean-air/no2.csv")).contains("2024,33.5,,Area: North\r\n"))
    }

    @Test func theSitemapDatesEachPageByItsLatestChange() throws {
        let site = try TestSite()
        defer { site.remove() }
        let sitemap = try #require(site.build(asOf: "2025-06-01").text("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/test/commitments/bus-pass/</loc><lastmod>2024-06-01</lastmod>"))
        #expect(sitemap.contains("<loc>https://example.org/test/outcomes/clean-air/</loc><lastmod>2024-06-01</lastmod>"))
        #expect(sitemap.contains("<loc>https://example.org/test/partners/alliance/</loc></url>"), "no dated change, no lastmod")
        // An update after the as-of date has not happened yet.
        let early = try #require(site.build(asOf: "2024-03-01").text("sitemap.xml"))
        #expect(early.contains("<loc>https://example.org/test/commitments/bus-pass/</loc><lastmod>2024-01-01</lastmod>"))
    }

    /// Figures dated after the as-of date have not happened yet: no page, table, chart or
    /// download shows them, and an indicator with only such figures has no download yet.
    @Test func figuresAfterTheAsOfDateAreNotPublished() throws {
        let site = try site()
        defer { site.remove() }
        let early = site.build(asOf: "2019-06-01")
        #expect(!early.diagnostics.hasErrors)
        #expect(!early.paths.contains("outcomes/clean-air/no2.csv"))
        #expect(!early.paths.contains("outcomes/clean-air/no2.svg"))
        let page = try #require(early.text("outcomes/clean-air/index.html"))
        #expect(!page.contains("no2.csv"))
        #expect(page.contains("No figures are dated on or before 1 June 2019."))
        #expect(try #require(early.text("data/figures.csv")) == "outcome,indicator,date,value,note,disaggregation\r\n")
        let later = site.build(asOf: "2023-06-01")
        #expect(try #require(later.text("outcomes/clean-air/no2.csv")) == "date,value,note,disaggregation\r\n2020,40,,\r\n2023,35,,Area: North\r\n")
    }

    @Test(arguments: [
        ("2026-11-14T10:30", "Europe/London", "2026-11-14T10:30:00+00:00"),
        ("2026-05-20T13:00", "Europe/London", "2026-05-20T13:00:00+01:00"),
        ("2026-05-20T13:00-05:00", "Europe/London", "2026-05-20T13:00:00-05:00"),
        ("2025-06-01T18:00", "America/Bogota", "2025-06-01T18:00:00-05:00"),
        // The hour that happens twice when the clocks go back: the first, still in summer time.
        ("2026-10-25T01:30", "Europe/London", "2026-10-25T01:30:00+01:00"),
        // The hour that never happens when they go forward: the offset before the change.
        ("2026-03-29T01:30", "Europe/London", "2026-03-29T01:30:00+00:00"),
        ("2025-01-01T09:00", "Asia/Kolkata", "2025-01-01T09:00:00+05:30"),
    ])
    func conversationTimesAreRFC3339WithTheirOffset(written: String, timezone: String, expected: String) throws {
        #expect(try #require(LocalDateTime.parse(written)).rfc3339(in: timezone) == expected)
    }
}
