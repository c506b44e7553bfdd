/// Which rule gave an indicator its status, with the figures the rule compared: the one
/// source for both the status and the sentence that explains it on the page.
enum StatusReason: Sendable {
    /// No headline figure dated on or before the as-of date.
    case noData
    /// The latest figure meets the target.
    case targetMet(latest: Indicator.Point, target: Indicator.Point)
    /// Keeping steady, no target, and the latest figure is within 5% of the baseline.
    case steadyNearBaseline(latest: Indicator.Point, baseline: Indicator.Point)
    /// A figure, not yet at any target, and no baseline to compare it with.
    case noBaseline(latest: Indicator.Point, target: Indicator.Point?)
    /// Keeping steady, and the latest figure is more than 5% away from the target (when
    /// there is one) or the baseline.
    case steadyDrifted(latest: Indicator.Point, reference: Indicator.Point, isTarget: Bool)
    /// At or better than the straight path from the baseline to the target at its date.
    case onTrack(latest: Indicator.Point, baseline: Indicator.Point, target: Indicator.Point, expected: Double)
    /// Better than the baseline but behind the straight path to the target.
    case behindPath(latest: Indicator.Point, baseline: Indicator.Point, target: Indicator.Point, expected: Double)
    /// Better than the baseline, with no target.
    case betterThanBaseline(latest: Indicator.Point, baseline: Indicator.Point)
    /// No better than the baseline (and not on the path to a target).
    case noBetterThanBaseline(latest: Indicator.Point, baseline: Indicator.Point, target: Indicator.Point?)

    var status: IndicatorStatus {
        switch self {
        case .noData: .noData
        case .targetMet, .steadyNearBaseline: .achieved
        case .noBaseline: .noBaseline
        case .onTrack: .onTrack
        case .behindPath, .betterThanBaseline: .improving
        case .steadyDrifted, .noBetterThanBaseline: .notImproving
        }
    }

    /// The rule's name, as the translation keys and the glossary call it (`explain_NAME`).
    var rule: String {
        switch self {
        case .noData: "no-data"
        case .targetMet: "target-met"
        case .steadyNearBaseline: "steady-near-baseline"
        case .noBaseline(_, let target): target == nil ? "no-baseline" : "no-baseline-target"
        case .steadyDrifted(_, _, let isTarget): isTarget ? "steady-drifted-target" : "steady-drifted-baseline"
        case .onTrack: "on-track"
        case .behindPath: "behind-path"
        case .betterThanBaseline: "better-than-baseline"
        case .noBetterThanBaseline: "no-better-than-baseline"
        }
    }
}
