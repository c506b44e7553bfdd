struct GridColumnView: Sendable {
    var title: String
    var url: String
}

struct GridPillarView: Sendable {
    var title: String
    var span: Int
}

struct GridCellView: Sendable {
    var advances: Bool
    var outcome: String
}

struct GridRowView: Sendable {
    var commitment: LinkView
    var status: StatusView
    var cells: [GridCellView]
}

struct GridPillarSectionView: Sendable {
    var title: String
    var columns: [GridColumnView]
    var rows: [GridRowView]
}

struct ProgressPageView: Sendable {
    var pillars: [GridPillarSectionView]
    var gaps: [LinkView]
}

extension ViewBuilder {
    /// The activities-against-outcomes grid, one table per pillar so that it stays narrow
    /// on a phone; a table lists only the commitments that advance an outcome of its pillar.
    func progressPage() -> PagePlan {
        var sections: [GridPillarSectionView] = []
        for pillar in model.site.pillars {
            let outcomes = model.outcomes.filter { $0.pillar.id == pillar.id }
            guard !outcomes.isEmpty else { continue }
            let ids = Set(outcomes.map(\.id))
            let rows = model.commitments.filter { $0.outcomes.contains { ids.contains($0.id) } }.map { c in
                GridRowView(commitment: LinkView(title: c.title, url: url("commitments/\(c.id)/")), status: status(c.status),
                            cells: outcomes.map { o in GridCellView(advances: c.outcomes.contains { $0.id == o.id }, outcome: o.title) })
            }
            sections.append(GridPillarSectionView(
                title: pillarTitle(pillar.id),
                columns: outcomes.map { GridColumnView(title: $0.title, url: url("outcomes/\($0.id)/")) }, rows: rows))
        }
        let advanced = Set(model.commitments.flatMap { $0.outcomes.map(\.id) })
        let gaps = model.outcomes.filter { !advanced.contains($0.id) }.compactMap { outcomeLink($0.id) }
        return PagePlan(path: "progress/", template: "progress",
                        context: context(path: "progress/", title: t["nav_progress"], section: "progress",
                                         ProgressPageView(pillars: sections, gaps: gaps)))
    }
}
