/// A measure of an outcome, with its series of data points.
public struct Indicator: Sendable {
    public enum Direction: String, Sendable, CaseIterable {
        case increase, decrease, maintain
    }

    /// A value kept both as written (for display and download) and as a number.
    public struct Value: Sendable, Hashable {
        public var text: String
        public var number: Double
    }

    public struct Point: Sendable {
        public var date: IndicatorDate
        public var value: Value
        public var note: String?
        /// Nil or empty for the headline series.
        public var disaggregation: String?
    }

    public struct Source: Sendable {
        public var title: String
        public var url: String?
    }

    public var id: String
    public var title: String
    public var unit: String?
    /// The language of its title and unit, on a page in another of the site's languages
    /// that has no translation of them yet (nil where they are in the page's language).
    public var language: String? = nil
    /// Decimals to show on pages; nil shows each value as written, to at most three
    /// significant decimals (see `DisplayPrecision`).
    public var precision: Int?
    public var direction: Direction
    public var baseline: Point?
    public var target: Point?
    /// Headline points, sorted by date.
    public var series: [Point]
    /// Breakdown points, in the order written.
    public var breakdowns: [Point]
    /// The CSV file under `content/` the data came from, if any.
    public var dataPath: String?
    public var source: Source?
    public var location: SourceLocation
}
