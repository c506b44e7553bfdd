/// An indicator's progress at the as-of date, as content-model.md defines it.
public enum IndicatorStatus: String, Sendable, CaseIterable, Codable {
    case noData = "no-data"
    case achieved
    case noBaseline = "no-baseline"
    case onTrack = "on-track"
    case improving
    case notImproving = "not-improving"
}

/// Computes indicator statuses. The first rule that applies wins.
enum IndicatorStatusRules {
    /// `maintain` tolerates 5% of the reference value's magnitude.
    static let maintainTolerance = 0.05

    /// Headline points dated on or before `asOf`, in date order.
    static func countedPoints(_ indicator: Indicator, asOf: Day) -> [Indicator.Point] {
        indicator.series.filter { $0.date.day <= asOf }
    }

    static func status(of indicator: Indicator, asOf: Day) -> IndicatorStatus {
        reason(for: indicator, asOf: asOf).status
    }

    /// The first rule that applies, with the figures it compared.
    static func reason(for indicator: Indicator, asOf: Day) -> StatusReason {
        let counted = countedPoints(indicator, asOf: asOf)
        // Latest is the greatest date, not the last one written (the series is sorted by date).
        guard let latest = counted.max(by: { $0.date < $1.date }) else { return .noData }
        let value = latest.value.number
        let direction = indicator.direction

        if let target = indicator.target, meets(value, target.value.number, direction) {
            return .targetMet(latest: latest, target: target)
        }
        guard let baseline = indicator.baseline else { return .noBaseline(latest: latest, target: indicator.target) }
        let base = baseline.value.number

        if direction == .maintain {
            if indicator.target == nil && withinTolerance(value, of: base) {
                return .steadyNearBaseline(latest: latest, baseline: baseline)
            }
            return .steadyDrifted(latest: latest, reference: indicator.target ?? baseline, isTarget: indicator.target != nil)
        }
        if let target = indicator.target {
            let expected = expectedValue(at: latest.date.day, baseline: baseline, target: target)
            if isAtLeastAsGood(value, expected, direction) {
                return .onTrack(latest: latest, baseline: baseline, target: target, expected: expected)
            }
            if isStrictlyBetter(value, than: base, direction) {
                return .behindPath(latest: latest, baseline: baseline, target: target, expected: expected)
            }
            return .noBetterThanBaseline(latest: latest, baseline: baseline, target: target)
        }
        return isStrictlyBetter(value, than: base, direction)
            ? .betterThanBaseline(latest: latest, baseline: baseline)
            : .noBetterThanBaseline(latest: latest, baseline: baseline, target: nil)
    }

    static func meets(_ value: Double, _ target: Double, _ direction: Indicator.Direction) -> Bool {
        switch direction {
        case .increase: return value >= target
        case .decrease: return value <= target
        case .maintain: return withinTolerance(value, of: target)
        }
    }

    static func withinTolerance(_ value: Double, of reference: Double) -> Bool {
        abs(value - reference) <= maintainTolerance * abs(reference)
    }

    /// The straight line from the baseline (at its date) to the target (at its date):
    /// flat at the baseline before it, flat at the target after it, and at the target
    /// when the target date is not after the baseline date.
    static func expectedValue(at day: Day, baseline: Indicator.Point, target: Indicator.Point) -> Double {
        let start = baseline.date.day.ordinal
        let end = target.date.day.ordinal
        let at = day.ordinal
        if end <= start { return target.value.number }
        if at <= start { return baseline.value.number }
        if at >= end { return target.value.number }
        let fraction = Double(at - start) / Double(end - start)
        return baseline.value.number + fraction * (target.value.number - baseline.value.number)
    }

    static func isAtLeastAsGood(_ value: Double, _ expected: Double, _ direction: Indicator.Direction) -> Bool {
        direction == .decrease ? value <= expected : value >= expected
    }

    static func isStrictlyBetter(_ value: Double, than base: Double, _ direction: Indicator.Direction) -> Bool {
        direction == .decrease ? value < base : value > base
    }
}
