import Foundation

/// One line of the A to Z index: an entry's title and page, what kind of entry it is, and
/// its status (an indicator's or a commitment's, with the glossary entry that explains it)
/// or a detail that tells two entries apart (a date, an outcome, a kind of partner).
final class AZEntryView: Sendable {
    let title: String
    let url: String
    let kind: String
    let detail: String?
    let status: StatusView?
    /// The class the theme gives the status mark (`status-improving`, `commitment-done`).
    let statusClass: String?
    /// How the line sorts: its title folded (see `AZIndex.sortKey`), then as written.
    let sortKey: String
    /// The language of `title` where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, kind: String, detail: String? = nil, status: StatusView? = nil, statusClass: String? = nil,
         lang: String? = nil) {
        (self.title, self.url, self.kind, self.detail) = (title, url, kind, detail)
        self.lang = lang
        (self.status, self.statusClass) = (status, statusClass)
        sortKey = AZIndex.sortKey(title)
    }
}

/// A letter of the bar at the top of the index: a link to its group, or no link when no
/// title starts with it.
final class AZLetterView: Sendable {
    let letter: String
    let anchor: String?

    init(letter: String, anchor: String?) {
        (self.letter, self.anchor) = (letter, anchor)
    }
}

/// The entries whose titles start with one letter.
final class AZGroupView: Sendable {
    let letter: String
    let anchor: String
    let entries: [AZEntryView]

    init(letter: String, anchor: String, entries: [AZEntryView]) {
        (self.letter, self.anchor, self.entries) = (letter, anchor, entries)
    }
}

/// `/search/`: every entry of the site from A to Z, which works without a script.
final class AZIndexView: Sendable {
    let intro: String
    let letters: [AZLetterView]
    let groups: [AZGroupView]
    /// The search box's script (`assets/search.js`) and what it looks in (`search/index.json`).
    let scriptURL: String
    let indexURL: String

    init(intro: String, letters: [AZLetterView], groups: [AZGroupView], scriptURL: String, indexURL: String) {
        (self.intro, self.letters, self.groups) = (intro, letters, groups)
        (self.scriptURL, self.indexURL) = (scriptURL, indexURL)
    }
}

/// How the index files a title: under the first letter or digit it starts with, read
/// without its accents and case ("Ágora" under A, "élan" under E), so that a reader finds
/// it where they would look whichever way it was typed. A title that starts with a digit
/// is filed under 0–9, first; one that starts with no Latin letter or digit, under "Other",
/// last.
enum AZIndex {
    static let digits = "0–9"
    static let latinLetters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }

    /// The letter a title is filed under: `A`...`Z`, `digits`, or nil for another script.
    static func letter(for title: String) -> String? {
        guard let first = title.first(where: { $0.isLetter || $0.isNumber }) else { return nil }
        if first.isNumber { return first.isASCII ? digits : nil }
        let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        return latinLetters.contains(folded) ? folded : nil
    }

    /// The title as it sorts: without accents, case, and what comes before its first letter
    /// or digit (quotation marks, a dash).
    static func sortKey(_ title: String) -> String {
        let start = title.firstIndex(where: { $0.isLetter || $0.isNumber }) ?? title.endIndex
        let rest = title[start...]
        // Folding ASCII makes its capitals small and changes nothing else (AZIndexTests checks
        // every ASCII character against Foundation's folding, which took a fifth of the
        // search index's time at 10,000 entries).
        if rest.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: rest.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return rest.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The lines in their order: by folded title, then as written, then by kind and address,
    /// so that two entries of the same title always come in the same order.
    static func sorted(_ entries: [AZEntryView]) -> [AZEntryView] {
        order(entries).map { entries[$0] }
    }

    /// The places of `entries` in their order (see `sorted`): the places are sorted, not the
    /// lines, so that a caller moves what goes with each line only once.
    static func order(_ entries: [AZEntryView]) -> [Int] {
        entries.indices.sorted { inOrder(entries[$0], entries[$1]) }
    }

    /// Whether `a` comes before `b` (see `sorted`).
    static func inOrder(_ a: AZEntryView, _ b: AZEntryView) -> Bool {
        if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
        if a.title != b.title { return a.title < b.title }
        if a.kind != b.kind { return a.kind < b.kind }
        return a.url < b.url
    }
}

extension ViewBuilder {
    /// Every published entry: outcomes and their indicators, commitments, partners,
    /// conversations, celebrations, reviews and free pages.
    func azEntries() -> [AZEntryView] { azSources().map { $0.view } }

