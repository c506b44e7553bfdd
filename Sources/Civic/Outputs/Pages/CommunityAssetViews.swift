/// One community asset in a numbered list, its number the one on the map above it.
final class AssetItemView: Sendable {
    let number: Int
    let anchor: String
    let name: String
    let url: String
    /// The kind's shape as a character, the same as on the map.
    let symbol: String
    let kind: String
    let colourClass: String
    let summary: String?
    let area: LinkView?
    let address: String?
    /// Its accessibility features, in a sentence's list.
    let features: String?
    /// Whether the map shows it (an asset without a location is listed, not drawn).
    let mapped: Bool

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(number: Int, anchor: String, name: String, url: String, symbol: String, kind: String, colourClass: String, summary: String?, area: LinkView?, address: String?, features: String?, mapped: Bool, lang: String? = nil) {
        self.lang = lang
        self.number = number
        self.anchor = anchor
        self.name = name
        self.url = url
        self.symbol = symbol
        self.kind = kind
        self.colourClass = colourClass
        self.summary = summary
        self.area = area
        self.address = address
        self.features = features
        self.mapped = mapped
    }
}

/// A link that narrows the list to one kind or one feature, with how many it leaves.
final class AssetFilterView: Sendable {
    let title: String
    let url: String
    let count: Int
    let current: Bool

    init(title: String, url: String, count: Int, current: Bool) {
        self.title = title
        self.url = url
        self.count = count
        self.current = current
    }
}

/// The kinds a map shows, each with its shape and word.
final class LegendItemView: Sendable {
    let symbol: String
    let kind: String
    let colourClass: String

    init(symbol: String, kind: String, colourClass: String) {
        self.symbol = symbol
        self.kind = kind
        self.colourClass = colourClass
    }
}

/// A map with the numbered list it draws: on the asset pages and on each area's page.
final class AssetMapView: Sendable {
    /// The inline `<svg>`, or nil when nothing listed has a place.
    let svg: String?
    let legend: [LegendItemView]
    let assets: [AssetItemView]
    /// "2 of these have no location and are not on the map."
    let unmapped: String?

    init(svg: String?, legend: [LegendItemView], assets: [AssetItemView], unmapped: String?) {
        self.svg = svg
        self.legend = legend
        self.assets = assets
        self.unmapped = unmapped
    }
}

final class AssetIndexView: Sendable {
    let intro: String
    let map: AssetMapView
    let kinds: [AssetFilterView]
    let features: [AssetFilterView]
    /// On a filtered page: the link back to every asset.
    let allURL: String?

    init(intro: String, map: AssetMapView, kinds: [AssetFilterView], features: [AssetFilterView], allURL: String?) {
        self.intro = intro
        self.map = map
        self.kinds = kinds
        self.features = features
        self.allURL = allURL
    }
}

final class AssetPageView: Sendable {
    let name: String
    let symbol: String
    let kind: String
    let kindURL: String
    let summary: String?
    let area: LinkView?
    let address: String?
    let contact: String?
    let website: String?
    let features: [LinkView]
    let partners: [LinkView]
    let outcomes: [LinkView]
    let bodyHTML: String?
    /// Its place in words, and a link to it on the map of every asset.
    let location: String?
    let mapURL: String?

    init(name: String, symbol: String, kind: String, kindURL: String, summary: String?, area: LinkView?, address: String?, contact: String?, website: String?, features: [LinkView], partners: [LinkView], outcomes: [LinkView], bodyHTML: String?, location: String?, mapURL: String?) {
        self.name = name
        self.symbol = symbol
        self.kind = kind
        self.kindURL = kindURL
        self.summary = summary
        self.area = area
        self.address = address
        self.contact = contact
        self.website = website
        self.features = features
        self.partners = partners
        self.outcomes = outcomes
        self.bodyHTML = bodyHTML
        self.location = location
        self.mapURL = mapURL
    }
}

extension ViewBuilder {
    func assetKindName(_ id: String) -> String {
        model.site.assetKinds.first { $0.id == id }?.name ?? t["asset_kind_\(id)"]
    }

    func assetFeatureName(_ id: String) -> String {
        model.site.assetFeatures.first { $0.id == id }?.name ?? t["asset_feature_\(id)"]
    }

    /// The position of a kind in the site's list, which picks its shape and colour.
    func assetKindIndex(_ id: String) -> Int {
        model.site.assetKinds.firstIndex { $0.id == id } ?? 0
    }

    func areaLink(_ id: String) -> LinkView? {
        model.site.areas.first { $0.id == id }.map { LinkView(title: $0.name, url: url(.entry(.areas, $0.id)), lang: model.site.textLanguage(of: "area:\($0.id)")) }
    }

