import Testing
@testable import Civic

/// Numbers, dates and status sentences as a reader sees them, in English and Spanish.
@Suite struct FigureWordsTests {
    static let english = Theme.load(overrides: [:], language: "en").value!.translations
    static let spanish = Theme.load(overrides: [:], language: "es").value!.translations

    static func value(_ text: String) -> Indicator.Value { .init(text: text, number: Double(text)!) }

    static func indicator(unit: String? = nil, precision: Int? = nil, direction: Indicator.Direction,
                          baseline: (String, Double)?, target: (String, Double)?, data: [(String, Double)]) -> Indicator {
        func point(_ pair: (String, Double)) -> Indicator.Point {
            // As an editor would write it: 81, not 81.0.
            let text = pair.1 == pair.1.rounded() ? String(Int(pair.1)) : String(pair.1)
            return Indicator.Point(date: IndicatorDate.parse(pair.0)!, value: .init(text: text, number: pair.1), note: nil, disaggregation: nil)
        }
        return Indicator(id: "x", title: "X", unit: unit, precision: precision, direction: direction,
                         baseline: baseline.map(point), target: target.map(point), series: data.map(point),
                         breakdowns: [], dataPath: nil, source: nil, location: SourceLocation(path: "x"))
    }

    @Test(arguments: [
        ("2000", "2,000", "2000"), ("97000", "97,000", "97.000"), ("9.5", "9.5", "9,5"),
        ("-1234567.25", "-1,234,567.25", "-1.234.567,25"), ("0.0042", "0.0042", "0,0042"),
        ("2.25735332846748", "2.26", "2,26"), ("1e5", "100,000", "100.000"),
    ])
    func numbersAreWrittenTheWayEachLanguageWritesThem(written: String, english: String, spanish: String) {
        #expect(Self.english.number(Self.value(written), precision: nil) == english)
        #expect(Self.spanish.number(Self.value(written), precision: nil) == spanish)
    }

    @Test func percentFollowsTheLanguageAndPrecisionOnTheIndicatorWins() {
        let share = Self.indicator(unit: "%", precision: 1, direction: .increase, baseline: nil, target: nil, data: [])
        #expect(Self.english.quantity(Self.value("9.54"), of: share) == "9.5%")
        #expect(Self.spanish.quantity(Self.value("9.54"), of: share) == "9,5\u{A0}%")
        let homes = Self.indicator(unit: "homes", direction: .increase, baseline: nil, target: nil, data: [])
        #expect(Self.english.quantity(Self.value("2000"), of: homes) == "2,000 homes")
    }

    @Test func datesInSentencesTakeThePrepositionTheirPrecisionNeeds() {
        #expect(Self.english.dateInSentence(IndicatorDate.parse("2024")!) == "in 2024")
        #expect(Self.english.dateInSentence(IndicatorDate.parse("2024-03-15")!) == "on 15 March 2024")
        #expect(Self.spanish.dateInSentence(IndicatorDate.parse("2025-12-31")!) == "el 31 de diciembre de 2025")
        #expect(Self.spanish.deadlineInSentence(IndicatorDate.parse("2030")!) == "para 2030")
        #expect(Self.spanish.deadlineInSentence(IndicatorDate.parse("2030-03-31")!) == "para el 31 de marzo de 2030")
    }

    struct ExplanationCase: Sendable, CustomTestStringConvertible {
        var rule: String
        var indicator: Indicator
        var english: String
        var spanish: String
        var testDescription: String { rule }
    }

    static let asOf = Day.parse("2026-01-01")!

