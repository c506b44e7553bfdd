/// The notice at the top of every page of an archived edition.
final class EditionNoticeView: Sendable {
    /// "This is the edition published on 31 March 2025."
    let text: String
    /// The same page on the current site, or the current home page when there is none.
    let current: LinkView
    /// Every edition.
    let archive: LinkView

    init(text: String, current: LinkView, archive: LinkView) {
        (self.text, self.current, self.archive) = (text, current, archive)
    }
}

/// What pages say about the site's archived editions: on an edition's page, which edition
/// it is and where the current page is; on a current page, the same page in each edition.
struct ArchiveLinks: Sendable {
    struct Banner: Sendable {
        var edition: Edition
        /// The current site's base path (`/` or `/town/`) and the paths of its pages.
        var currentRoot: String
        var currentPages: Set<String>
    }

    /// Set on the pages of an archived edition.
    var banner: Banner?
    /// The current site's base path, for the links to editions.
    var root = "/"
    /// For each path of the current site, the editions that had a page there, oldest first.
    var earlierByPath: [String: [Edition]] = [:]

    func notice(for path: String, t: Translations) -> EditionNoticeView? {
        guard let banner else { return nil }
        let exists = banner.currentPages.contains(path)
        return EditionNoticeView(
            text: t.format("edition_notice", ["date": t.date(banner.edition.date)]),
            current: LinkView(title: t[exists ? "edition_current_page" : "edition_current_site"],
                              url: banner.currentRoot + (exists ? path : "")),
            archive: LinkView(title: t["edition_all"], url: banner.currentRoot + Route.archive.path))
    }

    func earlier(of path: String, t: Translations) -> [LinkView] {
        (earlierByPath[path] ?? []).map { edition in
            LinkView(title: t.format("edition_of", ["date": t.date(edition.date)]),
                     url: root + Route.archiveFolder + edition.tag + "/" + path)
        }
    }
}

/// One change between editions: what changed, from what to what.
final class EditionChangeView: Sendable {
    let title: String
    let url: String?
    let before: String
    let after: String

    init(title: String, url: String?, before: String, after: String) {
        (self.title, self.url, self.before, self.after) = (title, url, before, after)
    }
}

/// What a reader should know changed between two editions (or since the latest one).
final class EditionChangesView: Sendable {
    let dueDates: [EditionChangeView]
    let targets: [EditionChangeView]
    /// Entries no longer there, each linked to its page in the edition before.
    let gone: [LinkView]
    let isEmpty: Bool

    init(dueDates: [EditionChangeView], targets: [EditionChangeView], gone: [LinkView]) {
        (self.dueDates, self.targets, self.gone) = (dueDates, targets, gone)
        self.isEmpty = dueDates.isEmpty && targets.isEmpty && gone.isEmpty
    }
}

final class EditionCardView: Sendable {
    let title: String
    let tag: String
    let url: String
    let changesURL: String

    init(title: String, tag: String, url: String, changesURL: String) {
        (self.title, self.tag, self.url, self.changesURL) = (title, tag, url, changesURL)
    }
}

final class ArchiveIndexView: Sendable {
    let editions: [EditionCardView]
    /// "Since the edition of 31 March 2026"
    let sinceLatest: String
    let changes: EditionChangesView

    init(editions: [EditionCardView], sinceLatest: String, changes: EditionChangesView) {
        (self.editions, self.sinceLatest, self.changes) = (editions, sinceLatest, changes)
    }
}

final class EditionChangesPageView: Sendable {
    let title: String
    /// "What changed since the edition of 31 March 2025", linked to it; nil for the first edition.
    let comparedWith: LinkView?
    let editionURL: String
    let changes: EditionChangesView?

    init(title: String, comparedWith: LinkView?, editionURL: String, changes: EditionChangesView?) {
        (self.title, self.comparedWith, self.editionURL, self.changes) = (title, comparedWith, editionURL, changes)
    }
}

