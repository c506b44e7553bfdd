/// A calendar day in the proleptic Gregorian calendar, with no time zone.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil when the day does not exist (2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The same day `months` calendar months later; a day that does not exist in the
    /// target month becomes that month's last day (2024-02-29 plus 12 months is 2025-02-28).
    public func addingMonths(_ months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let y = String(year)
        let yPadded = String(repeating: "0", count: max(0, 4 - y.count)) + y
        return "\(yPadded)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Parses `YYYY-MM-DD` exactly.
    public static func parse(_ text: String) -> Day? {
        guard let parts = DateText.parts(text), parts.count == 3 else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date"))
        }
        self = day
    }
}

/// Splitting ISO 8601 date text (`2025`, `2025-06`, `2025-06-30`) into numbers.
enum DateText {
    /// `[year]`, `[year, month]` or `[year, month, day]`, with exactly 4, 2 and 2 digits.
    static func parts(_ text: String) -> [Int]? {
        var numbers: [Int] = []
        var current = 0
        var digits = 0
        let widths = [4, 2, 2]
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard numbers.count < 2, digits == widths[numbers.count] else { return nil }
                numbers.append(current)
                current = 0
                digits = 0
            } else if byte >= 0x30 && byte <= 0x39 {
                // More digits than the part allows is no date; stopping here also keeps a long
                // run of digits from overflowing (found by fuzzing the CSV reader).
                guard digits < widths[numbers.count] else { return nil }
                current = current * 10 + Int(byte - 0x30)
                digits += 1
            } else {
                return nil
            }
        }
        guard digits == widths[numbers.count] else { return nil }
        numbers.append(current)
        return numbers
    }
}
