/// How one question's rating moved from the previous review to this one.
public enum RatingChange: Sendable, Hashable {
    /// No earlier review.
    case first
    case up(Int)
    case down(Int)
    case same
    /// Rated now, not rated in the previous review.
    case newlyRated
    /// Rated in the previous review, not now.
    case noLongerRated
    /// Not rated in either.
    case notRated

    static func between(previous: Int??, current: Int?) -> RatingChange {
        guard let previous else { return .first }
        switch (previous, current) {
        case (nil, nil): return .notRated
        case (nil, .some): return .newlyRated
        case (.some, nil): return .noLongerRated
        case (.some(let a), .some(let b)):
            if b > a { return .up(b - a) }
            if b < a { return .down(a - b) }
            return .same
        }
    }
}
