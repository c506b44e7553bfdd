/// One indicator's figures for every area at one date, as horizontal bars inside the page
/// (an SVG with a title and a description that gives every figure), drawn where it reads
/// well: three areas or more with a figure, none below zero. The area the page is about is
/// drawn darker, its name in bold and followed by words that say so.
enum AreaComparisonChart {
    struct Bar {
        var name: String
        var value: Double
        var text: String
        var current: Bool
    }

    /// Narrow, so that its words stay readable when a phone shrinks it to the screen.
    static let width = 360.0
    static let row = 40.0

    static func svg(id: String, title: String, description: String, bars: [Bar], currentLabel: String) -> String? {
        guard bars.count >= 3, let high = bars.map(\.value).max(), high > 0, bars.allSatisfy({ $0.value >= 0 && $0.value.isFinite })
        else { return nil }
        let height = Double(bars.count) * row + 4
        let plot = width - 8
        var svg = "<svg class=\"bars\" viewBox=\"0 0 \(Int(width)) \(MapRenderer.coordinate(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>"
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * row
            let length = max(bar.value / high * plot, 1)
            // The name and figure on a line of their own, the bar under them.
            let words = (bar.current ? "\(bar.name) (\(currentLabel))" : bar.name) + ": " + bar.text
            svg += "<g class=\"bar\(bar.current ? " bar-current" : "")\">"
            svg += "<text x=\"0\" y=\"\(MapRenderer.coordinate(y + 15))\">\(HTMLText.escape(words))</text>"
            svg += "<rect x=\"0\" y=\"\(MapRenderer.coordinate(y + 21))\" width=\"\(MapRenderer.coordinate(length))\" height=\"14\"/></g>"
        }
        return svg + "</svg>"
    }
}
