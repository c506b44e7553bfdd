/// Which page the builder makes for each route of the plan: one exhaustive switch over the
/// sections and kinds of entry, so a new one is a new line here.
extension ViewBuilder {
    /// The page at `route`, or nil for a route that is not a page (a CSV table, the feed).
    /// Call it on a copy of the builder: the copy's `diagnostics` are the page's.
    mutating func page(_ route: Route) -> PagePlan? {
        switch route {
        case .home: return homePage()
        case .section(.celebrations, let number): return celebrationIndexPage(number)
        case .section(_, let number) where number > 1: return nil
        case .section(let section, _):
            switch section {
            case .outcomes: return outcomeIndexPage()
            case .commitments: return commitmentIndexPage(route)
            case .progress: return progressPage()
            case .assessments: return assessmentIndexPage()
            case .conversations: return conversationIndexPage()
            case .celebrations: return celebrationIndexPage(1)
            case .partners: return partnerIndexPage()
            case .areas: return areaIndexPage()
            case .communityAssets: return assetIndexPage(route)
            case .reports: return reportIndexPage()
            case .data: return dataPage()
            }
        case .commitmentsByPartner, .commitmentsByOutcome, .commitmentsByArea: return commitmentIndexPage(route)
        case .assetsOfKind, .assetsWithFeature: return assetIndexPage(route)
        case .report(let id): return p.reportPeriods.first { $0.id == id }.map { reportPage($0) }
        case .archive: return archiveIndexPage()
        case .editionChanges(let tag): return editionChangesPage(tag)
        case .entry(let kind, let id):
            switch kind {
            case .outcomes: return p.outcomesByID[id].map { outcomePage($0) }
            case .commitments: return p.commitmentsByID[id].map { commitmentPage($0) }
            case .assessments: return entries.assessments[id].map { assessmentPage(at: $0) }
            case .celebrations: return entries.celebrations[id].map { celebrationPage(p.celebrations[$0]) }
            case .conversations: return entries.conversations[id].map { conversationPage(model.conversations[$0]) }
            case .partners: return p.partnersByID[id].map { partnerPage($0) }
            case .areas: return model.site.areas.first { $0.id == id }.map { areaPage($0) }
            case .communityAssets: return p.assetsByID[id].map { assetPage($0) }
            case .pages: return entries.pages[id].map { freePage(model.pages[$0]) }
            }
        case .glossary: return glossaryPage()
        case .search: return azIndexPage()
        case .notFound: return notFoundPage()
        case .indicatorTable, .indicatorChart, .conversationCalendar, .calendar, .openDataJSON, .openDataSchema,
             .dataPackage, .openDataTable, .feed, .sitemap, .robots, .contentSchema, .themeAsset, .published, .searchIndex,
             .areasGeoJSON, .assetsGeoJSON:
            return nil
        }
    }
}

/// Where each entry without an index of its own sits in the partnership, by id.
struct EntryPositions: Sendable {
    var assessments: [String: Int] = [:]
    var celebrations: [String: Int] = [:]
    var conversations: [String: Int] = [:]
    var pages: [String: Int] = [:]

    init(_ p: ResolvedPartnership) {
        for (i, a) in p.assessments.enumerated() { assessments[a.id] = i }
        for (i, c) in p.celebrations.enumerated() { celebrations[c.id] = i }
        for (i, c) in p.model.conversations.enumerated() { conversations[c.id] = i }
        for (i, page) in p.model.pages.enumerated() { pages[page.id] = i }
    }
}
