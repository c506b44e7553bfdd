/// The sentence that says why an indicator has its status: the rule that applied and the
/// figures it compared, in the page's language ("31.0 µg/m³ in 2025 is better than the
/// baseline of 38 (2019), but not as good as the 30.9 µg/m³ that a straight path to the
/// target of 25 µg/m³ by 2030 needs in 2025."). Built from `StatusReason`, the same value
/// the status comes from.
enum StatusExplanation {
    static func sentence(_ reason: StatusReason, of indicator: Indicator, asOf: Day, t: Translations) -> String {
        var values = ["as_of": t.date(asOf),
                      "tolerance": t.numbers.quantity(t.numbers.format(IndicatorStatusRules.maintainTolerance * 100, decimals: 0), unit: "%")]
        func latest(_ point: Indicator.Point) {
            values["latest"] = t.quantity(point.value, of: indicator)
            values["latest_date"] = t.dateInSentence(point.date)
        }
        func baseline(_ point: Indicator.Point) {
            values["baseline"] = t.quantity(point.value, of: indicator)
            values["baseline_date"] = t.date(point.date)
        }
        func target(_ point: Indicator.Point?) {
            guard let point else { return }
            values["target"] = t.quantity(point.value, of: indicator)
            values["target_date"] = t.deadlineInSentence(point.date)
        }
        func expected(_ value: Double, at point: Indicator.Point) {
            // At the figure's precision (at least one decimal when the path falls between
            // whole numbers), and finer while both would read the same, so that a figure and
            // the value it falls short of never look equal.
            var decimals = DisplayPrecision.decimals(for: point.value, precision: indicator.precision)
            if value != value.rounded() { decimals = max(decimals, 1) }
            while decimals < 6 && t.numbers.format(value, decimals: decimals) == t.numbers.format(point.value.number, decimals: decimals)
                    && value != point.value.number {
                decimals += 1
            }
            values["expected"] = t.numbers.quantity(t.numbers.format(value, decimals: decimals), unit: indicator.unit)
            values["expected_date"] = t.dateInSentence(point.date)
        }
        switch reason {
        case .noData: break
        case .targetMet(let l, let tg): latest(l); target(tg)
        case .steadyNearBaseline(let l, let b): latest(l); baseline(b)
        case .noBaseline(let l, let tg): latest(l); target(tg)
        case .steadyDrifted(let l, let reference, let isTarget):
            latest(l)
            if isTarget { target(reference) } else { baseline(reference) }
        case .onTrack(let l, let b, let tg, let e), .behindPath(let l, let b, let tg, let e):
            latest(l); baseline(b); target(tg); expected(e, at: l)
        case .betterThanBaseline(let l, let b): latest(l); baseline(b)
        case .noBetterThanBaseline(let l, let b, _): latest(l); baseline(b)
        }
        return t.format("explain_\(reason.rule)", values)
    }
}
