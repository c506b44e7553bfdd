import Foundation

/// Reads an area's boundary from a GeoJSON file (RFC 7946): a Polygon or MultiPolygon, bare,
/// as a Feature, or as a FeatureCollection whose features are all polygons. Positions are
/// longitude then latitude. Every ring must close, have four positions at least, and not
/// cross itself; a problem names the polygon, ring and position, counted from 1.
enum BoundaryReader {
    /// The boundary, or every problem found in the file.
    static func read(_ source: SourceText) -> (boundary: Boundary?, problems: [Diagnostic]) {
        let file = SourceLocation(path: source.path)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(source.text.utf8))
        } catch {
            return (nil, [.error(file, "this is not valid JSON, so not GeoJSON",
                                 hint: "export the boundary again as GeoJSON, or check it with a GeoJSON viewer")])
        }
        var problems: [Diagnostic] = []
        var polygons: [[[GeoPoint]]] = []
        for geometry in geometries(json, file: file, problems: &problems) {
            polygons += readGeometry(geometry, file: file, firstPolygon: polygons.count, problems: &problems)
        }
        if problems.isEmpty && polygons.isEmpty {
            problems.append(.error(file, "this GeoJSON holds no polygon",
                                   hint: "an area's boundary is a Polygon or a MultiPolygon"))
        }
        return (problems.isEmpty ? Boundary(polygons: polygons, path: String(source.path.dropFirst("content/".count))) : nil, problems)
    }

    /// The geometries of a GeoJSON object: its own, a Feature's, or each feature's of a collection.
    private static func geometries(_ json: Any, file: SourceLocation, problems: inout [Diagnostic]) -> [[String: Any]] {
        guard let object = json as? [String: Any], let type = object["type"] as? String else {
            problems.append(.error(file, "a GeoJSON file is an object with a \"type\"",
                                   hint: "for example {\"type\": \"Polygon\", \"coordinates\": [...]}"))
            return []
        }
        switch type {
        case "FeatureCollection":
            guard let features = object["features"] as? [Any] else {
                problems.append(.error(file, "the FeatureCollection has no \"features\" list"))
                return []
            }
            return features.flatMap { geometries($0, file: file, problems: &problems) }
        case "Feature":
            guard let geometry = object["geometry"] as? [String: Any] else {
                problems.append(.error(file, "a Feature has no \"geometry\""))
                return []
            }
            return [geometry]
        default:
            return [object]
        }
    }

    private static func readGeometry(_ geometry: [String: Any], file: SourceLocation, firstPolygon: Int,
                                     problems: inout [Diagnostic]) -> [[[GeoPoint]]] {
        let type = geometry["type"] as? String ?? "(none)"
        let coordinates = geometry["coordinates"] as? [Any]
        let polygons: [Any]
        switch type {
        case "Polygon": polygons = coordinates.map { [$0] } ?? []
        case "MultiPolygon": polygons = coordinates ?? []
        default:
            problems.append(.error(file, "a boundary must be a Polygon or a MultiPolygon, not a \(type)",
                                   hint: type == "LineString" ? "close the line into a Polygon ring" : nil))
            return []
        }
        if coordinates == nil { problems.append(.error(file, "the \(type) has no \"coordinates\" list")) }
        var result: [[[GeoPoint]]] = []
        for (polygonIndex, polygon) in polygons.enumerated() {
            let where1 = "polygon \(firstPolygon + polygonIndex + 1)"
            guard let rings = polygon as? [Any], !rings.isEmpty else {
                problems.append(.error(file, "\(where1) has no rings"))
                continue
            }
            var readRings: [[GeoPoint]] = []
            for (ringIndex, ring) in rings.enumerated() {
                let place = "\(where1), ring \(ringIndex + 1)"
                if let points = readRing(ring, place: place, file: file, problems: &problems) { readRings.append(points) }
            }
            if readRings.count == rings.count { result.append(readRings) }
        }
        return result
    }

    private static func readRing(_ ring: Any, place: String, file: SourceLocation, problems: inout [Diagnostic]) -> [GeoPoint]? {
        guard let positions = ring as? [Any] else {
            problems.append(.error(file, "\(place) is not a list of positions"))
            return nil
        }
        var points: [GeoPoint] = []
        for (index, position) in positions.enumerated() {
            guard let numbers = position as? [Any], numbers.count >= 2,
                  let longitude = number(numbers[0]), let latitude = number(numbers[1]) else {
                problems.append(.error(file, "\(place), position \(index + 1) is not [longitude, latitude]"))
                return nil
            }
            guard (-180...180).contains(longitude), (-90...90).contains(latitude) else {
                problems.append(.error(file, "\(place), position \(index + 1) [\(longitude), \(latitude)] is off the map: longitude goes from -180 to 180 and latitude from -90 to 90",
                                       hint: "GeoJSON puts longitude first, then latitude"))
                return nil
            }
            points.append(GeoPoint(latitude: latitude, longitude: longitude))
        }
        guard points.count >= 4 else {
            problems.append(.error(file, "\(place) has \(points.count) positions; a ring needs four at least (a triangle and its first point again)"))
            return nil
        }
        guard points.first == points.last else {
            problems.append(.error(file, "\(place) is not closed: its last position is not its first",
                                   hint: "repeat the first position [\(points[0].longitude), \(points[0].latitude)] at the end of the ring"))
            return nil
        }
        if let (a, b) = firstCrossing(points) {
            problems.append(.error(file, "\(place) crosses itself: the edge from position \(a + 1) meets the edge from position \(b + 1)",
                                   hint: "a boundary must be a simple shape; draw it again or fix it in a GIS tool"))
            return nil
        }
        return points
    }

    /// A JSON number, not `true` or `false`: JSONSerialization gives both as NSNumber, and
    /// on Linux `is Bool` holds for the numbers 0 and 1 too, so the boolean's own class tells.
    private static func number(_ value: Any) -> Double? {
        guard let number = value as? NSNumber, !String(describing: type(of: value)).contains("Boolean") else { return nil }
        return number.doubleValue
    }

    /// The first two edges of a closed ring that cross or touch, other than neighbours, by
    /// the index of each edge's first position; nil for a simple ring. Edges are swept in
    /// order of their west end, so only edges whose longitudes overlap are compared.
    static func firstCrossing(_ ring: [GeoPoint]) -> (Int, Int)? {
        let edgeCount = ring.count - 1
        guard edgeCount >= 3 else { return nil }
        let order = (0..<edgeCount).sorted {
            min(ring[$0].longitude, ring[$0 + 1].longitude) < min(ring[$1].longitude, ring[$1 + 1].longitude)
        }
        var found: (Int, Int)?
        for (position, i) in order.enumerated() {
            let east = max(ring[i].longitude, ring[i + 1].longitude)
            for j in order[(position + 1)...] {
                if min(ring[j].longitude, ring[j + 1].longitude) > east { break }
                let (a, b) = (min(i, j), max(i, j))
                if b == a + 1 || (a == 0 && b == edgeCount - 1) { continue }
                if segmentsMeet(ring[a], ring[a + 1], ring[b], ring[b + 1]), found.map({ (a, b) < $0 }) ?? true {
                    found = (a, b)
                }
            }
        }
        return found
    }

    /// Whether segments pq and rs share a point.
    static func segmentsMeet(_ p: GeoPoint, _ q: GeoPoint, _ r: GeoPoint, _ s: GeoPoint) -> Bool {
        func cross(_ o: GeoPoint, _ a: GeoPoint, _ b: GeoPoint) -> Double {
            (a.longitude - o.longitude) * (b.latitude - o.latitude) - (a.latitude - o.latitude) * (b.longitude - o.longitude)
        }
        func onSegment(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint) -> Bool {
            min(a.longitude, b.longitude) <= c.longitude && c.longitude <= max(a.longitude, b.longitude)
                && min(a.latitude, b.latitude) <= c.latitude && c.latitude <= max(a.latitude, b.latitude)
        }
        let d1 = cross(r, s, p), d2 = cross(r, s, q), d3 = cross(p, q, r), d4 = cross(p, q, s)
        if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
        return (d1 == 0 && onSegment(r, s, p)) || (d2 == 0 && onSegment(r, s, q))
            || (d3 == 0 && onSegment(p, q, r)) || (d4 == 0 && onSegment(p, q, s))
    }
}
