/// One indicator as the home page shows it: its latest figure with unit and date, the change
/// since the baseline in words and numbers, its status, and a sparkline with a text
/// alternative.
final class HeadlineIndicatorView: Sendable {
    let title: String
    let url: String
    let status: StatusView
    /// "21.0 percentage points in 2025", or nil before the first figure.
    let latest: String?
    /// "7.5 percentage points lower than the baseline of 28.5 percentage points (2019)".
    let change: String?
    /// The sparkline's polyline, in a 120 x 32 drawing.
    let sparkPoints: String?
    /// What the sparkline shows, in words.
    let sparkLabel: String

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, status: StatusView, latest: String?, change: String?, sparkPoints: String?, sparkLabel: String, lang: String? = nil) {
        self.lang = lang
        (self.title, self.url, self.status, self.latest, self.change) = (title, url, status, latest, change)
        (self.sparkPoints, self.sparkLabel) = (sparkPoints, sparkLabel)
    }
}

/// "Who promised what": a partner and the commitments it leads.
final class PartnerPromiseView: Sendable {
    let name: String
    let url: String
    let leads: Int
    let done: Int
    let overdue: Int

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(name: String, url: String, leads: Int, done: Int, overdue: Int, lang: String? = nil) {
        self.lang = lang
        (self.name, self.url, self.leads, self.done, self.overdue) = (name, url, leads, done, overdue)
    }
}

/// How the headline groups the statuses: getting better (achieved, on track, improving),
/// not getting better, and too little data to tell (no data, no baseline).
enum HeadlineGroups {
    static let better: Set<IndicatorStatus> = [.achieved, .onTrack, .improving]
    static let notBetter: Set<IndicatorStatus> = [.notImproving]
    static let tooLittle: Set<IndicatorStatus> = [.noData, .noBaseline]

    /// "Of 16 indicators: 9 improving or at their target, 3 not improving, 4 with too little
    /// data to tell." Every indicator of the site is counted once.
    static func sentence(_ statuses: [IndicatorStatus], t: Translations) -> String {
        guard !statuses.isEmpty else { return t["headline_none"] }
        func count(_ set: Set<IndicatorStatus>) -> String { String(statuses.filter(set.contains).count) }
        return t.format("headline", ["n": String(statuses.count), "better": count(better),
                                     "not_better": count(notBetter), "too_little": count(tooLittle)])
    }
}

/// The points of a sparkline: the headline figures up to the as-of date, scaled into a
/// 120 x 32 drawing with a 2-unit margin; one figure is drawn as a short flat line.
enum Sparkline {
    static let width = 120.0
    static let height = 32.0

    static func points(_ series: [Indicator.Point]) -> String? {
        guard let first = series.first, let last = series.last else { return nil }
        let low = series.map(\.value.number).min()!, high = series.map(\.value.number).max()!
        let firstDay = first.date.day.ordinal, lastDay = last.date.day.ordinal
        func y(_ value: Double) -> Double {
            high == low ? height / 2 : 2 + (high / 2 - value / 2) / (high / 2 - low / 2) * (height - 4)
        }
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        if series.count == 1 || firstDay == lastDay { return "\(n(width / 2 - 8)),\(n(y(last.value.number))) \(n(width / 2 + 8)),\(n(y(last.value.number)))" }
        return series.map { point in
            "\(n(2 + Double(point.date.day.ordinal - firstDay) / Double(lastDay - firstDay) * (width - 4))),\(n(y(point.value.number)))"
        }.joined(separator: " ")
    }
}

extension ViewBuilder {
    /// At most this many indicators per outcome on the home page; the rest are a link away.
    static let headlineIndicatorsPerOutcome = 6

    func headlineIndicator(_ indicator: Indicator, in outcome: Outcome) -> HeadlineIndicatorView {
        let counted = indicator.series
        let latest = counted.max { $0.date < $1.date }
        var change: String?
        if let latest, let baseline = indicator.baseline {
            let difference = latest.value.number - baseline.value.number
            let decimals = max(DisplayPrecision.decimals(for: latest.value, precision: indicator.precision),
                               DisplayPrecision.decimals(for: baseline.value, precision: indicator.precision))
            let amount = t.numbers.format(abs(difference), decimals: decimals)
            let values = ["difference": indicator.unit == "%" ? t.format("percentage_points", ["n": amount])
                                                                 : t.numbers.quantity(amount, unit: indicator.unit),
                          "baseline": t.quantity(baseline.value, of: indicator), "baseline_date": t.date(baseline.date)]
            let key = amount == t.numbers.format(0, decimals: decimals) ? "change_baseline_same"
                : difference > 0 ? "change_baseline_higher" : "change_baseline_lower"
            change = t.format(key, values)
        }
        return HeadlineIndicatorView(
            title: indicator.title, url: url(.entry(.outcomes, outcome.id)) + "#indicator-\(indicator.id)",
            status: status(p.status(outcome: outcome.id, indicator: indicator.id)),
            latest: latest.map { t.format("latest_figure", ["value": t.quantity($0.value, of: indicator), "date": t.dateInSentence($0.date)]) },
            change: change, sparkPoints: Sparkline.points(counted),
            sparkLabel: IndicatorSummary.sentence(indicator, counted, t), lang: indicator.language)
    }

    var partnerPromises: [PartnerPromiseView] {
        model.partners.compactMap { partner in
            let led = related.commitmentsByLead[partner.id] ?? []
            guard !led.isEmpty else { return nil }
            return PartnerPromiseView(name: partner.name, url: url(.entry(.partners, partner.id)), leads: led.count,
                                      done: led.filter { $0.status == .done }.count,
                                      overdue: led.filter { p.commitmentStates[$0.id]?.overdue == true }.count,
                                      lang: partner.origin.titleLanguage)
        }
    }
}
