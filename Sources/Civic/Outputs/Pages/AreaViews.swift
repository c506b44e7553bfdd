/// One area in the list of areas.
final class AreaCardView: Sendable {
    let name: String
    let url: String
    let summary: String?
    /// "4 commitments · 5 community assets · 1 conversation"
    let counts: String?

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    /// The language of `name`, which site.yml gives, where it is not the page's.
    let nameLang: String?

    init(name: String, url: String, summary: String?, counts: String?, lang: String? = nil, nameLang: String? = nil) {
        self.lang = lang
        self.nameLang = nameLang
        self.name = name
        self.url = url
        self.summary = summary
        self.counts = counts
    }
}

final class AreaIndexView: Sendable {
    let intro: String
    let mapSVG: String?
    let areas: [AreaCardView]

    init(intro: String, mapSVG: String?, areas: [AreaCardView]) {
        self.intro = intro
        self.mapSVG = mapSVG
        self.areas = areas
    }
}

/// An indicator's latest figure for one area beside the whole locality's.
final class AreaFigureView: Sendable {
    let indicator: LinkView
    let sentence: String
    let date: DateView
    let areaValue: String
    let localityValue: String
    /// Every area's figure of the same date as bars, where that reads well.
    let chartSVG: String?

    init(indicator: LinkView, sentence: String, date: DateView, areaValue: String, localityValue: String, chartSVG: String?) {
        self.indicator = indicator
        self.sentence = sentence
        self.date = date
        self.areaValue = areaValue
        self.localityValue = localityValue
        self.chartSVG = chartSVG
    }
}

final class AreaPageView: Sendable {
    let name: String
    let summary: String?
    let bodyHTML: String?
    let map: AssetMapView
    let figures: [AreaFigureView]
    let figuresCaption: String
    let localityHeading: String
    let commitments: [CommitmentCardView]
    /// On a large site, a link to every commitment of the area, past the first few shown.
    let allCommitments: LinkView?
    let conversations: [DatedLinkView]
    /// "and 40 more": conversations or celebrations past the first few shown.
    let moreConversations: String?
    let celebrations: [DatedLinkView]
    let moreCelebrations: String?
    let assetsHeading: String

    init(name: String, summary: String?, bodyHTML: String?, map: AssetMapView, figures: [AreaFigureView], figuresCaption: String, localityHeading: String, commitments: [CommitmentCardView], allCommitments: LinkView?, conversations: [DatedLinkView], moreConversations: String?, celebrations: [DatedLinkView], moreCelebrations: String?, assetsHeading: String) {
        self.name = name
        self.summary = summary
        self.bodyHTML = bodyHTML
        self.map = map
        self.figures = figures
        self.figuresCaption = figuresCaption
        self.localityHeading = localityHeading
        self.commitments = commitments
        self.allCommitments = allCommitments
        self.conversations = conversations
        self.moreConversations = moreConversations
        self.celebrations = celebrations
        self.moreCelebrations = moreCelebrations
        self.assetsHeading = assetsHeading
    }
}

extension ViewBuilder {
    func areaIndexPage() -> PagePlan {
        let areas = model.site.areas.map { area in
            var counts: [String] = []
            for (key, count) in [("count_commitments", related.commitmentsByArea[area.id]?.count ?? 0),
                                 ("count_assets", related.assetsByArea[area.id]?.count ?? 0),
                                 ("count_conversations", related.conversationsByArea[area.id]?.count ?? 0)] where count > 0 {
                counts.append(t.format(count == 1 ? key + "_one" : key, ["n": String(count)]))
            }
            return AreaCardView(name: area.name, url: url(.entry(.areas, area.id)), summary: p.areaStoriesByID[area.id]?.summary,
                                counts: counts.isEmpty ? nil : counts.joined(separator: " · "),
                                lang: p.areaStoriesByID[area.id]?.origin.language(of: "summary"),
                                nameLang: model.site.textLanguage(of: "area:\(area.id)"))
        }
        let mapAreas = mapAreas()
        let svg = MapRenderer.svg(id: "map", title: t.format("map_title", ["what": t["nav_areas"], "locality": model.site.locality]),
                                  description: t.format("map_description_areas", ["n": String(mapAreas.count)]),
                                  areas: mapAreas, markers: [])
        let path = Route.section(.areas).path
        return PagePlan(path: path, template: Section.areas.template,
                        context: context(path: path, title: t["nav_areas"], section: Section.areas.rawValue,
                                         AreaIndexView(intro: t.format("areas_intro", ["n": String(areas.count), "locality": model.site.locality]),
                                                       mapSVG: svg, areas: areas)))
    }

