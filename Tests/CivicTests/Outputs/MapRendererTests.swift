import Foundation
import Testing
@testable import Civic

/// The maps drawn at build time: where places land, and what a reader without sight gets.
@Suite struct MapRendererTests {
    static let boundary = #"{"type":"Polygon","coordinates":[[[-1.40,52.50],[-1.34,52.50],[-1.34,52.53],[-1.37,52.535],[-1.40,52.53],[-1.40,52.50]]]}"#

    /// A site with the area `north` drawn, and assets at the places given.
    static func site(_ assets: [(id: String, name: String, kind: String, location: String?)]) throws -> TestSite {
        var files: [String: String?] = [
            "content/data/areas/north.geojson": boundary,
            "content/areas/north.md": "---\nsummary: The north.\nboundary: data/areas/north.geojson\n---\n",
        ]
        for asset in assets {
            files["content/community-assets/\(asset.id).md"] = "---\nname: \(asset.name)\nkind: \(asset.kind)\narea: north\n"
                + (asset.location.map { "location: \($0)\n" } ?? "") + "---\n"
        }
        return try TestSite(files)
    }

    static func numbers(in text: some StringProtocol) -> [Double] {
        text.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
    }

    @Test func aPlaceOnAVertexIsDrawnOnThatVertex() throws {
        // Vertex 4 of the boundary, (-1.37, 52.535), the top of the roof shape.
        let site = try Self.site([("hall", "The Hall", "association", "{latitude: 52.535, longitude: -1.37}")])
        defer { site.remove() }
        let page = try #require(site.build().text("areas/north/index.html"))
        let path = try #require(page.firstMatch(of: /class="map-area[^"]*" d="([^"]+)"/)).1
        let vertices = path.dropLast().split(separator: "L").map { Self.numbers(in: $0) }
        #expect(vertices.count == 5)
        let circle = try #require(page.firstMatch(of: /<circle cx="([-0-9.]+)" cy="([-0-9.]+)"/))
        #expect([Double(circle.1)!, Double(circle.2)!] == vertices[3])
        // The area is centred across the map, its top at the padding: north is up.
        let xs = vertices.map { $0[0] }, ys = vertices.map { $0[1] }
        #expect(abs(xs.min()! + xs.max()! - MapRenderer.width) <= 0.1)
        #expect(ys[3] == MapRenderer.padding, "the northernmost vertex is at the top")
    }

    @Test func projectionIsWebMercator() {
        let projection = MapRenderer.Projection(fitting: [GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 60, longitude: 10)])
        let equator = projection.point(GeoPoint(latitude: 0, longitude: 10))
        let sixty = projection.point(GeoPoint(latitude: 60, longitude: 10))
        let thirty = projection.point(GeoPoint(latitude: 30, longitude: 10))
        // y of latitude φ is ln(tan(π/4 + φ/2)): 0.5493 at 30°, 1.3170 at 60°.
        let ratio = (equator.y - thirty.y) / (equator.y - sixty.y)
        #expect(abs(ratio - 0.5493 / 1.3170) < 0.001)
    }

    @Test func theListNumbersMatchTheMapAndSayTheKindInWords() throws {
        let site = try Self.site([
            ("b", "Bakery", "business", "{latitude: 52.51, longitude: -1.36}"),
            ("a", "Allotments", "green-space", "{latitude: 52.52, longitude: -1.38}"),
            ("c", "Phone line", "service", nil),
        ])
        defer { site.remove() }
        let page = try #require(site.build().text("community-assets/index.html"))
        #expect(page.contains(#"role="img" aria-labelledby="map-title map-desc""#))
        #expect(page.contains(#"<title id="map-title">Map of Community assets in Testville</title>"#))
        #expect(page.contains("2 numbered places on a map of the areas."))
        // Listed by name: Allotments 1, Bakery 2, Phone line 3 (not on the map).
        let listed = page.matches(of: /<span class="asset-number kind-\d">(\d+)<\/span> <a href="[^"]+">([^<]+)<\/a>/).map { "\($0.1) \($0.2)" }
        #expect(listed == ["1 Allotments", "2 Bakery", "3 Phone line"])
        let drawn = page.matches(of: /<g class="map-marker (kind-\d)">.*?<text[^>]*>(\d+)<\/text><\/g>/).map { "\($0.2) \($0.1)" }
        #expect(drawn == ["1 kind-4", "2 kind-2"], "green space is the fourth kind, business the second")
        #expect(page.contains("1 of these has no location and is not on the map."))
        #expect(page.contains("◆</span> Green space") && page.contains("■</span> Business"), "the legend: shape and word")
    }

    @Test func noPlacesNoMap() throws {
        let site = try TestSite(["content/community-assets/line.md": "---\nname: Phone line\nkind: service\n---\n"])
        defer { site.remove() }
        let result = site.build()
        let page = try #require(result.text("community-assets/index.html"))
        #expect(!page.contains("<svg"))
        #expect(page.contains("Phone line"))
        #expect(!result.paths.contains("data/community-assets.geojson"), "no place, no GeoJSON")
        #expect(!result.paths.contains("data/areas.geojson"))
    }
}
