/// Numbers as editors and data files write them.
enum NumberText {
    /// A whole number with its thousands grouped by commas, for messages on the terminal
    /// (pages use the theme's number style): 10513 -> "10,513".
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    static func parse(_ text: String) -> Double? {
        let trimmed = WhitespaceTrim.trim(text)
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ byte in
            (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E || byte == 0x65 || byte == 0x45
        }), let number = Double(trimmed), number.isFinite else { return nil }
        return number
    }

    /// How to write a number that was written with a comma: `12,5` has a decimal comma,
    /// `1,250,000` thousands separators, and `12,500` could be either.
    static func commaHint(_ text: String) -> String? {
        let trimmed = WhitespaceTrim.trim(text)
        var parts = trimmed.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return nil }
        let sign = parts[0].hasPrefix("-") || parts[0].hasPrefix("+") ? String(parts[0].removeFirst()) : ""
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return "write the number with a decimal point and without thousands separators"
        }
        let grouped = parts.dropFirst().allSatisfy { $0.count == 3 }
        if parts.count == 2 && !grouped { return "use a decimal point: \(sign)\(parts[0]).\(parts[1])" }
        if parts.count == 2 {
            return "write \(sign)\(parts.joined()) for \(sign)\(parts.joined()), or \(sign)\(parts[0]).\(parts[1]) if the comma was a decimal comma"
        }
        if grouped { return "write numbers without thousands separators: \(sign)\(parts.joined())" }
        return "write the number with a decimal point and without thousands separators"
    }
}

/// Spaces and tabs trimmed from both ends, without Foundation's character-set machinery
/// (this runs for every cell of every CSV file).
enum WhitespaceTrim {
    static func trim(_ text: String, newlines: Bool = false) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || (newlines && (byte == 0x0A || byte == 0x0D)) }
        if !isSpace(first) && !isSpace(last) && first < 0x80 && last < 0x80 { return text }
        return text.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}

import Foundation
