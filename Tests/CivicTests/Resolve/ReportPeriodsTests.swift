import Foundation
import Testing
@testable import Civic

/// Which periods a site reports on, and how a commitment stood on a past day.
@Suite struct ReportPeriodsTests {
    static func review(_ period: String, on date: String) -> String {
        "---\ntitle: Review \(period)\ndate: \(date)\nperiod: \"\(period)\"\nratings:\n  la1: 1\n---\n"
    }

    func resolved(_ site: TestSite, asOf: String = "2025-06-01") throws -> ResolvedPartnership {
        let sources = try #require(SourceLoader.load(siteFolder: site.folder).value)
        let model = try #require(Validator.validate(sources).value)
        return try #require(Resolver.resolve(model, asOf: Day.parse(asOf)!).value)
    }

    @Test func aReviewPeriodRunsFromTheReviewBeforeAndEachYearWithSomethingDatedHasOne() throws {
        let site = try TestSite([
            "content/assessments/first.md": Self.review("2023/24", on: "2024-03-20"),
            "content/assessments/second.md": Self.review("2024/25", on: "2025-03-20"),
            "content/celebrations/later.md": "---\ntitle: Not yet\ndate: 2026-02-01\n---\n",
        ])
        defer { site.remove() }
        let periods = try resolved(site).reportPeriods
        #expect(periods.map(\.id) == ["2025", "2024-25", "2024", "2023-24"],
                "newest first; 2026 has only a celebration after the as-of date; the 2020 figure is from before the partners did anything")
        let second = try #require(periods.first { $0.id == "2024-25" })
        #expect((second.start.description, second.end.description, second.label) == ("2024-03-21", "2025-03-20", "2024/25"))
        #expect(second.reviews == ["second"] && !second.isCalendarYear)
        let first = try #require(periods.first { $0.id == "2023-24" })
        #expect((first.start.description, first.end.description) == ("2023-03-21", "2024-03-20"), "the first covers the twelve months up to it")
        let year = try #require(periods.first { $0.id == "2024" })
        #expect((year.start.description, year.end.description) == ("2024-01-01", "2024-12-31") && year.isCalendarYear)
        #expect(year.reviews == ["first"], "a review not of a year belongs to the year it was held in too")
        #expect(periods.first { $0.id == "2025" }?.judgedOn(asOf: Day.parse("2025-06-01")!).description == "2025-06-01")
    }

    @Test func aReviewOfAYearIsThatYearsAndReviewsOfOnePeriodShareItsReport() throws {
        let site = try TestSite([
            "content/assessments/a.md": Self.review("2024", on: "2025-02-01"),
            "content/assessments/b.md": Self.review("2025 H1", on: "2025-03-01"),
            "content/assessments/c.md": Self.review("2025 H1", on: "2025-05-01"),
            "content/assessments/d.md": Self.review("—", on: "2025-05-20"),
        ])
        defer { site.remove() }
        let periods = try resolved(site).reportPeriods
        #expect(periods.map(\.id) == ["2025", "d", "2025-h1", "2024"])
        #expect(periods.first { $0.id == "2024" }?.reviews == ["a"], "held in 2025, of 2024")
        #expect(periods.first { $0.id == "2025" }?.reviews == ["b", "c", "d"])
        let half = try #require(periods.first { $0.id == "2025-h1" })
        #expect((half.start.description, half.end.description, half.reviews) == ("2025-02-02", "2025-05-01", ["b", "c"]))
        #expect(periods.first { $0.id == "d" }?.label == "—", "a period with no letter or digit is named by its review")
    }

    @Test func aCommitmentsStatusOnAPastDayIsWhatItsUpdatesSaidThen() throws {
        let site = try TestSite([
            "content/commitments/benches.md": """
            ---
            title: Put benches on the high street
            lead: council
            outcomes: clean-air
            status: done
            start: 2024-01-01
            updates:
              - {date: 2024-03-01, progress: 20, note: "Started."}
              - {date: 2024-09-01, status: at-risk, note: "Late."}
              - {date: 2025-02-01, status: done, note: "All in."}
            ---
            """,
        ])
        defer { site.remove() }
        let p = try resolved(site)
        let benches = try #require(p.commitmentsByID["benches"])
        func on(_ day: String) -> Commitment.Status { CommitmentRules.status(of: benches, on: Day.parse(day)!) }
        #expect(on("2023-12-01") == .planned, "before it started, with a status given later")
        #expect(on("2024-06-01") == .inProgress, "started, no status given yet")
        #expect(on("2024-10-01") == .atRisk)
        #expect(on("2025-03-01") == .done)
        let bus = try #require(p.commitmentsByID["bus-pass"])
        #expect(CommitmentRules.status(of: bus, on: Day.parse("2020-01-01")!) == .inProgress, "no update gives a status: the file's")
    }

    @Test func aSiteWhosePartnersHaveDoneNothingYetHasNoReport() throws {
        let site = try TestSite(["content/commitments/bus-pass.md": nil])
        defer { site.remove() }
        #expect(try resolved(site).reportPeriods.isEmpty, "figures alone make no report")
        let result = site.build()
        #expect(!result.paths.contains { $0.hasPrefix("reports/") })
        #expect(!(result.text("index.html") ?? "").contains("/test/reports/"), "nor a menu item")
    }

    @Test func figuresBeforeThePartnersFirstActMakeNoYearButLaterOnesDo() throws {
        let site = try TestSite([
            "content/commitments/bus-pass.md": "---\ntitle: Buses\nlead: council\noutcomes: clean-air\nstatus: planned\nstart: 2022-05-01\n---\n",
            "content/outcomes/jobs.md": "---\ntitle: Good jobs\npillar: economy\nsummary: Work.\nindicators:\n  - {id: jobs, title: People in work, unit: people, direction: increase, data: [{date: 2024, value: 5}]}\n---\n",
        ])
        defer { site.remove() }
        #expect(try resolved(site).reportPeriods.map(\.id) == ["2024", "2022"], "2020 has a figure before the start; 2024 one after")
        let report = try #require(site.build().text("reports/2022/index.html"))
        #expect(report.contains("<p>One indicator had no figure yet.</p>") && !report.contains("People in work"))
        #expect(report.contains("Of 2 indicators: 1 improving or at their target, 0 not improving, 1 with too little data to tell."),
                "no2 is on its line to the target in 2020; jobs has no figure yet, so too little data")
        #expect(report.contains("No joint review of this period has been published."))
    }

    @Test func slugsKeepLettersAndDigits() {
        #expect(ReportPeriods.slug("2024/25") == "2024-25")
        #expect(ReportPeriods.slug(" Año 2025 (H1) ") == "ano-2025-h1")
        #expect(ReportPeriods.slug("///") == "")
        #expect(ReportPeriods.calendarYear(" 2025 ") == 2025)
        #expect(ReportPeriods.calendarYear("2025/26") == nil)
    }
}
