/// Which page the builder makes for each route of the plan: one exhaustive switch, so a
/// new kind of page is a new case here and in `Route`.
extension ViewBuilder {
    /// The page at `route`, or nil for a route that is not a page (a CSV table, the feed).
    /// Call it on a copy of the builder: the copy's `diagnostics` are the page's.
    mutating func page(_ route: Route) -> PagePlan? {
        switch route {
        case .home: return homePage()
        case .outcomes: return outcomeIndexPage()
        case .outcome(let id): return p.outcomesByID[id].map { outcomePage($0) }
        case .commitments, .commitmentsByPartner, .commitmentsByOutcome, .commitmentsByArea: return commitmentIndexPage(route)
        case .commitment(let id): return p.commitmentsByID[id].map { commitmentPage($0) }
        case .progress: return progressPage()
        case .assessments: return assessmentIndexPage()
        case .assessment(let id): return entries.assessments[id].map { assessmentPage(at: $0) }
        case .celebrations(let number): return celebrationIndexPage(number)
        case .celebration(let id): return entries.celebrations[id].map { celebrationPage(p.celebrations[$0]) }
        case .conversations: return conversationIndexPage()
        case .conversation(let id): return entries.conversations[id].map { conversationPage(model.conversations[$0]) }
        case .partners: return partnerIndexPage()
        case .partner(let id): return p.partnersByID[id].map { partnerPage($0) }
        case .page(let id): return entries.pages[id].map { freePage(model.pages[$0]) }
        case .data: return dataPage()
        case .glossary: return glossaryPage()
        case .notFound: return notFoundPage()
        case .indicatorTable, .indicatorChart, .conversationCalendar, .calendar, .openDataJSON, .openDataSchema,
             .dataPackage, .openDataTable, .feed, .sitemap, .robots, .contentSchema, .themeAsset, .published:
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
