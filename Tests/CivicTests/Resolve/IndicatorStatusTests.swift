import Testing
@testable import Civic

struct StatusCase: CustomTestStringConvertible, Sendable {
    var name: String
    var direction: Indicator.Direction
    var baseline: (String, Double)?
    var target: (String, Double)?
    var data: [(String, Double)]
    var asOf = "2025-01-01"
    var expected: IndicatorStatus
    var testDescription: String { name }
}

func point(_ date: String, _ value: Double) -> Indicator.Point {
    Indicator.Point(date: IndicatorDate.parse(date)!, value: .init(text: String(value), number: value), note: nil, disaggregation: nil)
}

let statusCases: [StatusCase] = [
    StatusCase(name: "no data at all", direction: .increase, baseline: ("2020", 10), target: ("2030", 20), data: [], expected: .noData),
    StatusCase(name: "only data after the as-of date", direction: .increase, baseline: ("2020", 10), target: nil,
               data: [("2026", 50)], expected: .noData),
    StatusCase(name: "target met, increase", direction: .increase, baseline: ("2020", 10), target: ("2030", 20), data: [("2024", 20)], expected: .achieved),
    StatusCase(name: "target met, decrease", direction: .decrease, baseline: ("2020", 10), target: ("2030", 5), data: [("2024", 4.9)], expected: .achieved),
    StatusCase(name: "target met without a baseline", direction: .increase, baseline: nil, target: ("2030", 5), data: [("2024", 6)], expected: .achieved),
    StatusCase(name: "no baseline", direction: .increase, baseline: nil, target: ("2030", 50), data: [("2024", 6)], expected: .noBaseline),
    StatusCase(name: "maintain within 5% of baseline", direction: .maintain, baseline: ("2020", 100), target: nil, data: [("2024", 104.9)], expected: .achieved),
    StatusCase(name: "maintain beyond 5% of baseline", direction: .maintain, baseline: ("2020", 100), target: nil, data: [("2024", 94)], expected: .notImproving),
    StatusCase(name: "maintain with target, within 5% of target", direction: .maintain, baseline: ("2020", 50), target: ("2030", 100), data: [("2024", 96)], expected: .achieved),
    StatusCase(name: "maintain with target, outside", direction: .maintain, baseline: ("2020", 100), target: ("2030", 120), data: [("2024", 100)], expected: .notImproving),
    StatusCase(name: "on track: ahead of the line", direction: .increase, baseline: ("2020", 0), target: ("2030", 100), data: [("2025", 51)], asOf: "2026-01-01", expected: .onTrack),
    StatusCase(name: "improving: behind the line but better than baseline", direction: .increase, baseline: ("2020", 0), target: ("2030", 100), data: [("2025", 40)], asOf: "2026-01-01", expected: .improving),
    StatusCase(name: "decrease on track", direction: .decrease, baseline: ("2020", 100), target: ("2030", 0), data: [("2025", 49)], asOf: "2026-01-01", expected: .onTrack),
    StatusCase(name: "target date passed, not met", direction: .increase, baseline: ("2020", 10), target: ("2022", 20), data: [("2024", 15)], expected: .improving),
    StatusCase(name: "target date not after baseline date", direction: .increase, baseline: ("2020", 10), target: ("2020", 20), data: [("2024", 15)], expected: .improving),
    StatusCase(name: "latest before the baseline date is judged against the baseline", direction: .increase, baseline: ("2022", 10), target: ("2030", 20), data: [("2021", 10)], expected: .onTrack),
    StatusCase(name: "one data point equal to the baseline", direction: .increase, baseline: ("2020", 10), target: nil, data: [("2020", 10)], expected: .notImproving),
    StatusCase(name: "worse than baseline", direction: .decrease, baseline: ("2020", 10), target: nil, data: [("2020", 10), ("2023", 11)], expected: .notImproving),
    StatusCase(name: "latest is the greatest date, not the last written", direction: .increase, baseline: ("2020", 10), target: nil,
               data: [("2024-06", 12), ("2021", 8)], expected: .improving),
    StatusCase(name: "month and day dates", direction: .increase, baseline: ("2020-01", 10), target: ("2020-12-31", 20), data: [("2020-06-30", 15.1)], asOf: "2020-07-01", expected: .onTrack),
]

@Suite struct IndicatorStatusTests {
    @Test(arguments: statusCases)
    func status(_ c: StatusCase) {
        var series = c.data.map { point($0.0, $0.1) }
        series.sort { $0.date < $1.date }
        // Keep the written order for the "greatest date" case: the rule must not rely on sorting.
        if c.name.contains("last written") { series = c.data.map { point($0.0, $0.1) } }
        let indicator = Indicator(id: "x", title: "X", unit: nil, precision: nil, direction: c.direction,
                                  baseline: c.baseline.map { point($0.0, $0.1) }, target: c.target.map { point($0.0, $0.1) },
                                  series: series, breakdowns: [], dataPath: nil, source: nil, location: SourceLocation(path: "x"))
        #expect(IndicatorStatusRules.status(of: indicator, asOf: Day.parse(c.asOf)!) == c.expected)
    }
}