    /// How many commitments, conversations and celebrations an area's page lists before it
    /// says how many more there are: a page of 5,000 cards helps no one on a phone.
    static let listedPerArea = 20

    mutating func areaPage(_ area: SiteSettings.Area) -> PagePlan {
        let story = p.areaStoriesByID[area.id]
        let commitments = related.commitmentsByArea[area.id] ?? []
        let conversations = related.conversationsByArea[area.id] ?? []
        let celebrations = related.celebrationsByArea[area.id] ?? []
        let shown = Self.listedPerArea
        func more(_ count: Int) -> String? {
            count > shown ? t.format("and_more", ["n": NumberText.grouped(count - shown)]) : nil
        }
        let assets = related.assetsByArea[area.id] ?? []
        let map = assetMap(id: "map", title: t.format("map_title", ["what": t["nav_community-assets"], "locality": area.name]),
                           assets: assets, areas: mapAreas(highlighting: area.id))
        let view = AreaPageView(
            name: area.name, summary: story?.summary, bodyHTML: html(story?.origin.body), map: map,
            figures: areaFigures(area), figuresCaption: t.format("area_figures_caption", ["area": area.name, "locality": model.site.locality]),
            localityHeading: t.format("area_all_of", ["locality": model.site.locality]),
            commitments: commitments.prefix(shown).map(commitmentCard),
            allCommitments: commitments.count > shown
                ? LinkView(title: t.format("area_all_commitments", ["n": NumberText.grouped(commitments.count), "area": area.name]),
                           url: url(.commitmentsByArea) + "#group-\(area.id)") : nil,
            conversations: conversations.prefix(shown).map(conversationLink), moreConversations: more(conversations.count),
            celebrations: celebrations.prefix(shown).map(celebrationLink), moreCelebrations: more(celebrations.count),
            assetsHeading: t.format("area_assets", ["area": area.name]))
        let path = Route.entry(.areas, area.id).path
        let crumbs = [LinkView(title: t["nav_areas"], url: url(.section(.areas)))]
        return PagePlan(path: path, template: EntryKind.areas.entryTemplate,
                        context: context(path: path, title: area.name, description: story?.summary, section: Section.areas.rawValue,
                                         crumbs: crumbs, provenance: story.map { p.provenance(of: $0.origin) },
                                         titleLanguage: model.site.textLanguage(of: "area:\(area.id)"), view))
    }

    /// The kinds of breakdown that name places, in the order they are looked for: an
    /// indicator broken down both by `Area` and by `Region` is read by `Area`.
    static let placeDimensions = ["area", "neighbourhood", "neighborhood", "ward", "district", "region", "country",
                                  "barrio", "zona", "comuna", "distrito", "región", "país"]

