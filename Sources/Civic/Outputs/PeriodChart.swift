import Foundation

/// A small chart of one indicator for a report, drawn inside the page so that it prints
/// with it: the figures up to the end of the period as a line, the period itself shaded,
/// its figures as dots, and the first and last figures and years written on it. It is one
/// image with a text alternative; the sentence beside it says the same in words.
///
/// Colours come from the page's stylesheet (`.period-chart`), so the chart follows the dark
/// scheme and prints in ink.
enum PeriodChart {
    static let width = 320.0
    static let height = 112.0
    static let side = 12.0
    static let top = 20.0
    static let bottom = 22.0

    /// `points`: the figures up to the period's last day, oldest first, each drawn at the last
    /// day of the time it is for (a figure for 2025 on 31 December 2025); `period`: its first
    /// and last days; `isNew`: whether a figure is one of the period's; `label`: what the
    /// chart shows, in words; `valueText`: a figure as the page writes it. Nil without a figure.
    static func svg(_ points: [Indicator.Point], period: (start: Day, end: Day), isNew: (Indicator.Point) -> Bool, label: String,
                    valueText: (Indicator.Value) -> String) -> String? {
        guard let first = points.first, let last = points.last else { return nil }
        let low = min(first.date.lastDay.ordinal, period.start.ordinal)
        let high = max(period.end.ordinal, last.date.lastDay.ordinal, low + 1)
        let values = points.map(\.value.number)
        let scale = ValueScale(low: values.min()!, high: values.max()!)
        let plotRight = width - side, plotBottom = height - bottom
        func x(_ ordinal: Int) -> Double { side + Double(ordinal - low) / Double(high - low) * (plotRight - side) }
        // In halves, as in `ChartRenderer`, so that extreme values do not overflow.
        func y(_ value: Double) -> Double {
            top + (scale.high / 2 - value / 2) / (scale.high / 2 - scale.low / 2) * (plotBottom - top)
        }
        func n(_ value: Double) -> String { String(format: "%.0f", value) }
        func text(_ x: Double, _ y: Double, _ words: String, anchor: String) -> String {
            "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(words))</text>"
        }
        func anchor(_ x: Double) -> String { x < width * 0.2 ? "start" : x > width * 0.8 ? "end" : "middle" }

        var svg = "<svg class=\"period-chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">"
        let bandStart = x(max(period.start.ordinal, low)), bandEnd = x(period.end.ordinal)
        svg += "<rect class=\"period\" x=\"\(n(bandStart))\" y=\"\(n(top - 14))\" width=\"\(n(max(bandEnd - bandStart, 2)))\" height=\"\(n(plotBottom - top + 14))\"/>"
        svg += "<line class=\"axis\" x1=\"\(n(side))\" y1=\"\(n(plotBottom))\" x2=\"\(n(plotRight))\" y2=\"\(n(plotBottom))\"/>"
        let coordinates = points.map { (x($0.date.lastDay.ordinal), y($0.value.number)) }
        if points.count > 1 {
            svg += "<polyline class=\"series\" points=\"\(coordinates.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\"/>"
        }
        for (point, (px, py)) in zip(points, coordinates) {
            let inPeriod = isNew(point)
            svg += "<circle class=\"\(inPeriod ? "in-period" : "before")\" cx=\"\(n(px))\" cy=\"\(n(py))\" r=\"\(inPeriod ? 3.5 : 2.5)\"/>"
        }
        // The first and the last figure, above their dots.
        let (lastX, lastY) = coordinates[coordinates.count - 1]
        svg += text(lastX, max(lastY - 7, 11), valueText(last.value), anchor: anchor(lastX))
        let (firstX, firstY) = coordinates[0]
        if points.count > 1 && abs(firstX - lastX) > 70 {
            svg += text(firstX, max(firstY - 7, 11), valueText(first.value), anchor: anchor(firstX))
        }
        let lowYear = Day(ordinal: low).year, highYear = Day(ordinal: high).year
        svg += text(side, height - 5, String(lowYear), anchor: "start")
        if highYear != lowYear { svg += text(plotRight, height - 5, String(highYear), anchor: "end") }
        return svg + "</svg>"
    }
}
