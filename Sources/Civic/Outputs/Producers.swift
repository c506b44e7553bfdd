/// The one shape of every output: a route of the plan and the context in, the file's bytes
/// and what was found wrong out. The writer calls `produce` for each planned file as it
/// writes it, so nothing is made before it is needed or kept after it is written.
enum Producers {
    static func produce(_ route: Route, in c: OutputContext) -> Produced {
        switch route {
        case .home, .section, .entry, .commitmentsByPartner, .commitmentsByOutcome, .commitmentsByArea, .glossary, .search, .notFound,
             .assetsOfKind, .assetsWithFeature, .report, .archive, .editionChanges:
            return PageRenderer.produce(route, in: c)
        case .feed:
            let (site, translations, stories, cache, pieces) = (c.site, c.translations, c.pages.stories, c.pages.markdownCache, c.pieces)
            return Produced(.stream(ByteStream {
                FeedWriter.feed(site, translations: translations, stories: stories, cache: cache, pieces: pieces, name: route.filePath, into: $0)
            }))
        case .openDataJSON:
            return Produced(.stream(OpenDataWriter.json(c.site, c.translations, pieces: c.pieces, name: route.filePath)))
        case .openDataSchema:
            return Produced(.bytes(Array(OpenDataSchema.json.utf8)))
        case .dataPackage:
            return Produced(.bytes(Array(DataPackageWriter.json(c.site, c.translations).utf8)))
        case .areasGeoJSON:
            return Produced(.bytes(Array(GeoJSONWriter.areas(c.site).utf8)))
        case .assetsGeoJSON:
            return Produced(.bytes(Array(GeoJSONWriter.assets(c.site).utf8)))
        case .openDataTable(let table):
            return Produced(.stream(OpenDataWriter.table(table, c.site)))
        case .indicatorTable(let outcome, let id):
            guard let indicator = c.site.indicator(outcome: outcome, id: id) else { return .unplanned(route) }
            return Produced(OpenDataWriter.indicatorCSV(indicator))
        case .indicatorChart(let outcome, let id):
            guard let indicator = c.site.indicator(outcome: outcome, id: id) else { return .unplanned(route) }
            return Produced(ChartRenderer.chart(indicator, translations: c.translations, style: c.theme.chartStyle))
        case .sitemap:
            return Produced(SitemapWriter.sitemap(pages: c.plan.routes.filter(\.isPage).map(\.path), baseURL: c.site.model.site.baseURL,
                                                  lastModified: SitemapWriter.lastModified(c.site), languages: c.pages.languages))
        case .searchIndex:
            return Produced(.stream(SearchIndexWriter.index(c.pages, pieces: c.pieces, name: route.filePath)))
        case .robots:
            return Produced(SitemapWriter.robots(baseURL: c.site.model.site.baseURL))
        case .calendar:
            return Produced(CalendarWriter.calendar(of: c.site.upcomingConversations, c.site, translations: c.translations))
        case .conversationCalendar(let id):
            guard let position = c.pages.entries.conversations[id] else { return .unplanned(route) }
            return Produced(CalendarWriter.calendar(of: [c.site.model.conversations[position]], c.site, translations: c.translations))
        case .contentSchema(let name):
            guard let text = c.contentSchemas[name] else { return .unplanned(route) }
            return Produced(.bytes(Array(text.utf8)))
        case .themeAsset(let name):
            guard let bytes = c.theme.assets["assets/" + name] else { return .unplanned(route) }
            return Produced(.bytes(bytes))
        case .published(let path):
            guard let contents = c.published[path] else { return .unplanned(route) }
            return Produced(contents)
        }
    }
}

extension Produced {
    /// A file the plan lists but nothing can make: a fault in civic, reported, never published.
    static func unplanned(_ route: Route) -> Produced {
        Produced(.bytes([]), diagnostics: [.error(SourceLocation(path: route.filePath),
                                                  "civic planned /\(route.filePath) but could not make it",
                                                  hint: "this is a fault in civic: please report it with the site that shows it")])
    }
}