    /// Every published entry (see `azEntries`) with what the search index reads of it
    /// beside its title: its Markdown body, and its other text (an outcome's summary, a
    /// conversation's place and what was heard), made only when asked for.
    func azSources() -> [(view: AZEntryView, body: EntryBody?, text: @Sendable () -> [String])] {
        var entries: [(view: AZEntryView, body: EntryBody?, text: @Sendable () -> [String])] = []
        func kind(_ key: String) -> String { t["az_kind_\(key)"] }
        for outcome in model.outcomes {
            entries.append((AZEntryView(title: outcome.title, url: url(.entry(.outcomes, outcome.id)), kind: kind("outcome"), lang: outcome.origin.titleLanguage),
                            outcome.origin.body, { [outcome.summary] }))
            for indicator in outcome.indicators {
                let state = status(p.reason(outcome: outcome.id, indicator: indicator.id).status)
                entries.append((AZEntryView(title: indicator.title, url: url(.entry(.outcomes, outcome.id)) + "#indicator-\(indicator.id)",
                                            kind: kind("indicator"), detail: outcome.title, status: state,
                                            statusClass: "status-\(state.key)", lang: indicator.language),
                                nil, { [indicator.unit ?? "", indicator.source?.title ?? ""] }))
            }
        }
        for commitment in model.commitments {
            let state = status(commitment.status)
            entries.append((AZEntryView(title: commitment.title, url: url(.entry(.commitments, commitment.id)), kind: kind("commitment"),
                                        status: state, statusClass: "commitment-\(state.key)", lang: commitment.origin.titleLanguage),
                            commitment.origin.body, { [] }))
        }
        for partner in model.partners {
            entries.append((AZEntryView(title: partner.name, url: url(.entry(.partners, partner.id)), kind: kind("partner"),
                                        detail: t["kind_\(partner.kind.rawValue)"], lang: partner.origin.titleLanguage),
                            partner.origin.body, { [] }))
        }
        for conversation in model.conversations {
            entries.append((AZEntryView(title: conversation.title, url: url(.entry(.conversations, conversation.id)),
                                        kind: kind("conversation"), detail: t.date(conversation.start.day), lang: conversation.origin.titleLanguage),
                            conversation.origin.body, { [conversation.place, markdown.plainText(conversation.heard?.text ?? "")] }))
        }
        for celebration in p.celebrations {
            entries.append((AZEntryView(title: celebration.title, url: url(.entry(.celebrations, celebration.id)),
                                        kind: kind("celebration"), detail: t.date(celebration.date), lang: celebration.origin.titleLanguage),
                            celebration.origin.body, { [] }))
        }
        for assessment in p.assessments {
            entries.append((AZEntryView(title: assessment.title, url: url(.entry(.assessments, assessment.id)),
                                        kind: kind("review"), detail: assessment.period, lang: assessment.origin.titleLanguage),
                            assessment.origin.body, { [] }))
        }
        for area in model.site.areas {
            let story = p.areaStoriesByID[area.id]
            entries.append((AZEntryView(title: area.name, url: url(.entry(.areas, area.id)), kind: kind("area"), lang: model.site.textLanguage(of: "area:\(area.id)")),
                            story?.origin.body, { [story?.summary ?? ""] }))
        }
        for asset in model.communityAssets {
            entries.append((AZEntryView(title: asset.name, url: url(.entry(.communityAssets, asset.id)), kind: kind("community-asset"),
                                        detail: assetKindName(asset.kind), lang: asset.origin.titleLanguage),
                            asset.origin.body, { [asset.summary ?? "", asset.address ?? ""] + asset.features.map(assetFeatureName) }))
        }
        for page in model.pages where page.id != "index" {
            entries.append((AZEntryView(title: page.title, url: url(.entry(.pages, page.id)), kind: kind("page"), lang: page.origin.titleLanguage),
                            page.origin.body, { [page.summary ?? ""] }))
        }
        return entries
    }

    func azIndexPage() -> PagePlan {
        var byLetter: [String: [AZEntryView]] = [:]
        let entries = azEntries()
        for entry in entries { byLetter[AZIndex.letter(for: entry.title) ?? "", default: []].append(entry) }
        func anchor(_ letter: String) -> String {
            switch letter {
            case AZIndex.digits: "letter-0-9"
            case "": "letter-other"
            default: "letter-\(letter.lowercased())"
            }
        }
        let order = [AZIndex.digits] + AZIndex.latinLetters + [""]
        let groups = order.compactMap { letter in
            byLetter[letter].map { AZGroupView(letter: letter.isEmpty ? t["az_other"] : letter, anchor: anchor(letter),
                                                entries: AZIndex.sorted($0)) }
        }
        // The bar shows every Latin letter, so that a missing one is seen to be missing; the
        // digits and the other scripts only when a title is filed there.
        let letters = order.filter { !$0.isEmpty && $0 != AZIndex.digits || byLetter[$0] != nil }.map { letter in
            AZLetterView(letter: letter.isEmpty ? t["az_other"] : letter, anchor: byLetter[letter] == nil ? nil : anchor(letter))
        }
        let view = AZIndexView(intro: t.format("az_intro", ["n": t.numbers.format(Double(entries.count), decimals: 0)]),
                               letters: letters, groups: groups, scriptURL: url(.themeAsset("search.js")),
                               indexURL: url(.searchIndex))
        return PagePlan(path: Route.search.path, template: "search",
                        context: context(path: Route.search.path, title: t["az_title"], description: t["az_description"], view))
    }
}