    /// The map of `assets` over `areas`, numbered as listed.
    func assetMap(id: String, title: String, assets unsorted: [CommunityAsset], areas: [MapRenderer.Area]) -> AssetMapView {
        // Listed by name, as a reader looks for one; the numbers on the map follow the list.
        let assets = unsorted.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        var markers: [MapRenderer.Marker] = []
        var items: [AssetItemView] = []
        var kindsShown: [String] = []
        for (offset, asset) in assets.enumerated() {
            let index = assetKindIndex(asset.kind)
            let shape = MapRenderer.Shape.of(kindIndex: index)
            let colourClass = "kind-\(index % 6 + 1)"
            if !kindsShown.contains(asset.kind) { kindsShown.append(asset.kind) }
            if let point = asset.location {
                markers.append(MapRenderer.Marker(number: offset + 1, name: asset.name, point: point, shape: shape, colourClass: colourClass))
            }
            items.append(AssetItemView(
                number: offset + 1, anchor: "asset-\(asset.id)", name: asset.name, url: url(.entry(.communityAssets, asset.id)),
                symbol: shape.symbol, kind: assetKindName(asset.kind), colourClass: colourClass, summary: asset.summary,
                area: asset.area.flatMap { areaLink($0.id) }, address: asset.address,
                features: asset.features.isEmpty ? nil : asset.features.map(assetFeatureName).joined(separator: ", "),
                mapped: asset.location != nil, lang: asset.origin.titleLanguage))
        }
        let legend = kindsShown.sorted { assetKindIndex($0) < assetKindIndex($1) }.map { kind in
            LegendItemView(symbol: MapRenderer.Shape.of(kindIndex: assetKindIndex(kind)).symbol, kind: assetKindName(kind),
                           colourClass: "kind-\(assetKindIndex(kind) % 6 + 1)")
        }
        let description = markers.isEmpty
            ? t.format("map_description_areas", ["n": String(areas.count)])
            : t.format("map_description", ["n": String(markers.count), "list": t["map_list_below"]])
        let svg = MapRenderer.svg(id: id, title: title, description: description, areas: areas, markers: markers)
        let unmappedCount = assets.count - markers.count
        let unmapped = svg == nil || unmappedCount == 0 ? nil
            : t.format(unmappedCount == 1 ? "map_unmapped_one" : "map_unmapped", ["n": String(unmappedCount)])
        return AssetMapView(svg: svg, legend: markers.isEmpty ? [] : legend, assets: items, unmapped: unmapped)
    }

    /// Every area with a boundary, for a map.
    func mapAreas(highlighting current: String? = nil) -> [MapRenderer.Area] {
        model.site.areas.compactMap { area in
            guard let boundary = p.areaStoriesByID[area.id]?.boundary else { return nil }
            return MapRenderer.Area(name: area.name, boundary: boundary, highlighted: area.id == current)
        }
    }

    /// The page of every asset (`route` the section's), or of one kind or one feature.
    func assetIndexPage(_ route: Route) -> PagePlan? {
        let all = model.communityAssets
        let assets: [CommunityAsset]
        let title: String
        switch route {
        case .assetsOfKind(let kind):
            assets = all.filter { $0.kind == kind }
            title = t.format("assets_of_kind", ["kind": assetKindName(kind)])
        case .assetsWithFeature(let feature):
            assets = all.filter { $0.features.contains(feature) }
            title = t.format("assets_with_feature", ["feature": assetFeatureName(feature)])
        default:
            assets = all
            title = t["nav_community-assets"]
        }
        guard !assets.isEmpty else { return nil }
        let filtered = route != .section(.communityAssets)
        let kinds = model.site.assetKinds.compactMap { kind -> AssetFilterView? in
            let count = all.count { $0.kind == kind.id }
            return count == 0 ? nil : AssetFilterView(title: assetKindName(kind.id), url: url(.assetsOfKind(kind.id)), count: count,
                                                      current: route == .assetsOfKind(kind.id))
        }
        let features = model.site.assetFeatures.compactMap { feature -> AssetFilterView? in
            let count = all.count { $0.features.contains(feature.id) }
            return count == 0 ? nil : AssetFilterView(title: assetFeatureName(feature.id), url: url(.assetsWithFeature(feature.id)),
                                                      count: count, current: route == .assetsWithFeature(feature.id))
        }
        let intro = t.format(assets.count == 1 ? "assets_intro_one" : "assets_intro",
                             ["n": String(assets.count), "locality": model.site.locality])
        let map = assetMap(id: "map", title: t.format("map_title", ["what": title, "locality": model.site.locality]),
                           assets: assets, areas: mapAreas())
        let path = route.path
        let crumbs = filtered ? [LinkView(title: t["nav_community-assets"], url: url(.section(.communityAssets)))] : []
        return PagePlan(path: path, template: Section.communityAssets.template,
                        context: context(path: path, title: title, section: Section.communityAssets.rawValue, crumbs: crumbs,
                                         AssetIndexView(intro: intro, map: map, kinds: kinds, features: features,
                                                        allURL: filtered ? url(.section(.communityAssets)) : nil)))
    }

    mutating func assetPage(_ asset: CommunityAsset) -> PagePlan {
        let crumbs = [LinkView(title: t["nav_community-assets"], url: url(.section(.communityAssets)))]
        let location = asset.location.map {
            t.format("asset_location", ["latitude": t.numbers.format($0.latitude, decimals: 5), "longitude": t.numbers.format($0.longitude, decimals: 5)])
        }
        let view = AssetPageView(
            name: asset.name, symbol: MapRenderer.Shape.of(kindIndex: assetKindIndex(asset.kind)).symbol,
            kind: assetKindName(asset.kind), kindURL: url(.assetsOfKind(asset.kind)), summary: asset.summary,
            area: asset.area.flatMap { areaLink($0.id) }, address: asset.address, contact: asset.contact, website: asset.website,
            features: asset.features.map { LinkView(title: assetFeatureName($0), url: url(.assetsWithFeature($0))) },
            partners: asset.partners.compactMap { partnerLink($0.id) }, outcomes: asset.outcomes.compactMap { outcomeLink($0.id) },
            bodyHTML: html(asset.origin.body), location: location,
            mapURL: asset.location == nil ? nil : url(.section(.communityAssets)) + "#asset-\(asset.id)")
        let path = Route.entry(.communityAssets, asset.id).path
        return PagePlan(path: path, template: EntryKind.communityAssets.entryTemplate,
                        context: context(path: path, title: asset.name, description: asset.summary,
                                         section: Section.communityAssets.rawValue, crumbs: crumbs,
                                         provenance: p.provenance(of: asset.origin), view))
    }
}