extension ViewBuilder {
    /// The root of an archived edition on this site (`/town/archive/edition-2025/`).
    func editionRoot(_ tag: String) -> String { site.root + Route.archiveFolder + tag + "/" }

    /// The changes from `before` to `after` in words; `afterRoot` and `beforeRoot` are where
    /// each side's pages are (an edition's root, or the current site's).
    func changesView(_ changes: EditionChanges, afterRoot: String, beforeRoot: String) -> EditionChangesView {
        func day(_ value: Day?) -> String { value.map { t.date($0) } ?? t["edition_no_due_date"] }
        func target(_ point: Indicator.Point?, of indicator: Indicator) -> String {
            guard let point else { return t["edition_no_target"] }
            return t.format("edition_target", ["value": t.quantity(point.value, of: indicator), "date": t.deadlineInSentence(point.date)])
        }
        let dueDates = changes.dueDates.map {
            EditionChangeView(title: $0.title, url: afterRoot + Route.entry(.commitments, $0.commitment).path,
                              before: day($0.before), after: day($0.after))
        }
        let targets = changes.targets.map {
            EditionChangeView(title: $0.indicator.title, url: afterRoot + Route.entry(.outcomes, $0.outcome).path + "#indicator-\($0.indicator.id)",
                              before: target($0.before, of: $0.indicator), after: target($0.after, of: $0.indicator))
        }
        var gone = changes.gone.map {
            LinkView(title: t.format("edition_gone", ["kind": t["az_kind_\($0.kind == .assessments ? "review" : $0.kind.singular)"], "title": $0.title]),
                     url: beforeRoot + Route.entry($0.kind, $0.id).path)
        }
        gone += changes.goneIndicators.map {
            LinkView(title: t.format("edition_gone", ["kind": t["az_kind_indicator"], "title": $0.title]),
                     url: beforeRoot + Route.entry(.outcomes, $0.outcome).path + "#indicator-\($0.id)")
        }
        return EditionChangesView(dueDates: dueDates, targets: targets, gone: gone)
    }

    func archiveIndexPage() -> PagePlan? {
        guard let latest = p.editions.last else { return nil }
        let cards = p.editions.reversed().map { archived in
            EditionCardView(title: t.format("edition_of", ["date": t.date(archived.edition.date)]), tag: archived.edition.tag,
                            url: editionRoot(archived.edition.tag), changesURL: url(.editionChanges(archived.edition.tag)))
        }
        let changes = changesView(EditionChanges.between(latest.site, p), afterRoot: site.root, beforeRoot: editionRoot(latest.edition.tag))
        let view = ArchiveIndexView(editions: cards, sinceLatest: t.format("edition_since", ["date": t.date(latest.edition.date)]),
                                    changes: changes)
        let path = Route.archive.path
        return PagePlan(path: path, template: "archive", context: context(path: path, title: t["edition_archive"], view))
    }

    func editionChangesPage(_ tag: String) -> PagePlan? {
        guard let index = p.editions.firstIndex(where: { $0.edition.tag == tag }) else { return nil }
        let archived = p.editions[index]
        let previous = index > 0 ? p.editions[index - 1] : nil
        let title = t.format("edition_changes_title", ["date": t.date(archived.edition.date)])
        let view = EditionChangesPageView(
            title: title,
            comparedWith: previous.map { LinkView(title: t.format("edition_since", ["date": t.date($0.edition.date)]), url: editionRoot($0.edition.tag)) },
            editionURL: editionRoot(tag),
            changes: previous.map {
                changesView(EditionChanges.between($0.site, archived.site), afterRoot: editionRoot(tag), beforeRoot: editionRoot($0.edition.tag))
            })
        let path = Route.editionChanges(tag).path
        let crumbs = [LinkView(title: t["edition_archive"], url: url(.archive))]
        return PagePlan(path: path, template: "edition-changes", context: context(path: path, title: title, crumbs: crumbs, view))
    }
}
