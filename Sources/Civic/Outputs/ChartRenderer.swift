import Foundation

/// Draws an indicator as an SVG line chart at build time, published as its own file
/// (`outcomes/OUTCOME/INDICATOR.svg`) and shown on the page as an image with a short text
/// alternative, beside the sentence and the table that say the same figures. As an image it
/// reads once: a text browser or a screen reader meets its alternative, not its labels.
///
/// The drawing: y-axis ticks at round values with light gridlines, years (or the first and
/// last dates) along the x-axis, the headline series with its first and last values
/// labelled, the baseline and target as marked points, and the straight line between them.
enum ChartRenderer {
    static let width = 480.0
    static let height = 270.0
    static let left = 64.0
    static let right = 28.0
    static let top = 28.0
    static let bottom = 44.0

    /// The chart of an indicator with a figure up to the as-of date.
    static func chart(_ indicator: Indicator, translations t: Translations, style: String) -> OutputFile.Contents {
        let counted = indicator.series
        let summary = IndicatorSummary.sentence(indicator, counted, t)
        return .bytes(Array((svg(for: indicator, points: counted, summary: summary, style: style, translations: t) ?? "").utf8))
    }

    static func svg(for indicator: Indicator, points: [Indicator.Point], summary: String, style: String,
                    translations t: Translations) -> String? {
        var all = points
        if let baseline = indicator.baseline { all.append(baseline) }
        if let target = indicator.target { all.append(target) }
        guard !points.isEmpty, let firstDay = all.map(\.date.day.ordinal).min(), let lastDay = all.map(\.date.day.ordinal).max()
        else { return nil }
        let values = all.map(\.value.number)
        let scale = ValueScale(low: values.min()!, high: values.max()!)
        let (low, high) = (scale.low, scale.high)
        let span = Double(max(lastDay - firstDay, 1))
        let plotRight = width - right
        func x(_ ordinal: Int) -> Double {
            lastDay == firstDay ? left + (plotRight - left) / 2 : left + Double(ordinal - firstDay) / span * (plotRight - left)
        }
        // In halves, so that values near the largest a Double holds (1e308 and -1e308 in one
        // series) do not overflow to infinity and put NaN into the drawing.
        func y(_ value: Double) -> Double {
            top + (high / 2 - value / 2) / (high / 2 - low / 2) * (height - top - bottom)
        }
        func n(_ value: Double) -> String { String(format: "%.1f", value) }
        func label(_ x: Double, _ y: Double, _ text: String, anchor: String = "start", className: String? = nil) -> String {
            "<text x=\"\(n(x))\" y=\"\(n(y))\"\(anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")\(className.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escape(text))</text>"
        }

        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"title desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"title\">\(HTMLText.escape(indicator.title))</title>"
        svg += "<desc id=\"desc\">\(HTMLText.escape(summary))</desc>"
        svg += "<style>\(style.replacingOccurrences(of: "<", with: ""))</style>"
        svg += "<rect class=\"panel\" width=\"\(Int(width))\" height=\"\(Int(height))\" rx=\"6\"/>"
        // Gridlines and y labels at round values.
        svg += "<g class=\"grid\">"
        for tick in scale.ticks { svg += "<line x1=\"\(n(left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(plotRight))\" y2=\"\(n(y(tick)))\"/>" }
        svg += "</g><g class=\"axis\"><line x1=\"\(n(left))\" y1=\"\(n(top - 8))\" x2=\"\(n(left))\" y2=\"\(n(height - bottom))\"/>"
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(height - bottom))\" x2=\"\(n(plotRight))\" y2=\"\(n(height - bottom))\"/>"
        for tick in DateTicks.ordinals(from: firstDay, to: lastDay).map(\.ordinal) {
            svg += "<line x1=\"\(n(x(tick)))\" y1=\"\(n(height - bottom))\" x2=\"\(n(x(tick)))\" y2=\"\(n(height - bottom + 5))\"/>"
        }
        svg += "</g><g class=\"labels\">"
        for tick in scale.ticks {
            svg += label(left - 6, y(tick) + 5, t.numbers.format(tick, decimals: scale.decimals), anchor: "end")
        }
        let dateTicks = DateTicks.ordinals(from: firstDay, to: lastDay)
        if dateTicks.count >= 2 {
            for tick in dateTicks { svg += label(x(tick.ordinal), height - 16, String(tick.year), anchor: "middle") }
        } else {
            let firstDate = all.min { $0.date < $1.date }!.date
            let lastDate = all.max { $0.date < $1.date }!.date
            svg += label(left, height - 16, t.date(firstDate))
            if lastDay != firstDay { svg += label(plotRight, height - 16, t.date(lastDate), anchor: "end") }
        }
        svg += "</g>"
        if let baseline = indicator.baseline, let target = indicator.target {
            svg += "<line class=\"trajectory\" x1=\"\(n(x(baseline.date.day.ordinal)))\" y1=\"\(n(y(baseline.value.number)))\" x2=\"\(n(x(target.date.day.ordinal)))\" y2=\"\(n(y(target.value.number)))\"/>"
        }
        let path = points.map { "\(n(x($0.date.day.ordinal))),\(n(y($0.value.number)))" }.joined(separator: " ")
        svg += "<polyline class=\"series\" points=\"\(path)\"/>"
        if points.count <= 60 {
            for point in points {
                svg += "<circle class=\"point\" cx=\"\(n(x(point.date.day.ordinal)))\" cy=\"\(n(y(point.value.number)))\" r=\"4\"/>"
            }
        }
        if let baseline = indicator.baseline {
            let bx = x(baseline.date.day.ordinal), by = y(baseline.value.number)
            svg += "<rect class=\"baseline\" x=\"\(n(bx - 6))\" y=\"\(n(by - 6))\" width=\"12\" height=\"12\"/>"
        }
        if let target = indicator.target {
            let tx = x(target.date.day.ordinal), ty = y(target.value.number)
            svg += "<path class=\"target\" d=\"M\(n(tx)),\(n(ty - 9)) L\(n(tx + 9)),\(n(ty)) L\(n(tx)),\(n(ty + 9)) L\(n(tx - 9)),\(n(ty)) Z\"/>"
        }
        // The first and last figures, written beside their points on the side away from the
        // line (below a point the line comes down to, above one it comes up to), anchored
        // inwards so that they stay inside the drawing.
        svg += "<g class=\"labels\">"
        let ends = points.count == 1 ? [points[0]] : [points[0], points[points.count - 1]]
        for (index, point) in ends.enumerated() {
            let px = x(point.date.day.ordinal), py = y(point.value.number)
            let neighbour = points.count == 1 ? nil : (index == 0 ? points[1] : points[points.count - 2])
            var below = neighbour.map { y($0.value.number) < py } ?? false
            if below && py + 22 > height - bottom - 2 { below = false }
            if !below && py - 12 < top { below = true }
            let anchor = ends.count == 1 ? "middle" : (index == 0 ? "start" : "end")
            svg += label(index == 0 && ends.count > 1 ? max(px + 4, left + 4) : (ends.count == 1 ? px : min(px - 4, plotRight)),
                         below ? py + 22 : py - 12,
                         t.number(point.value, precision: indicator.precision), anchor: anchor, className: "value-label")
        }
        svg += "</g></svg>\n"
        return svg
    }
}

