import Foundation
import Testing
@testable import Civic

/// Figures are published as written or not at all, and what civic prints and publishes about
/// them cannot be forged by the text of a value.
@Suite struct FiguresTests {
    /// The test site's outcome up to its indicator's figures, for a test to add its own.
    static let outcomeHead: String = {
        let outcome = TestSite.base["content/outcomes/clean-air.md"]!
        return String(outcome[..<outcome.range(of: "    baseline:")!.lowerBound])
    }()

    static func diagnostics(_ site: TestSite) -> [String] {
        site.check().sorted.map { "\($0.location): \($0.message)" + ($0.hint.map { " | \($0)" } ?? "") }
    }

    @Test func aDecimalCommaInAFlowMapIsAnErrorWithTheFix() throws {
        let site = try TestSite(["content/outcomes/clean-air.md": Self.outcomeHead + """
            data:
              - {date: 2024, value: 30}
              - {date: 2025, value: 12,5}
        ---

        """])
        defer { site.remove() }
        #expect(Self.diagnostics(site) == [
            "content/outcomes/clean-air.md:13:32: unknown key '5' in a data point | use a decimal point: value: 12.5",
        ])
    }

    @Test func anUnknownKeyInABaselineIsAnError() throws {
        let site = try TestSite(["content/outcomes/clean-air.md": Self.outcomeHead + """
            baseline: {date: 2020, value: 40, unit: tonnes}
            data:
              - {date: 2024, value: 30}
        ---

        """])
        defer { site.remove() }
        #expect(site.messages() == ["content/outcomes/clean-air.md:11:39: unknown key 'unit' in a baseline or target"])
    }

    @Test func commaHintsSayWhatTheNumberShouldBe() {
        #expect(NumberText.commaHint("12,5") == "use a decimal point: 12.5")
        #expect(NumberText.commaHint("-0,25") == "use a decimal point: -0.25")
        #expect(NumberText.commaHint("1,250,000") == "write numbers without thousands separators: 1250000")
        #expect(NumberText.commaHint("12,500") == "write 12500 for 12500, or 12.500 if the comma was a decimal comma")
        #expect(NumberText.commaHint("12") == nil)
    }

    static func csvSite(_ bytes: [UInt8]) throws -> TestSite {
        let site = try TestSite(["content/outcomes/clean-air.md": Self.outcomeHead + "    data: data/no2.csv\n---\n"])
        try site.write("content/data/no2.csv", bytes: bytes)
        return site
    }

    @Test func aDecimalCommaInACSVGetsTheDecimalHint() throws {
        let site = try Self.csvSite(Array("date,value\n2024,\"12,5\"\n".utf8))
        defer { site.remove() }
        #expect(Self.diagnostics(site) == ["content/data/no2.csv:2:2: '12,5' is not a number | use a decimal point: 12.5"])
    }

    @Test func aCSVWithOldMacLineEndsIsRead() throws {
        let site = try Self.csvSite(Array("date,value\r2022,40\r2023,35\r2024,30\r".utf8))
        defer { site.remove() }
        #expect(site.messages() == [])
        let result = site.build()
        let csv = try #require(result.text("outcomes/clean-air/no2.csv"))
        #expect(csv.contains("2022") && csv.contains("2023") && csv.contains("2024"), "\(csv)")
    }

    @Test(arguments: [(";", "semicolons (;)"), ("\t", "tabs")])
    func aCSVWithAnotherSeparatorSaysSo(_ separator: String, _ name: String) throws {
        let site = try Self.csvSite(Array("date\(separator)value\n2024\(separator)30\n".utf8))
        defer { site.remove() }
        #expect(site.messages() == ["content/data/no2.csv:1:1: the columns of this file are separated by \(name), not commas"])
    }

    @Test func extremeValuesDrawAChartWithoutNaN() throws {
        let site = try TestSite(["content/outcomes/clean-air.md": Self.outcomeHead + """
            data:
              - {date: 2023, value: 1e308}
              - {date: 2024, value: -1e308}
              - {date: 2025, value: 0}
        ---

        """])
        defer { site.remove() }
        #expect(site.messages() == [])
        let svg = try #require(site.build().text("outcomes/clean-air/no2.svg"))
        let options: String.CompareOptions = [.regularExpression, .caseInsensitive]
        #expect(svg.range(of: #"\b(nan|inf)\b"#, options: options) == nil)
        #expect(svg.contains("<polyline class=\"series\" points=\"64.0,28.0 "), "\(svg.prefix(1200))")
        #expect(svg.contains(">1e+308</text>"), "an axis label a person can read")
        #expect(svg.count < 4_000)
    }

    @Test(arguments: ["by-area", "by-partner", "by-outcome"])
    func aCommitmentCannotTakeTheNameOfAGeneratedList(_ id: String) throws {
        let site = try TestSite(["content/commitments/\(id).md": """
        ---
        title: A plan
        lead: council
        outcomes: clean-air
        status: planned
        ---

        """])
        defer { site.remove() }
        #expect(site.messages() == ["content/commitments/\(id).md:1:1: the id '\(id)' is taken by the list civic generates at /commitments/\(id)/; this commitment's page would replace it"])
    }

    @Test func aValueCannotForgeALineOfTheReport() throws {
        let site = try TestSite(["content/partners/alliance.md": "---\nname: Disability Alliance\nkind: \"x\\n::error file=content/site.yml,line=1::forged\\u202E\"\n---\n"])
        defer { site.remove() }
        let report = DiagnosticReport.text(site.check().sorted)
        #expect(!report.contains("\n::error"))
        #expect(report.contains("\\n::error file=content/site.yml,line=1::forged\\u{202E}"), "\(report)")
        for line in report.split(separator: "\n") {
            #expect(line.hasPrefix("content/") || line.hasPrefix("  hint: "), "\(line)")
        }
        #expect(TerminalText.escape("a\tb\r\u{7}c\u{2028}") == "a\\tb\\r\\u{7}c\\u{2028}")
    }

    @Test func calendarTextKeepsEveryLineBreakInsideItsLine() {
        #expect(CalendarWriter.escape("one\rtwo\r\nthree\nfour;five,six\\\u{1}") == "one\\ntwo\\nthree\\nfour\\;five\\,six\\\\")
    }
}
