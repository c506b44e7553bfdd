/// The front-matter fields of areas' stories and community assets, beside the code that
/// reads them (`ContentSchema`).
extension ContentSchema {
    static let area = Fields(what: "an area", fields: [
        Field(key: "summary", kind: .text, required: true, help: "one sentence about the area, shown on the list of areas"),
        Field(key: "boundary", kind: .path("data"), help: "its boundary: a GeoJSON Polygon or MultiPolygon under data/"),
    ])

    static let location = Fields(what: "'location'", fields: [
        Field(key: "latitude", kind: .number, required: true, help: "degrees north of the equator, -90 to 90 (51.5074)"),
        Field(key: "longitude", kind: .number, required: true, help: "degrees east of Greenwich, -180 to 180 (-0.1278)"),
    ], unknownKeysAreErrors: true)

    static let communityAsset = Fields(what: "a community asset", fields: [
        Field(key: "name", kind: .text, required: true, help: "what it is called"),
        Field(key: "kind", kind: .text, required: true,
              help: "what it is: \(CommunityAsset.builtInKinds.joined(separator: ", ")), or one of site.yml's asset_kinds"),
        Field(key: "summary", kind: .text, help: "one sentence: what it offers residents"),
        Field(key: "area", kind: .reference("area"), help: "the id of the area it is in, from site.yml"),
        Field(key: "address", kind: .text, help: "its address"),
        Field(key: "location", kind: .map(location), help: "where it is on the map: {latitude, longitude}"),
        Field(key: "features", kind: .list(.text),
              help: "accessibility: \(CommunityAsset.builtInFeatures.joined(separator: ", ")), or site.yml's asset_features"),
        Field(key: "contact", kind: .text, help: "a phone number or email address"),
        Field(key: "website", kind: .url, help: "its website"),
        Field(key: "partners", kind: .references("partner"), help: "ids of the partners that run or support it"),
        Field(key: "outcomes", kind: .references("outcome"), help: "ids of the outcomes it helps"),
    ])
}

extension Validator {
    /// An area's story: its file must be named after an area of site.yml.
    mutating func validateAreaStory(_ origin: EntryOrigin, _ yaml: YAMLValue, areas: [SiteSettings.Area]) -> AreaStory? {
        read(yaml, path: origin.path, schema: ContentSchema.area) { v, r in
            let summary = r.text("summary")
            let ids = areas.map(\.id)
            if !ids.contains(origin.id) {
                r.error(r.position, "'\(origin.id)' is not one of the areas in site.yml",
                        hint: Suggestions.hint(for: origin.id, in: ids).map { $0 + " (rename the file)" }
                            ?? "add {id: \(origin.id), name: ...} under 'areas:' in site.yml")
            }
            var boundary: Boundary?
            if let value = r.value("boundary"), let path = r.contentPath("boundary", folder: "data", published: v.published) {
                if let text = v.sources.geoJSON[path] {
                    let read = BoundaryReader.read(text)
                    boundary = read.boundary
                    v.diagnostics += read.problems
                } else {
                    r.error(value.position, "'\(path)' is not a GeoJSON file", hint: "a boundary is a .geojson file under data/")
                }
            }
            guard let summary else { return nil }
            return AreaStory(origin: origin, summary: summary, boundary: boundary)
        }
    }

    mutating func validateCommunityAsset(_ origin: EntryOrigin, _ yaml: YAMLValue, site: SiteSettings?) -> CommunityAsset? {
        read(yaml, path: origin.path, schema: ContentSchema.communityAsset) { v, r in
            let name = r.text("name")
            var kind: String?
            if let value = r.value("kind"), let text = r.scalarText(value, key: "kind", required: true) {
                let kinds = (site?.assetKinds ?? []).map(\.id)
                if kinds.contains(text) || site == nil {
                    kind = text
                } else {
                    r.error(value.position, "'\(text)' is not a kind of community asset",
                            hint: Suggestions.hint(for: text, in: kinds)
                                ?? "use one of: \(kinds.joined(separator: ", ")); or add it under 'asset_kinds:' in site.yml")
                }
            }
            var features: [String] = []
            if let items = r.list("features") {
                let known = (site?.assetFeatures ?? []).map(\.id)
                for item in items {
                    guard let text = r.scalarText(item, key: "features", required: true) else { continue }
                    if !known.contains(text) && site != nil {
                        r.error(item.position, "'\(text)' is not an accessibility feature civic knows",
                                hint: Suggestions.hint(for: text, in: known)
                                    ?? "use one of: \(known.joined(separator: ", ")); or add it under 'asset_features:' in site.yml")
                    } else if features.contains(text) {
                        r.warning(item.position, "'\(text)' is listed twice")
                    } else {
                        features.append(text)
                    }
                }
            }
            var location: GeoPoint?
            if let value = r.value("location") {
                location = r.nested(value, schema: ContentSchema.location) { l in
                    let latitude = v.coordinate(&l, "latitude", limit: 90)
                    let longitude = v.coordinate(&l, "longitude", limit: 180)
                    guard let latitude, let longitude else { return nil }
                    return GeoPoint(latitude: latitude, longitude: longitude)
                }
            }
            let asset = CommunityAsset(
                origin: origin, name: name ?? "", kind: kind ?? "", summary: r.text("summary"), area: r.reference("area"),
                address: r.text("address"), location: location, features: features, contact: r.text("contact"),
                website: r.url("website"), partners: r.references("partners"), outcomes: r.references("outcomes"))
            return name == nil || kind == nil ? nil : asset
        }
    }

    /// A latitude or longitude: a number from -limit to limit.
    private func coordinate(_ r: inout FieldReader, _ key: String, limit: Double) -> Double? {
        guard let value = r.value(key), let text = r.scalarText(value, key: key, required: true) else { return nil }
        guard let number = Double(text), number.isFinite else {
            r.error(value.position, "'\(key)' must be a number of degrees such as \(key == "latitude" ? "51.5074" : "-0.1278"), not '\(text)'",
                    hint: text.contains("°") || text.contains("'") ? "write decimal degrees, not degrees and minutes" : nil)
            return nil
        }
        guard (-limit...limit).contains(number) else {
            r.error(value.position, "'\(key)' must be between \(Int(-limit)) and \(Int(limit)), not \(text)",
                    hint: key == "latitude" && abs(number) <= 180 ? "are latitude and longitude the wrong way round?" : nil)
            return nil
        }
        return number
    }
}