    /// Each indicator with a breakdown for this area (`Area: Eastside`, `Country: Wales`, by
    /// name or id; a breakdown by more than one thing, `Age: 16 | Area: Eastside`, is not the
    /// area's own figure): the area's latest figure, and the locality's of the same date
    /// (or its latest before).
    func areaFigures(_ area: SiteSettings.Area) -> [AreaFigureView] {
        let names = Set([area.name.lowercased(), area.id.lowercased()])
        // Every area's names, to find the others' figures for the chart.
        var areaOf: [String: Int] = [:]
        for (index, other) in model.site.areas.enumerated() {
            areaOf[other.name.lowercased()] = index
            areaOf[other.id.lowercased()] = index
        }
        var figures: [AreaFigureView] = []
        // Each label split once: a national series repeats a few hundred labels over 100,000 figures.
        var split: [String: (String, String)?] = [:]
        for outcome in model.outcomes {
            for indicator in outcome.indicators {
                var byDimension: [String: [Indicator.Point]] = [:]
                var everyArea: [String: [(area: Int, point: Indicator.Point)]] = [:]
                for point in indicator.breakdowns {
                    guard let label = point.disaggregation else { continue }
                    let parts: (String, String)?
                    if let known = split[label] {
                        parts = known
                    } else {
                        parts = label.contains("|") ? nil : Self.splitLabel(label)
                        split[label] = parts
                    }
                    guard let (dimension, value) = parts, let index = areaOf[value] else { continue }
                    everyArea[dimension, default: []].append((index, point))
                    if names.contains(value) { byDimension[dimension, default: []].append(point) }
                }
                guard let dimension = Self.placeDimensions.first(where: { byDimension[$0] != nil }),
                      let latest = byDimension[dimension]!.max(by: { $0.date < $1.date }) else { continue }
                let whole = indicator.series.last { $0.date == latest.date } ?? indicator.series.last { $0.date <= latest.date }
                let areaValue = t.quantity(latest.value, of: indicator)
                let localityValue = whole.map { t.quantity($0.value, of: indicator) } ?? t["no_figure"]
                let sentence = whole.map { whole in
                    t.format(whole.date == latest.date ? "area_figure_sentence" : "area_figure_sentence_earlier", [
                        "indicator": indicator.title, "area": area.name, "value": areaValue, "date": t.dateInSentence(latest.date),
                        "locality": model.site.locality, "whole": localityValue, "whole_date": t.dateInSentence(whole.date),
                    ])
                } ?? t.format("area_figure_sentence_alone", [
                    "indicator": indicator.title, "area": area.name, "value": areaValue, "date": t.dateInSentence(latest.date),
                ])
                // The other areas' figures of the same date, in the order of site.yml.
                var bars: [Int: AreaComparisonChart.Bar] = [:]
                for (index, point) in everyArea[dimension] ?? [] where point.date == latest.date {
                    let other = model.site.areas[index]
                    bars[index] = AreaComparisonChart.Bar(name: other.name, value: point.value.number,
                                                          text: t.quantity(point.value, of: indicator), current: other.id == area.id)
                }
                let ordered = bars.keys.sorted().map { bars[$0]! }
                let chart = AreaComparisonChart.svg(
                    id: "compare-\(outcome.id)-\(indicator.id)",
                    title: t.format("area_chart_title", ["indicator": indicator.title, "date": t.date(latest.date)]),
                    description: ordered.map { "\($0.name): \($0.text)" }.joined(separator: "; ") + ".",
                    bars: ordered, currentLabel: t["area_this"])
                figures.append(AreaFigureView(
                    indicator: LinkView(title: indicator.title, url: url(.entry(.outcomes, outcome.id)) + "#indicator-\(indicator.id)"),
                    sentence: sentence, date: DateView(iso: latest.date.isoText, text: t.date(latest.date)),
                    areaValue: areaValue, localityValue: localityValue, chartSVG: chart))
            }
        }
        return figures
    }

    /// A breakdown label's kind and value, both lowercased and trimmed (`Area:  Eastside`
    /// gives `area` and `eastside`); nil without a colon.
    static func splitLabel(_ label: String) -> (String, String)? {
        guard let colon = label.firstIndex(of: ":") else { return nil }
        return (label[..<colon].trimmingCharacters(in: .whitespaces).lowercased(),
                label[label.index(after: colon)...].trimmingCharacters(in: .whitespaces).lowercased())
    }
}
