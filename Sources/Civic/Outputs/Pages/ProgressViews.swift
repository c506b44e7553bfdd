final class GridColumnView: Sendable {
    let title: String
    let url: String

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, lang: String? = nil) {
        self.lang = lang
        self.title = title
        self.url = url
    }
}

final class GridPillarView: Sendable {
    let title: String
    let span: Int

    init(title: String, span: Int) {
        self.title = title
        self.span = span
    }
}

final class GridCellView: Sendable {
    let advances: Bool
    let outcome: String

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(advances: Bool, outcome: String, lang: String? = nil) {
        self.lang = lang
        self.advances = advances
        self.outcome = outcome
    }
}

final class GridRowView: Sendable {
    let commitment: LinkView
    let status: StatusView
    let cells: [GridCellView]

    init(commitment: LinkView, status: StatusView, cells: [GridCellView]) {
        self.commitment = commitment
        self.status = status
        self.cells = cells
    }
}

final class GridPillarSectionView: Sendable {
    let id: String
    let title: String
    let columns: [GridColumnView]
    let rows: [GridRowView]
    /// For a pillar with more outcomes than a readable table has columns: each commitment
    /// with only the outcomes it advances, so the page grows with the links, not with
    /// commitments times outcomes.
    let list: [GridListRowView]
    let isList: Bool

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(id: String, title: String, columns: [GridColumnView], rows: [GridRowView], list: [GridListRowView], isList: Bool, lang: String? = nil) {
        self.lang = lang
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.list = list
        self.isList = isList
    }
}

final class GridListRowView: Sendable {
    let commitment: LinkView
    let status: StatusView
    let advances: [LinkView]

    init(commitment: LinkView, status: StatusView, advances: [LinkView]) {
        self.commitment = commitment
        self.status = status
        self.advances = advances
    }
}

final class ProgressPageView: Sendable {
    let pillars: [GridPillarSectionView]
    let gaps: [LinkView]

    init(pillars: [GridPillarSectionView], gaps: [LinkView]) {
        self.pillars = pillars
        self.gaps = gaps
    }
}

extension ViewBuilder {
    /// The activities-against-outcomes grid, one table per pillar so that it stays narrow
    /// on a phone; a table lists only the commitments that advance an outcome of its pillar.
    /// Beyond this many outcomes in a pillar, the grid is shown as a list.
    static let maxGridColumns = 8

    func progressPage() -> PagePlan {
        var sections: [GridPillarSectionView] = []
        for pillar in model.site.pillars {
            let outcomes = related.outcomesByPillar[pillar.id] ?? []
            guard !outcomes.isEmpty else { continue }
            let ids = Set(outcomes.map(\.id))
            let advancing = model.commitments.filter { $0.outcomes.contains { ids.contains($0.id) } }
            let title = pillarTitle(pillar.id)
            if outcomes.count > Self.maxGridColumns {
                let list = advancing.map { c in
                    GridListRowView(commitment: LinkView(title: c.title, url: url(.entry(.commitments, c.id)), lang: c.origin.titleLanguage), status: status(c.status),
                                    advances: c.outcomes.filter { ids.contains($0.id) }.compactMap { outcomeLink($0.id) })
                }
                sections.append(GridPillarSectionView(id: pillar.id, title: title, columns: [], rows: [], list: list, isList: true,
                                                      lang: model.site.textLanguage(of: "pillar:\(pillar.id)")))
                continue
            }
            let rows = advancing.map { c in
                GridRowView(commitment: LinkView(title: c.title, url: url(.entry(.commitments, c.id)), lang: c.origin.titleLanguage), status: status(c.status),
                            cells: outcomes.map { o in GridCellView(advances: c.outcomes.contains { $0.id == o.id }, outcome: o.title, lang: o.origin.titleLanguage) })
            }
            sections.append(GridPillarSectionView(
                id: pillar.id, title: title, columns: outcomes.map { GridColumnView(title: $0.title, url: url(.entry(.outcomes, $0.id)), lang: $0.origin.titleLanguage) },
                rows: rows, list: [], isList: false, lang: model.site.textLanguage(of: "pillar:\(pillar.id)")))
        }
        let advanced = Set(model.commitments.flatMap { $0.outcomes.map(\.id) })
        let gaps = model.outcomes.filter { !advanced.contains($0.id) }.compactMap { outcomeLink($0.id) }
        return PagePlan(path: Route.section(.progress).path, template: Section.progress.template,
                        context: context(path: Route.section(.progress).path, title: t["nav_progress"], section: "progress",
                                         ProgressPageView(pillars: sections, gaps: gaps)))
    }
}