/// The y range of a chart, widened to round ticks (steps of 1, 2, 2.5 or 5 times a power
/// of ten, four to six of them), from zero when the figures sit well above it.
struct ValueScale {
    var low: Double
    var high: Double
    var ticks: [Double]
    /// Decimals the tick labels need.
    var decimals: Int

    init(low dataLow: Double, high dataHigh: Double) {
        var low = dataLow, high = dataHigh
        if low > 0 && low < high * 0.5 { low = 0 }
        if high == low {
            high = min(high + max(1, abs(high) * 0.1), .greatestFiniteMagnitude)
            low = max(low - max(1, abs(low) * 0.1), -.greatestFiniteMagnitude)
        }
        let range = high - low
        guard range.isFinite, range > 0, abs(high) < 1e300, abs(low) < 1e300 else {
            // Beyond what ticks can be counted for: the bounds alone.
            (self.low, self.high, self.ticks, self.decimals) = (low, high, [low, high], 0)
            return
        }
        let rough = range / 4
        let power = pow(10, (log10(rough)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var index = 0.0
        while first + index * step <= last + step / 2 && ticks.count < 12 {
            ticks.append(first + index * step)
            index += 1
        }
        (self.low, self.high, self.ticks) = (first, ticks.last ?? last, ticks)
        // 2.5 x 10^k needs one decimal more than 10^k.
        let stepDecimals = max(0, -Int(log10(step).rounded(.down)))
        self.decimals = stepDecimals + (((step / power) == 2.5) && power <= 1 ? 1 : 0)
    }
}

/// Where the x-axis is labelled: on the first of January of every year, every second,
/// fifth, tenth ... year so that there are at most six labels; none when the dates span
/// less than two year boundaries (the chart then labels its first and last dates).
enum DateTicks {
    static func ordinals(from first: Int, to last: Int) -> [(ordinal: Int, year: Int)] {
        let firstYear = Day(ordinal: first).year, lastYear = Day(ordinal: last).year
        guard firstYear <= lastYear else { return [] }
        let years = (firstYear...lastYear).filter { year in
            guard let jan1 = Day(year: year, month: 1, day: 1) else { return false }
            return jan1.ordinal >= first && jan1.ordinal <= last
        }
        guard years.count >= 2 else { return [] }
        let step = [1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000].first { (years.count + $0 - 1) / $0 <= 6 } ?? years.count
        let round = years.filter { $0 % step == 0 }
        return (round.count >= 2 ? round : years.filter { ($0 - years[0]) % step == 0 }).compactMap { year in
            Day(year: year, month: 1, day: 1).map { ($0.ordinal, year) }
        }
    }
}
