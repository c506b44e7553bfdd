import Foundation
import Testing
@testable import Civic

/// Boundaries read from GeoJSON: the shapes an area may have, and each way a file can be wrong.
@Suite struct BoundaryReaderTests {
    func read(_ json: String) -> (boundary: Boundary?, problems: [String]) {
        let result = BoundaryReader.read(SourceText(path: "content/data/areas/north.geojson", text: json))
        return (result.boundary, result.problems.map { "\($0.severity.rawValue): \($0.message)" })
    }

    static let square = "[[0,0],[1,0],[1,1],[0,1],[0,0]]"

    @Test func readsAPolygonAFeatureACollectionAndAMultiPolygon() {
        for json in [
            #"{"type":"Polygon","coordinates":[\#(Self.square)]}"#,
            #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[\#(Self.square)]}}"#,
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":[\#(Self.square)]}}]}"#,
            #"{"type":"MultiPolygon","coordinates":[[\#(Self.square)]]}"#,
        ] {
            let (boundary, problems) = read(json)
            #expect(problems == [], "\(json)")
            #expect(boundary?.polygons.count == 1)
            #expect(boundary?.polygons.first?.first?.count == 5)
            #expect(boundary?.path == "data/areas/north.geojson")
        }
    }

    @Test func aPointInAHoleIsOutside() throws {
        let json = #"{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,3],[3,3],[3,1],[1,1]]]}"#
        let boundary = try #require(read(json).boundary)
        #expect(boundary.contains(GeoPoint(latitude: 0.5, longitude: 0.5)))
        #expect(!boundary.contains(GeoPoint(latitude: 2, longitude: 2)), "inside the hole")
        #expect(!boundary.contains(GeoPoint(latitude: 5, longitude: 2)))
    }

    @Test(arguments: [
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#, "polygon 1, ring 1 is not closed: its last position is not its first"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#, "polygon 1, ring 1 has 3 positions; a ring needs four at least (a triangle and its first point again)"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}"#, "polygon 1, ring 1 crosses itself: the edge from position 1 meets the edge from position 3"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,100],[0,1],[0,0]]]}"#, "polygon 1, ring 1, position 3 [1.0, 100.0] is off the map: longitude goes from -180 to 180 and latitude from -90 to 90"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,"x"],[1,1],[0,0]]]}"#, "polygon 1, ring 1, position 2 is not [longitude, latitude]"),
        (#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[true,1],[0,0]]]}"#, "polygon 1, ring 1, position 3 is not [longitude, latitude]"),
        (#"{"type":"Point","coordinates":[0,0]}"#, "a boundary must be a Polygon or a MultiPolygon, not a Point"),
        (#"{"type":"FeatureCollection","features":[]}"#, "this GeoJSON holds no polygon"),
        (#"{"type": "Polygon", "coordinates": [[[0,0],[1,0]"#, "this is not valid JSON, so not GeoJSON"),
        (#"[1, 2]"#, "a GeoJSON file is an object with a \"type\""),
    ])
    func saysWhatIsWrong(json: String, problem: String) {
        let (boundary, problems) = read(json)
        #expect(boundary == nil)
        #expect(problems == ["error: " + problem])
    }

    @Test func aRingThatTouchesItselfAtACornerCrossesItself() {
        // A figure of eight through (1, 1), written as one ring.
        let ring = [(0.0, 0.0), (1, 1), (2, 0), (2, 2), (1, 1), (0, 2), (0, 0)].map { GeoPoint(latitude: $0.1, longitude: $0.0) }
        #expect(BoundaryReader.firstCrossing(ring) != nil)
        let simple = [(0.0, 0.0), (2, 0), (2, 2), (1, 3), (0, 2), (0, 0)].map { GeoPoint(latitude: $0.1, longitude: $0.0) }
        #expect(BoundaryReader.firstCrossing(simple) == nil)
    }

    @Test func aLargeSimpleRingIsCheckedQuicklyAndPasses() {
        // 20,000 points round a circle: the sweep compares neighbours, not every pair.
        let count = 20_000
        var ring = (0..<count).map { i -> GeoPoint in
            let angle = Double(i) / Double(count) * 2 * .pi
            return GeoPoint(latitude: 52 + 0.01 * sin(angle), longitude: -1 + 0.01 * cos(angle))
        }
        ring.append(ring[0])
        #expect(BoundaryReader.firstCrossing(ring) == nil)
        ring.insert(GeoPoint(latitude: 52.02, longitude: -1), at: count / 2)
        #expect(BoundaryReader.firstCrossing(ring) != nil, "a spike out through the far side")
    }
}