@Suite struct CommitmentRuleTests {
    func commitment(status: Commitment.Status = .inProgress, start: String? = nil, due: String? = nil,
                    updates: [String] = []) -> Commitment {
        let origin = EntryOrigin(id: "c", path: "c.md", body: EntryBody(text: "", location: SourceLocation(path: "c.md")))
        return Commitment(origin: origin, title: "C", lead: Reference(id: "p", location: SourceLocation(path: "c.md")),
                          partners: [], outcomes: [], status: status, start: start.flatMap(Day.parse), due: due.flatMap(Day.parse),
                          area: nil, futureGenerations: nil,
                          updates: updates.enumerated().map { Commitment.Update(date: Day.parse($1)!, status: nil, progress: nil,
                                                                                 note: MarkdownText(text: "n", location: SourceLocation(path: "c.md")), index: $0) })
    }

    @Test(arguments: [
        ("2025-06-29", "2026-06-30", true),
        ("2025-06-30", "2026-06-30", false),
        ("2024-02-29", "2025-02-28", false),
        ("2024-02-29", "2025-03-01", true),
    ])
    func quietAfterTwelveCalendarMonths(lastHeard: String, asOf: String, quiet: Bool) {
        let state = CommitmentRules.state(of: commitment(updates: [lastHeard]), asOf: Day.parse(asOf)!)
        #expect(state.quiet == quiet)
    }

    @Test func quietUsesTheLaterOfStartAndNewestUpdate() {
        let c = commitment(start: "2025-01-10", updates: ["2024-01-01"])
        #expect(!CommitmentRules.state(of: c, asOf: Day.parse("2026-01-10")!).quiet)
        #expect(CommitmentRules.state(of: c, asOf: Day.parse("2026-01-11")!).quiet)
    }

    @Test func notJudgedWithoutStartOrUpdate() {
        #expect(!CommitmentRules.state(of: commitment(), asOf: Day.parse("2040-01-01")!).quiet)
    }

    @Test func doneAndWithdrawnAreNeverOverdueOrQuiet() {
        for status in [Commitment.Status.done, .withdrawn] {
            let state = CommitmentRules.state(of: commitment(status: status, start: "2020-01-01", due: "2021-01-01"), asOf: Day.parse("2025-01-01")!)
            #expect(!state.overdue && !state.quiet)
        }
    }

    @Test func overdueStrictlyAfterTheDueDate() {
        let c = commitment(due: "2025-03-01")
        #expect(!CommitmentRules.state(of: c, asOf: Day.parse("2025-03-01")!).overdue)
        #expect(CommitmentRules.state(of: c, asOf: Day.parse("2025-03-02")!).overdue)
    }

    @Test func updatesAfterTheAsOfDateAreNotCounted() {
        let state = CommitmentRules.state(of: commitment(updates: ["2024-01-01", "2026-01-01"]), asOf: Day.parse("2025-01-01")!)
        #expect(state.updates.map(\.date.description) == ["2024-01-01"])
    }

    @Test func ratingChanges() {
        #expect(RatingChange.between(previous: nil, current: 2) == .first)
        #expect(RatingChange.between(previous: .some(1), current: 3) == .up(2))
        #expect(RatingChange.between(previous: .some(3), current: 2) == .down(1))
        #expect(RatingChange.between(previous: .some(nil), current: 2) == .newlyRated)
        #expect(RatingChange.between(previous: .some(2), current: nil) == .noLongerRated)
    }
}

@Suite struct DayTests {
    @Test func ordinalRoundTrips() {
        for text in ["1970-01-01", "2000-02-29", "1918-06-01", "2100-12-31"] {
            let day = Day.parse(text)!
            #expect(Day(ordinal: day.ordinal) == day)
        }
        #expect(Day.parse("1970-01-02")!.ordinal == 1)
    }

    @Test func impossibleDatesDoNotParse() {
        #expect(Day.parse("2025-02-29") == nil)
        #expect(Day.parse("2025-13-01") == nil)
        #expect(Day.parse("2025-6-1") == nil)
        #expect(IndicatorDate.parse("2025-02-30") == nil)
        #expect(IndicatorDate.parse("2024")?.day == Day.parse("2024-01-01"))
        // A long run of digits is no date, and must not overflow (a fuzzing finding).
        #expect(IndicatorDate.parse("2025822222222222222222222222222222") == nil)
        #expect(Day.parse("20250-01-01") == nil)
    }

    @Test func conversationTimes() {
        let t = LocalDateTime.parse("2025-02-10T18:00-05:00")!
        #expect(t.offsetMinutes == -300 && t.hour == 18)
        #expect(LocalDateTime.parse("2025-02-10 18:00")?.offsetMinutes == nil)
        #expect(LocalDateTime.parse("2025-02-10T25:00") == nil)
    }
}

@Suite struct SuggestionTests {
    @Test func closestIDsAreSuggested() {
        #expect(Suggestions.hint(for: "clean-ar", in: ["clean-air", "fair-work"]) == "did you mean 'clean-air'?")
        #expect(Suggestions.hint(for: "zzzzzz", in: ["clean-air", "fair-work"]) == nil)
    }
}
