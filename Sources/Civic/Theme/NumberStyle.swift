import Foundation

/// How the page's language writes numbers, from the theme's words: "2,000" and "9.5%" in
/// English, "97.000", "2000" and "9,5 %" in Spanish (CLDR: Spanish groups only numbers of
/// five digits or more and puts a no-break space before the percent sign).
struct NumberStyle: Sendable, Equatable {
    var decimalSeparator: String
    var groupSeparator: String
    /// 1: group from 1,000; 2: group from 10.000.
    var minimumGroupingDigits: Int
    /// "{n}%" or "{n} %".
    var percentPattern: String

    static let english = NumberStyle(decimalSeparator: ".", groupSeparator: ",", minimumGroupingDigits: 1, percentPattern: "{n}%")

    init(decimalSeparator: String, groupSeparator: String, minimumGroupingDigits: Int, percentPattern: String) {
        (self.decimalSeparator, self.groupSeparator) = (decimalSeparator, groupSeparator)
        (self.minimumGroupingDigits, self.percentPattern) = (minimumGroupingDigits, percentPattern)
    }

    /// From `number_decimal`, `number_group`, `number_minimum_grouping` and `number_percent`.
    init(strings: [String: String]) {
        let english = NumberStyle.english
        self.init(decimalSeparator: strings["number_decimal"] ?? english.decimalSeparator,
                  groupSeparator: strings["number_group"] ?? english.groupSeparator,
                  minimumGroupingDigits: strings["number_minimum_grouping"].flatMap { Int($0) }.map { max(1, $0) } ?? 1,
                  percentPattern: strings["number_percent"] ?? english.percentPattern)
    }

    /// `value` rounded to `decimals` places, with this language's separators.
    func format(_ value: Double, decimals: Int) -> String {
        // Beyond what anyone counts in digits (1e15 and up): three significant figures with
        // an exponent, rather than a row of hundreds of digits.
        if abs(value) >= 1e15 && value.isFinite {
            return String(format: "%.3g", value).replacingOccurrences(of: ".", with: decimalSeparator)
        }
        var text = String(format: "%.\(max(0, min(decimals, 12)))f", value)
        if text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var grouped = whole
        if whole.count >= 4 + (minimumGroupingDigits - 1) {
            var groups: [Substring] = []
            var end = whole.endIndex
            while end > whole.startIndex {
                let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
                groups.insert(whole[start..<end], at: 0)
                end = start
            }
            grouped = groups.joined(separator: groupSeparator)
        }
        let fraction = parts.count > 1 ? decimalSeparator + parts[1] : ""
        return (negative ? "-" : "") + grouped + fraction
    }

    /// A value with its unit: "9.5%" / "9,5 %", "2,000 homes".
    func quantity(_ number: String, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number }
        if unit == "%" { return percentPattern.replacingOccurrences(of: "{n}", with: number) }
        return "\(number) \(unit)"
    }
}

/// How many decimals a figure is shown with on a page. The indicator's `precision` wins;
/// otherwise a value keeps the decimals it was written with, but no more than it takes to
/// show three significant figures (at least two decimals), so that `2.25735332846748`
/// from a published series reads `2.26` while `0.0042` stays `0.0042`. Downloads keep
/// the value as written.
enum DisplayPrecision {
    static func decimals(for value: Indicator.Value, precision: Int?) -> Int {
        if let precision { return precision }
        let written = writtenDecimals(value.text) ?? (value.number == value.number.rounded() ? 0 : nil)
        let magnitude = abs(value.number)
        let significant = magnitude > 0 && magnitude < 1 ? Int((-log10(magnitude)).rounded(.down)) + 3 : 2
        return min(written ?? significant, max(2, significant))
    }

    /// Digits after the decimal point as written, or nil for a number in exponent form.
    static func writtenDecimals(_ text: String) -> Int? {
        if text.contains(where: { $0 == "e" || $0 == "E" }) { return nil }
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].filter(\.isNumber).count
    }
}
