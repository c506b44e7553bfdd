/// A place on the Earth, in degrees (WGS 84, as GeoJSON and every phone give them).
public struct GeoPoint: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// An area's boundary read from a GeoJSON file: one or more polygons, each an outer ring
/// and any holes, each ring closed (its last point is its first).
public struct Boundary: Sendable {
    public var polygons: [[[GeoPoint]]]
    /// The file under `content/` it was read from (`data/areas/eastside.geojson`).
    public var path: String

    /// Whether `point` is inside the boundary: inside an outer ring and in none of its holes.
    public func contains(_ point: GeoPoint) -> Bool {
        polygons.contains { rings in
            guard let outer = rings.first, Self.ring(outer, contains: point) else { return false }
            return !rings.dropFirst().contains { Self.ring($0, contains: point) }
        }
    }

    /// Even-odd test on a closed ring, longitude as x and latitude as y. A point on an edge
    /// may fall either side, which is what a warning about a point outside its area can bear.
    static func ring(_ ring: [GeoPoint], contains point: GeoPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                let x = a.longitude + (point.latitude - a.latitude) / (b.latitude - a.latitude) * (b.longitude - a.longitude)
                if point.longitude < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }
}
