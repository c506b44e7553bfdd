import Foundation

/// iCalendar (RFC 5545) files for upcoming conversations: one per conversation and one
/// with all of them.
enum CalendarWriter {
    /// A calendar of these conversations: one, or every upcoming one.
    static func calendar(of conversations: [Conversation], _ p: ResolvedPartnership, translations t: Translations) -> OutputFile.Contents {
        .bytes(Array(calendar(conversations.map { event($0, p, t) }, p).utf8))
    }

    static func calendar(_ events: [String], _ p: ResolvedPartnership) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//civic//\(escape(p.model.site.name))//EN", "CALSCALE:GREGORIAN"]
        lines.append("X-WR-CALNAME:\(escape(p.model.site.name))")
        var text = lines.map(fold).joined(separator: "\r\n") + "\r\n"
        text += events.joined()
        text += "END:VCALENDAR\r\n"
        return text
    }

    /// One event. It always has an end: the conversation's own, else its start plus the
    /// site's `conversation_minutes`, since calendar programs disagree on how long an event
    /// without one lasts. The description carries the page's address, the access offered
    /// and the online link, since several programs show no URL property.
    static func event(_ c: Conversation, _ p: ResolvedPartnership, _ t: Translations) -> String {
        let site = p.model.site
        var lines = ["BEGIN:VEVENT"]
        lines.append("UID:\(c.id)@\(host(site.baseURL))")
        // DTSTAMP must be present; the as-of date keeps the file reproducible.
        lines.append("DTSTAMP:\(compact(p.asOf))T000000Z")
        lines.append(dateLine("DTSTART", c.start, timezone: site.timezone))
        if let end = c.end {
            lines.append(dateLine("DTEND", end, timezone: site.timezone))
        } else {
            lines.append(dateLine("DTEND", c.start, timezone: site.timezone, plusMinutes: site.conversationMinutes))
        }
        lines.append("SUMMARY:\(escape(c.title))")
        lines.append("LOCATION:\(escape(Conversation.placeText(c.place, translations: t)))")
        let page = "\(site.baseURL)conversations/\(c.id)/"
        lines.append("URL:\(page)")
        var description = [page]
        if !c.access.isEmpty {
            description.append("\(t["access"]): " + c.access.map { t["access_\($0.rawValue)"] }.joined(separator: "; "))
        }
        if let link = c.link { description.append(link) }
        lines.append("DESCRIPTION:\(escape(description.joined(separator: "\n")))")
        lines.append("END:VEVENT")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Every time is written in UTC, so no VTIMEZONE component is needed: a time with a
    /// written offset is shifted by it, one without by the site's zone on that day.
    static func dateLine(_ name: String, _ time: LocalDateTime, timezone: String, plusMinutes: Int = 0) -> String {
        let offset = time.offsetMinutes ?? offsetMinutes(of: time, in: timezone)
        let minutes = time.day.ordinal * 1440 + time.hour * 60 + time.minute - offset + plusMinutes
        let day = Day(ordinal: Int((Double(minutes) / 1440).rounded(.down)))
        let rest = minutes - day.ordinal * 1440
        return "\(name):\(compact(day))T\(two(rest / 60))\(two(rest % 60))00Z"
    }

    /// The zone's offset from UTC, in minutes, at that local time.
    static func offsetMinutes(of time: LocalDateTime, in timezone: String) -> Int {
        guard let zone = TimeZone(identifier: timezone) else { return 0 }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: time.day.year, month: time.day.month, day: time.day.day,
                                        hour: time.hour, minute: time.minute)
        guard let date = calendar.date(from: components) else { return 0 }
        return zone.secondsFromGMT(for: date) / 60
    }

    static func offsetText(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        return "UTC\(sign)\(two(abs(minutes) / 60)):\(two(abs(minutes) % 60))"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    static func host(_ url: String) -> String {
        URL(string: url)?.host ?? "civic"
    }

    /// Text values (RFC 5545, 3.3.11) escape backslash, semicolon and comma; every line break
    /// (LF, CRLF, or a lone CR, which would end the content line) becomes `\n`; other control
    /// characters, which the format does not allow, are left out.
    static func escape(_ text: String) -> String {
        var result = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !afterCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Lines longer than 75 octets are folded with CRLF and a space.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let width = String(scalar).utf8.count
            if count + width > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += width
        }
        return result
    }
}
