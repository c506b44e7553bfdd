import Testing
@testable import Civic

@Suite struct ChartRendererTests {
    @Test(arguments: [
        (15.0, 28.5, [15.0, 20, 25, 30]),
        (0.0, 820.0, [0.0, 250, 500, 750, 1000]),
        (0.0, 2000.0, [0.0, 500, 1000, 1500, 2000]),
        (0.2, 0.9, [0.0, 0.25, 0.5, 0.75, 1]),
        (-3.0, 4.0, [-4.0, -2, 0, 2, 4]),
    ])
    func yTicksAreRoundAndCoverTheFigures(low: Double, high: Double, ticks: [Double]) {
        let scale = ValueScale(low: low, high: high)
        #expect(scale.ticks == ticks)
        #expect(scale.low <= low && scale.high >= high)
        #expect((4...6).contains(scale.ticks.count))
    }

    @Test func tickLabelsHaveTheDecimalsTheirStepNeeds() {
        #expect(ValueScale(low: 0.2, high: 0.9).decimals == 2)
        #expect(ValueScale(low: 15, high: 28.5).decimals == 0)
        #expect(ValueScale(low: 1.1, high: 1.9).decimals == 1)
    }

    @Test func yearsAreLabelledAtMostSixTimesOnRoundYears() {
        func years(_ from: String, _ to: String) -> [Int] {
            DateTicks.ordinals(from: Day.parse(from)!.ordinal, to: Day.parse(to)!.ordinal).map(\.year)
        }
        #expect(years("2019-01-01", "2030-01-01") == [2020, 2022, 2024, 2026, 2028, 2030])
        #expect(years("2021-01-01", "2025-01-01") == [2021, 2022, 2023, 2024, 2025])
        #expect(years("1990-01-01", "2024-01-01") == [1990, 2000, 2010, 2020])
        // Less than two new years in the span: the chart labels its first and last dates instead.
        #expect(years("2024-03-01", "2024-11-01") == [])
    }

    @Test func theChartLabelsItsFirstAndLastFiguresAndCarriesItsOwnStyle() throws {
        let t = FigureWordsTests.spanish
        let indicator = FigureWordsTests.indicator(unit: "%", direction: .increase, baseline: ("2019", 1500.5), target: ("2030", 3000),
                                                   data: [("2019", 1500.5), ("2022", 2000), ("2025", 2500.25)])
        let svg = try #require(ChartRenderer.svg(for: indicator, points: indicator.series, summary: "Subió.", style: ".series { stroke: red }",
                                                 translations: t))
        #expect(svg.contains("<desc id=\"desc\">Subió.</desc>"))
        #expect(svg.contains("<style>.series { stroke: red }</style>"))
        #expect(svg.contains(">1500,5</text>"))
        #expect(svg.contains(">2500,25</text>"))
        #expect(svg.contains(">3000</text>"), "a round tick in Spanish grouping (four digits are not grouped)")
        #expect(!svg.contains("NaN"))
    }

    @Test func aStyleCannotCloseItsElement() throws {
        let indicator = FigureWordsTests.indicator(direction: .increase, baseline: nil, target: nil, data: [("2020", 1)])
        let svg = try #require(ChartRenderer.svg(for: indicator, points: indicator.series, summary: "", style: "</style><script>x</script>",
                                                 translations: FigureWordsTests.english))
        #expect(!svg.contains("<script"))
    }

    @Test func breakdownsAreGroupedByTheirDimensions() {
        func point(_ label: String) -> Indicator.Point {
            Indicator.Point(date: IndicatorDate.parse("2024")!, value: .init(text: "1", number: 1), note: nil, disaggregation: label)
        }
        let groups = BreakdownGroups.groups([point("Sex: Female"), point("Age: 16 to 24 | Sex: Male"), point("Sex: Male"),
                                             point("Age: 16 to 24 | Sex: Female"), point("Sex: Female"), point("Eastside")])
        #expect(groups.map(\.dimensions) == ["Sex", "Age | Sex", ""])
        #expect(groups[0].rows.map(\.label) == ["Female", "Male"])
        #expect(groups[0].rows[0].points.count == 2)
        #expect(groups[1].rows.map(\.label) == ["16 to 24, Male", "16 to 24, Female"])
        #expect(groups[2].rows.map(\.label) == ["Eastside"])
    }
}
