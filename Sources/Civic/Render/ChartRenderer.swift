import Foundation

/// Draws an indicator as an inline SVG line chart at build time: the headline series,
/// the baseline and target as marked points, and the straight line from baseline to
/// target. Every chart carries a `<title>` and a `<desc>` and is followed in the page by a
/// table of the same figures.
enum ChartRenderer {
    // A narrow drawing, so that its 15-unit labels stay readable when a phone scales it down.
    static let width = 480.0
    static let height = 270.0
    static let left = 64.0
    static let right = 24.0
    static let top = 20.0
    static let bottom = 44.0

    static func svg(for indicator: Indicator, points: [Indicator.Point], summary: String, translations t: Translations) -> String? {
        var all = points
        if let baseline = indicator.baseline { all.append(baseline) }
        if let target = indicator.target { all.append(target) }
        guard !points.isEmpty, let firstDay = all.map(\.date.day.ordinal).min(), let lastDay = all.map(\.date.day.ordinal).max()
        else { return nil }
        var low = all.map(\.value.number).min()!
        var high = all.map(\.value.number).max()!
        if low > 0 && low < high * 0.5 { low = 0 }
        if high == low {
            high = min(high + max(1, abs(high) * 0.1), .greatestFiniteMagnitude)
            low = max(low - max(1, abs(low) * 0.1), -.greatestFiniteMagnitude)
        }
        let span = Double(max(lastDay - firstDay, 1))
        func x(_ day: Day) -> Double {
            lastDay == firstDay ? left + (width - left - right) / 2
                : left + Double(day.ordinal - firstDay) / span * (width - left - right)
        }
        // In halves, so that the range of values near the largest a Double holds (1e308 and
        // -1e308 in one series) does not overflow to infinity and put NaN into the drawing.
        func y(_ value: Double) -> Double {
            top + (high / 2 - value / 2) / (high / 2 - low / 2) * (height - top - bottom)
        }
        func n(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"chart-\(indicator.id)-title chart-\(indicator.id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"chart-\(indicator.id)-title\">\(HTMLText.escape(indicator.title))</title>"
        svg += "<desc id=\"chart-\(indicator.id)-desc\">\(HTMLText.escape(summary))</desc>"
        // Axes and the two value labels that bound the plot.
        svg += "<g class=\"axis\"><line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(height - bottom))\"/>"
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(height - bottom))\" x2=\"\(n(width - right))\" y2=\"\(n(height - bottom))\"/></g>"
        svg += "<g class=\"labels\">"
        svg += "<text x=\"\(n(left - 6))\" y=\"\(n(y(high) + 4))\" text-anchor=\"end\">\(HTMLText.escape(compact(high)))</text>"
        svg += "<text x=\"\(n(left - 6))\" y=\"\(n(y(low) + 4))\" text-anchor=\"end\">\(HTMLText.escape(compact(low)))</text>"
        let firstDate = all.min { $0.date < $1.date }!.date
        let lastDate = all.max { $0.date < $1.date }!.date
        svg += "<text x=\"\(n(left))\" y=\"\(n(height - 14))\">\(HTMLText.escape(t.date(firstDate)))</text>"
        if lastDay != firstDay {
            svg += "<text x=\"\(n(width - right))\" y=\"\(n(height - 14))\" text-anchor=\"end\">\(HTMLText.escape(t.date(lastDate)))</text>"
        }
        svg += "</g>"
        if let baseline = indicator.baseline, let target = indicator.target {
            svg += "<line class=\"trajectory\" x1=\"\(n(x(baseline.date.day)))\" y1=\"\(n(y(baseline.value.number)))\" x2=\"\(n(x(target.date.day)))\" y2=\"\(n(y(target.value.number)))\"/>"
        }
        let path = points.map { "\(n(x($0.date.day))),\(n(y($0.value.number)))" }.joined(separator: " ")
        svg += "<polyline class=\"series\" points=\"\(path)\"/>"
        if points.count <= 60 {
            for point in points {
                svg += "<circle class=\"point\" cx=\"\(n(x(point.date.day)))\" cy=\"\(n(y(point.value.number)))\" r=\"4\"/>"
            }
        }
        if let baseline = indicator.baseline {
            let bx = x(baseline.date.day), by = y(baseline.value.number)
            svg += "<rect class=\"baseline\" x=\"\(n(bx - 6))\" y=\"\(n(by - 6))\" width=\"12\" height=\"12\"/>"
        }
        if let target = indicator.target {
            let tx = x(target.date.day), ty = y(target.value.number)
            svg += "<path class=\"target\" d=\"M\(n(tx)),\(n(ty - 9)) L\(n(tx + 9)),\(n(ty)) L\(n(tx)),\(n(ty + 9)) L\(n(tx - 9)),\(n(ty)) Z\"/>"
        }
        svg += "</svg>"
        return svg
    }

    /// A short label for an axis value.
    static func compact(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        let text = String(format: "%.3g", value)
        return text
    }
}
