import Foundation

/// The open data with a place: every area's boundary and every community asset's location as
/// GeoJSON FeatureCollections (RFC 7946: longitude, then latitude), for GIS tools and maps.
enum GeoJSONWriter {
    private struct Collection<Geometry: Encodable, Properties: Encodable>: Encodable {
        var type = "FeatureCollection"
        var features: [Feature<Geometry, Properties>]
    }

    private struct Feature<Geometry: Encodable, Properties: Encodable>: Encodable {
        var type = "Feature"
        var id: String
        var geometry: Geometry
        var properties: Properties
    }

    private struct MultiPolygon: Encodable {
        var type = "MultiPolygon"
        var coordinates: [[[[Double]]]]
    }

    private struct Point: Encodable {
        var type = "Point"
        var coordinates: [Double]
    }

    private struct AreaProperties: Encodable {
        var id: String
        var name: String
        var summary: String?
        var url: String
    }

    private struct AssetProperties: Encodable {
        var id: String
        var name: String
        var kind: String
        var area: String?
        var address: String?
        var features: [String]
        var partners: [String]
        var outcomes: [String]
        var website: String?
        var url: String
    }

    static func areas(_ p: ResolvedPartnership) -> String {
        let base = p.model.site.baseURL
        let features = p.model.site.areas.compactMap { area -> Feature<MultiPolygon, AreaProperties>? in
            guard let story = p.areaStoriesByID[area.id], let boundary = story.boundary else { return nil }
            let coordinates = boundary.polygons.map { $0.map { $0.map { [$0.longitude, $0.latitude] } } }
            return Feature(id: area.id, geometry: MultiPolygon(coordinates: coordinates),
                           properties: AreaProperties(id: area.id, name: area.name, summary: story.summary,
                                                      url: Route.entry(.areas, area.id).url(under: base)))
        }
        return encode(Collection(features: features))
    }

    static func assets(_ p: ResolvedPartnership) -> String {
        let base = p.model.site.baseURL
        let features = p.model.communityAssets.compactMap { asset -> Feature<Point, AssetProperties>? in
            guard let location = asset.location else { return nil }
            return Feature(id: asset.id, geometry: Point(coordinates: [location.longitude, location.latitude]),
                           properties: AssetProperties(
                               id: asset.id, name: asset.name, kind: asset.kind, area: asset.area?.id, address: asset.address,
                               features: asset.features, partners: asset.partners.map(\.id), outcomes: asset.outcomes.map(\.id),
                               website: asset.website, url: Route.entry(.communityAssets, asset.id).url(under: base)))
        }
        return encode(Collection(features: features))
    }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: OpenDataWriter.escapeMarkupCharacters(data), as: UTF8.self) + "\n"
    }
}
