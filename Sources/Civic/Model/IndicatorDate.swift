/// An indicator date: a year, a month or a day. In every computation a partial date
/// stands for its first day.
public struct IndicatorDate: Sendable, Hashable, Comparable {
    public enum Precision: String, Sendable, Hashable {
        case year, month, day
    }

    public var day: Day
    public var precision: Precision

    public init(day: Day, precision: Precision) {
        self.day = day
        self.precision = precision
    }

    public static func parse(_ text: String) -> IndicatorDate? {
        guard let parts = DateText.parts(text) else { return nil }
        switch parts.count {
        case 1: return Day(year: parts[0], month: 1, day: 1).map { IndicatorDate(day: $0, precision: .year) }
        case 2: return Day(year: parts[0], month: parts[1], day: 1).map { IndicatorDate(day: $0, precision: .month) }
        default: return Day(year: parts[0], month: parts[1], day: parts[2]).map { IndicatorDate(day: $0, precision: .day) }
        }
    }

    /// The last day of what the date names: 31 December for a year, the month's last day
    /// for a month, the day itself for a day.
    public var lastDay: Day {
        switch precision {
        case .year: Day(year: day.year, month: 12, day: 31) ?? day
        case .month: Day(year: day.year, month: day.month, day: Day.daysIn(month: day.month, year: day.year)) ?? day
        case .day: day
        }
    }

    /// The date as written in ISO form at its own precision (`2025`, `2025-06`, `2025-06-30`).
    public var isoText: String {
        let full = day.description
        switch precision {
        case .year: return String(full.prefix(full.count - 6))
        case .month: return String(full.prefix(full.count - 3))
        case .day: return full
        }
    }

    public static func < (a: IndicatorDate, b: IndicatorDate) -> Bool { a.day < b.day }
}

/// A conversation's date and time: a local day and minute, with the offset from UTC when
/// one was written (otherwise the site's time zone applies).
public struct LocalDateTime: Sendable, Hashable {
    public var day: Day
    public var hour: Int
    public var minute: Int
    /// Offset from UTC in minutes, when written (`-05:00` is -300).
    public var offsetMinutes: Int?

    /// Parses `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` (a space may stand for the `T`), or a bare day.
    public static func parse(_ raw: String) -> LocalDateTime? {
        var text = Substring(raw.trimmingCharacters(in: .whitespaces))
        guard text.count >= 10, let day = Day.parse(String(text.prefix(10))) else { return nil }
        text = text.dropFirst(10)
        if text.isEmpty { return LocalDateTime(day: day, hour: 0, minute: 0, offsetMinutes: nil) }
        guard text.first == "T" || text.first == " " || text.first == "t" else { return nil }
        text = text.dropFirst()
        var offset: Int?
        if text.hasSuffix("Z") || text.hasSuffix("z") {
            offset = 0
            text = text.dropLast()
        } else if let signIndex = text.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = text[signIndex...]
            let sign = zone.first == "-" ? -1 : 1
            let digits = zone.dropFirst().split(separator: ":")
            guard let h = digits.first.flatMap({ Int($0) }), h <= 23,
                  let m = digits.count > 1 ? Int(digits[1]) : 0, m <= 59,
                  digits.count <= 2 else { return nil }
            offset = sign * (h * 60 + m)
            text = text[..<signIndex]
        }
        let clock = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), hour <= 23, minute <= 59 else { return nil }
        if clock.count == 3 { guard let seconds = Int(clock[2]), seconds <= 59 else { return nil } }
        return LocalDateTime(day: day, hour: hour, minute: minute, offsetMinutes: offset)
    }

    /// `YYYY-MM-DDTHH:MM`, without offset.
    public var localText: String {
        "\(day)T\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}

import Foundation

extension LocalDateTime {
    /// The offset from UTC this time has: its own when written, else the one `timezone`
    /// (an IANA name such as `Europe/London`) has at that local time, summer time included.
    /// For a local time that happens twice (the hour clocks go back) the first is taken; for
    /// one that never happens (the hour they go forward) the offset before the change.
    public func offset(in timezone: String) -> Int {
        if let offsetMinutes { return offsetMinutes }
        guard let zone = TimeZone(identifier: timezone) else { return 0 }
        let asIfUTC = Double((day.ordinal - Day(year: 1970, month: 1, day: 1)!.ordinal) * 86_400 + hour * 3_600 + minute * 60)
        // The offsets a day before and a day after cover any change of the clocks between.
        let candidates = [zone.secondsFromGMT(for: Date(timeIntervalSince1970: asIfUTC - 86_400)),
                          zone.secondsFromGMT(for: Date(timeIntervalSince1970: asIfUTC + 86_400))]
        let valid = candidates.filter { zone.secondsFromGMT(for: Date(timeIntervalSince1970: asIfUTC - Double($0))) == $0 }
        // Both valid: the hour that happens twice, and the first time has the larger offset.
        return (valid.max() ?? candidates[0]) / 60
    }

    /// RFC 3339 with seconds and the offset, as open data readers expect:
    /// `2026-11-14T10:30:00+00:00`.
    public func rfc3339(in timezone: String) -> String {
        let offset = self.offset(in: timezone)
        let sign = offset < 0 ? "-" : "+"
        let h = abs(offset) / 60, m = abs(offset) % 60
        return "\(localText):00\(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}
