/// A period the site publishes a report for (`/reports/ID/`): a review's period, or a
/// calendar year that has something dated in it.
public struct ReportPeriod: Sendable, Hashable {
    /// The period's name in the address: its label in lower case without accents, with every
    /// run of other characters than ASCII letters and digits made one hyphen (`2024/25` is
    /// `2024-25`).
    public let id: String
    /// The period as the partnership writes it (`2024/25`, `2025`).
    public let label: String
    /// The first and the last day it covers.
    public let start: Day
    public let end: Day
    /// The reviews of the period, oldest first.
    public let reviews: [String]
    /// Whether it is a calendar year (from 1 January to 31 December).
    public let isCalendarYear: Bool

    /// The day its figures and statuses are judged on: its last day, or the as-of date for a
    /// period that is not over.
    func judgedOn(asOf: Day) -> Day { min(end, asOf) }

    /// Whether a day falls in the period.
    func contains(_ day: Day) -> Bool { start <= day && day <= end }
}

/// Which reports the site has, worked out once from what is visible at the as-of date.
///
/// - A review whose period is a year (`2025`) belongs to that calendar year's report.
/// - Any other review period (`2024/25`, `2025-H1`) has its own report. It covers the days
///   after the review before it, up to and including its own date; the first review covers
///   the twelve months up to its date. Reviews that give the same period share one report.
/// - Every calendar year up to the as-of date in which a commitment starts or has an update,
///   or a review, a conversation or a celebration is dated, has a report; so has every later
///   year with a figure. A review that is not of a year belongs to the year it was held in
///   as well.
///
/// Newest first: by last day, then by id.
enum ReportPeriods {
    static func periods(of model: Partnership, reviews: [Assessment], asOf: Day) -> [ReportPeriod] {
        // What the partners did: commitments started or updated, reviews, conversations and
        // celebrations. Figures alone do not make a year a report: a national series that
        // goes back to 1950 would otherwise give seventy reports of a partnership that began
        // in 2023.
        var activity = Set<Int>()
        func did(_ day: Day?) { if let day, day <= asOf { activity.insert(day.year) } }
        for commitment in model.commitments {
            did(commitment.start)
            for update in commitment.updates { did(update.date) }
        }
        for celebration in model.celebrations { did(celebration.date) }
        for conversation in model.conversations { did(conversation.start.day) }
        for review in reviews { did(review.date) }
        guard let firstYear = activity.min() else { return [] }
        var years = activity
        for outcome in model.outcomes {
            for indicator in outcome.indicators {
                for point in indicator.series where point.date.day <= asOf && point.date.day.year >= firstYear {
                    years.insert(point.date.day.year)
                }
            }
        }

        var reviewsOfYear: [Int: [String]] = [:]
        var byID: [String: (label: String, start: Day, end: Day, reviews: [String])] = [:]
        var previous: Day?
        for review in reviews where review.date <= asOf {
            defer { previous = review.date }
            if let year = calendarYear(review.period) {
                years.insert(year)
                reviewsOfYear[year, default: []].append(review.id)
                continue
            }
            reviewsOfYear[review.date.year, default: []].append(review.id)
            let start = previous.map { Day(ordinal: $0.ordinal + 1) } ?? Day(ordinal: review.date.addingMonths(-12).ordinal + 1)
            let id = slug(review.period).isEmpty ? review.id : slug(review.period)
            if let known = byID[id] {
                byID[id] = (known.label, min(known.start, start), max(known.end, review.date), known.reviews + [review.id])
            } else {
                byID[id] = (review.period, start, review.date, [review.id])
            }
        }

        var periods: [ReportPeriod] = byID.map { id, period in
            ReportPeriod(id: id, label: period.label, start: period.start, end: period.end, reviews: period.reviews, isCalendarYear: false)
        }
        let taken = Set(periods.map(\.id))
        for year in years.sorted() where !taken.contains(String(year)) {
            guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { continue }
            periods.append(ReportPeriod(id: String(year), label: String(year), start: first, end: last,
                                        reviews: reviewsOfYear[year] ?? [], isCalendarYear: true))
        }
        return periods.sorted { ($0.end, $0.id) > ($1.end, $1.id) }
    }

    /// The year a review's period names when it is one (`2025`), or nil.
    static func calendarYear(_ label: String) -> Int? {
        let text = label.trimmingCharacters(in: .whitespaces)
        guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), year > 0 else { return nil }
        return year
    }

    /// `2024/25` as `2024-25`: ASCII letters and digits kept (lower case, accents taken
    /// off: `Año` is `ano`), every other run one hyphen.
    static func slug(_ label: String) -> String {
        var result = ""
        for character in label.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }
}

extension CommitmentRules {
    /// A commitment's status on a day, as its updates tell it: the status of its newest update
    /// on or before that day that gives one. Without such an update, the status written at
    /// the top of its file, unless a later update gives a status, in which case it was still
    /// under way (`in-progress` once started, `planned` before).
    static func status(of commitment: Commitment, on day: Day) -> Commitment.Status {
        if let status = newestStatusUpdate(of: commitment, on: day)?.status { return status }
        guard commitment.updates.contains(where: { $0.status != nil && $0.date > day }) else { return commitment.status }
        return commitment.start.map { $0 <= day } ?? true ? .inProgress : .planned
    }

    /// The newest update on or before a day that gives a status (the later written on a tie).
    static func newestStatusUpdate(of commitment: Commitment, on day: Day) -> Commitment.Update? {
        var newest: Commitment.Update?
        for update in commitment.updates where update.status != nil && update.date <= day {
            if newest.map({ (update.date, update.index) > ($0.date, $0.index) }) ?? true { newest = update }
        }
        return newest
    }
}

import Foundation