    static let explanationCases: [ExplanationCase] = [
        .init(rule: "no-data", indicator: indicator(direction: .increase, baseline: ("2020", 1), target: nil, data: []),
              english: "No figures are dated on or before 1 January 2026.",
              spanish: "No hay cifras con fecha anterior o igual al 1 de enero de 2026."),
        .init(rule: "target-met", indicator: indicator(unit: "%", direction: .increase, baseline: ("2020", 50), target: ("2030", 80), data: [("2025", 81)]),
              english: "81% in 2025 meets the target of 80% by 2030.",
              spanish: "81\u{A0}% en 2025 alcanza la meta de 80\u{A0}% para 2030."),
        .init(rule: "steady-near-baseline", indicator: indicator(direction: .maintain, baseline: ("2020", 100), target: nil, data: [("2025", 103)]),
              english: "103 in 2025 is within 5% of the baseline of 100 (2020), and the aim is to keep it steady.",
              spanish: "103 en 2025 está a menos del 5\u{A0}% de la línea de base de 100 (2020), y lo deseable es mantenerlo estable."),
        .init(rule: "no-baseline", indicator: indicator(direction: .increase, baseline: nil, target: nil, data: [("2025-06", 15.1)]),
              english: "15.1 in June 2025 has no baseline to compare it with, so there is no telling yet whether it is getting better.",
              spanish: "15,1 en junio de 2025 no tiene una línea de base con la que compararse, así que aún no se puede saber si mejora."),
        .init(rule: "no-baseline-target", indicator: indicator(direction: .increase, baseline: nil, target: ("2030", 50), data: [("2025", 6)]),
              english: "6 in 2025 has not reached the target of 50 by 2030, and there is no baseline to measure progress from.",
              spanish: "6 en 2025 no ha alcanzado la meta de 50 para 2030, y no hay una línea de base desde la que medir el avance."),
        .init(rule: "steady-drifted-target", indicator: indicator(direction: .maintain, baseline: ("2020", 100), target: ("2030", 120), data: [("2025", 100)]),
              english: "100 in 2025 is more than 5% away from the target of 120 by 2030, and the aim is to keep it steady.",
              spanish: "100 en 2025 se aleja más del 5\u{A0}% de la meta de 120 para 2030, y lo deseable es mantenerlo estable."),
        .init(rule: "steady-drifted-baseline", indicator: indicator(direction: .maintain, baseline: ("2020", 100), target: nil, data: [("2025", 94)]),
              english: "94 in 2025 is more than 5% away from the baseline of 100 (2020), and the aim is to keep it steady.",
              spanish: "94 en 2025 se aleja más del 5\u{A0}% de la línea de base de 100 (2020), y lo deseable es mantenerlo estable."),
        .init(rule: "on-track", indicator: indicator(unit: "homes", direction: .increase, baseline: ("2020", 0), target: ("2030", 2000), data: [("2025", 1200)]),
              english: "1,200 homes in 2025 is as good as or better than the 1,000.3 homes that a straight path from the baseline of 0 homes (2020) to the target of 2,000 homes by 2030 needs in 2025.",
              spanish: "1200 homes en 2025 es igual o mejor que el 1000,3 homes que exige en 2025 una línea recta desde la línea de base de 0 homes (2020) hasta la meta de 2000 homes para 2030."),
        .init(rule: "behind-path", indicator: indicator(unit: "µg/m³", direction: .decrease, baseline: ("2019", 38), target: ("2030", 25), data: [("2025", 31.0)]),
              english: "31 µg/m³ in 2025 is better than the baseline of 38 µg/m³ (2019), but not as good as the 30.9 µg/m³ that a straight path to the target of 25 µg/m³ by 2030 needs in 2025.",
              spanish: "31 µg/m³ en 2025 es mejor que la línea de base de 38 µg/m³ (2019), pero no llega al 30,9 µg/m³ que exige en 2025 una línea recta hasta la meta de 25 µg/m³ para 2030."),
        .init(rule: "better-than-baseline", indicator: indicator(direction: .increase, baseline: ("2020", 10), target: nil, data: [("2024-06", 12)]),
              english: "12 in June 2024 is better than the baseline of 10 (2020); there is no target.",
              spanish: "12 en junio de 2024 es mejor que la línea de base de 10 (2020); no hay meta."),
        .init(rule: "no-better-than-baseline", indicator: indicator(direction: .decrease, baseline: ("2020", 10), target: nil, data: [("2023-03-15", 11)]),
              english: "11 on 15 March 2023 is no better than the baseline of 10 (2020).",
              spanish: "11 el 15 de marzo de 2023 no es mejor que la línea de base de 10 (2020)."),
    ]

    /// Each rule of the status has its own sentence, made from the same reason the status
    /// comes from, so a sentence can never explain a status the indicator does not have.
    @Test(arguments: explanationCases)
    func everyStatusRuleHasItsOwnSentence(_ c: ExplanationCase) {
        let reason = IndicatorStatusRules.reason(for: c.indicator, asOf: Self.asOf)
        #expect(reason.rule == c.rule)
        #expect(reason.status == IndicatorStatusRules.status(of: c.indicator, asOf: Self.asOf))
        #expect(StatusExplanation.sentence(reason, of: c.indicator, asOf: Self.asOf, t: Self.english) == c.english)
        #expect(StatusExplanation.sentence(reason, of: c.indicator, asOf: Self.asOf, t: Self.spanish) == c.spanish)
    }

    @Test func everyRuleIsCoveredAndEachSentenceIsDistinct() {
        #expect(Set(Self.explanationCases.map(\.rule)).count == Self.explanationCases.count)
        #expect(Set(Self.explanationCases.map(\.rule)).count == 11)
        for t in [Self.english, Self.spanish] {
            let templates = Self.explanationCases.map { t["explain_\($0.rule)"] }
            #expect(Set(templates).count == templates.count)
            #expect(!templates.contains { $0.hasPrefix("explain_") })
        }
    }

    @Test func theExpectedValueIsNeverShownEqualToTheFigureItIsComparedWith() {
        // 30.96 behind a path needing 30.95 (decrease): at one decimal both read "31.0".
        let close = Self.indicator(direction: .decrease, baseline: ("2020", 40), target: ("2030", 21.9), data: [("2025", 30.96)])
        let reason = IndicatorStatusRules.reason(for: close, asOf: Self.asOf)
        let sentence = StatusExplanation.sentence(reason, of: close, asOf: Self.asOf, t: Self.english)
        #expect(reason.rule == "behind-path")
        #expect(sentence.contains("30.96 in 2025"))
        #expect(sentence.contains("the 30.95"), "\(sentence)")
    }

    @Test func theHeadlineCountsEveryIndicatorOnce() {
        let statuses: [IndicatorStatus] = [.achieved, .onTrack, .improving, .improving, .notImproving, .noData, .noBaseline]
        #expect(HeadlineGroups.sentence(statuses, t: Self.english)
                == "Of 7 indicators: 4 improving or at their target, 1 not improving, 2 with too little data to tell.")
        #expect(HeadlineGroups.better.union(HeadlineGroups.notBetter).union(HeadlineGroups.tooLittle) == Set(IndicatorStatus.allCases))
        #expect(HeadlineGroups.sentence([], t: Self.english) == "There are no indicators yet.")
    }
}
