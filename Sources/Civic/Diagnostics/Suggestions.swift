/// Closest-match suggestions for misspelt ids, keys and enum values.
enum Suggestions {
    /// The candidates nearest to `word` by edit distance, best first, at most `limit`.
    /// A candidate qualifies when its distance is at most a third of the longer word
    /// (at least 2), or when one contains the other.
    static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        var scored: [(Int, String)] = []
        for candidate in Set(candidates) {
            let distance = editDistance(lowered, candidate.lowercased())
            let allowed = max(2, max(word.count, candidate.count) / 3)
            let contains = !lowered.isEmpty && (candidate.contains(lowered) || lowered.contains(candidate))
            if distance <= allowed || contains {
                scored.append((distance, candidate))
            }
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }

    /// "did you mean 'a'?" or "did you mean 'a' or 'b'?", or nil when nothing is close.
    static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        let found = closest(to: word, in: candidates)
        guard !found.isEmpty else { return nil }
        let quoted = found.map { "'\($0)'" }
        if quoted.count == 1 { return "did you mean \(quoted[0])?" }
        return "did you mean \(quoted.dropLast().joined(separator: ", ")) or \(quoted.last!)?"
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
