/// The rule for entry and indicator ids: lowercase ASCII letters, digits and single
/// hyphens, not starting or ending with a hyphen, at most 80 characters.
enum IDRule {
    static let maxLength = 80

    /// Why `id` is not valid, or nil when it is.
    static func problem(with id: String) -> String? {
        if id.isEmpty { return "it is empty" }
        if id.utf8.count > maxLength { return "it is longer than \(maxLength) characters" }
        var doubleHyphen = false
        var afterHyphen = false
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                afterHyphen = false
                continue
            case "-":
                doubleHyphen = doubleHyphen || afterHyphen
                afterHyphen = true
                continue
            case "A"..."Z": return "it has capital letters"
            case " ": return "it has spaces"
            default:
                return scalar.isASCII ? "it has the character '\(scalar)'" : "it has characters outside a-z, 0-9 and '-'"
            }
        }
        if id.hasPrefix("-") || id.hasSuffix("-") { return "it starts or ends with a hyphen" }
        if doubleHyphen { return "it has two hyphens in a row" }
        return nil
    }

    /// A valid id close to `id` (lowercased, spaces and other characters turned into single hyphens).
    static func suggestion(for id: String) -> String? {
        var result = ""
        for scalar in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        result = String(result.prefix(maxLength))
        return result.isEmpty || result == id ? nil : result
    }
}
