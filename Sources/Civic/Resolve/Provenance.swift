import Foundation

/// Where a page's content comes from, for its reader and its editors: the web editor's
/// address of the file it is made from (with `repository:` in site.yml), and the day the
/// files it is made from were last changed in git, in the site's time zone.
public struct Provenance: Sendable {
    public var editURL: String?
    public var lastUpdated: Day?
    /// The language of the entry's text when the page is in another, which has no
    /// translation of it yet.
    public var language: String? = nil
    /// The keys of its text a translation leaves in the original's language (`body`), with it.
    public var untranslatedParts: [String: String] = [:]

    public var isEmpty: Bool { editURL == nil && lastUpdated == nil }
}

extension ResolvedPartnership {
    /// The provenance of an entry written in `path` (relative to the site folder) whose
    /// figures may also come from `data` files: edited in its own file, last updated on the
    /// newest change to any of them.
    public func provenance(of path: String, data: [String] = []) -> Provenance {
        let times = ([path] + data).compactMap { history.lastCommitted[$0] }
        return Provenance(editURL: model.site.repository?.editURL(for: path),
                          lastUpdated: times.max().map { Day(secondsSince1970: $0, timezone: model.site.timezone) })
    }

    /// An entry's: its file, and the language of its text when it is not translated.
    public func provenance(of origin: EntryOrigin, data: [String] = []) -> Provenance {
        var found = provenance(of: origin.path, data: data)
        found.language = origin.language
        found.untranslatedParts = origin.untranslatedParts
        return found
    }

    /// An outcome's: its file and the CSV files of its indicators' figures.
    public func provenance(of outcome: Outcome) -> Provenance {
        provenance(of: outcome.origin, data: outcome.indicators.compactMap { $0.dataPath.map { "content/" + $0 } })
    }
}

extension Day {
    /// The day an instant falls on in a time zone (UTC when the zone is unknown).
    init(secondsSince1970 seconds: Int64, timezone: String) {
        let offset = TimeZone(identifier: timezone)?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) ?? 0
        let local = seconds + Int64(offset)
        // Floor division, so an instant before 1970 falls on the day before, not after.
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        self.init(ordinal: Int(days))
    }
}
