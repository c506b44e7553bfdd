import Foundation

/// Draws areas and community assets as an inline SVG map at build time: no tiles, no script.
///
/// The projection is Web Mercator. At the scale of a town or a county its distortion of
/// area is under a few per cent across the map, it keeps shapes and angles (a street grid
/// looks as residents know it), and it matches the web maps they use. An equal-area
/// projection only pays off for maps of whole countries, where civic draws none.
struct MapRenderer {
    /// The width of the map's coordinate space; the height follows the places' shape.
    /// Narrow, so that names and numbers stay readable when a phone shrinks the map to its
    /// screen (a 400-unit map at 320 px keeps 80% of each size).
    static let width = 400.0
    static let maxHeight = 340.0
    static let padding = 20.0

    /// The shapes that tell kinds of asset apart, besides their colour and their word: one per
    /// kind in the site's order, again from the first after the sixth.
    enum Shape: Int, CaseIterable {
        case circle, square, triangle, diamond, hexagon, invertedTriangle

        /// The same shape as a character, for the list and the legend.
        var symbol: String { ["●", "■", "▲", "◆", "⬢", "▼"][rawValue] }

        static func of(kindIndex: Int) -> Shape { Shape(rawValue: kindIndex % allCases.count)! }

        /// How far below the place the number's baseline goes, so that it sits in the
        /// shape's widest part: low in a triangle, high in an inverted one.
        var numberOffset: Double {
            switch self {
            case .triangle: 7
            case .invertedTriangle: 0.5
            default: 4
            }
        }
    }

    struct Area {
        var name: String
        var boundary: Boundary
        /// Drawn stronger: the area a page is about.
        var highlighted = false
    }

    struct Marker {
        var number: Int
        var name: String
        var point: GeoPoint
        var shape: Shape
        /// A class for the marker's colour (`kind-3`).
        var colourClass: String
    }

    /// Projects longitude and latitude into the map's space, fitted to `bounds`.
    struct Projection {
        let minX: Double, maxY: Double, scale: Double
        let height: Double

        init(fitting points: [GeoPoint]) {
            let projected = points.map(Self.mercator)
            let xs = projected.map(\.x), ys = projected.map(\.y)
            let (minX, maxX) = (xs.min() ?? 0, xs.max() ?? 0)
            let (minY, maxY) = (ys.min() ?? 0, ys.max() ?? 0)
            let inner = MapRenderer.width - 2 * MapRenderer.padding
            let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
            var scale = min(inner / spanX, (MapRenderer.maxHeight - 2 * MapRenderer.padding) / spanY)
            // One place alone: a neighbourhood's width around it.
            if maxX - minX < 1e-9 && maxY - minY < 1e-9 { scale = inner / 0.0003 }
            self.scale = scale
            self.minX = minX - (inner / scale - (maxX - minX)) / 2
            self.maxY = maxY
            self.height = min(MapRenderer.maxHeight, (maxY - minY) * scale + 2 * MapRenderer.padding)
        }

        /// Web Mercator in radians: x the longitude, y stretched toward the poles.
        static func mercator(_ p: GeoPoint) -> (x: Double, y: Double) {
            let latitude = max(min(p.latitude, 85.05113), -85.05113) * .pi / 180
            return (p.longitude * .pi / 180, log(tan(.pi / 4 + latitude / 2)))
        }

        /// The point in the map's space, y downwards.
        func point(_ p: GeoPoint) -> (x: Double, y: Double) {
            let m = Self.mercator(p)
            return ((m.x - minX) * scale + MapRenderer.padding, (maxY - m.y) * scale + MapRenderer.padding)
        }
    }

    /// Coordinates with one decimal: a tenth of a unit in 400 is finer than any screen shows.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// The map as an `<svg>` element with its title and description, or nil when there is
    /// nothing with a place to draw. `id` makes the title's and description's ids unique.
    /// The map is fitted to the highlighted areas and the markers when there are some (the
    /// areas around are drawn too, cut at the map's edge), otherwise to every area.
    static func svg(id: String, title: String, description: String, areas: [Area], markers: [Marker]) -> String? {
        let focus = areas.contains(where: \.highlighted) ? areas.filter(\.highlighted) : areas
        let points = focus.flatMap { $0.boundary.polygons.flatMap { $0.flatMap { $0 } } } + markers.map(\.point)
        guard !points.isEmpty else { return nil }
        let projection = Projection(fitting: points)
        let height = coordinate(projection.height)
        var svg = "<svg class=\"map\" overflow=\"hidden\" viewBox=\"0 0 \(Int(width)) \(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>"
        svg += "<desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>"
        for area in areas {
            svg += "<path class=\"map-area\(area.highlighted ? " map-area-current" : "")\" d=\"\(path(area.boundary, projection))\"/>"
        }
        let placed = markers.map { projection.point($0.point) }
        for area in focus {
            guard let label = labelPoint(area.boundary) else { continue }
            let (x, y) = labelPosition(near: projection.point(label), avoiding: placed, height: projection.height)
            // A halo under the name, so that it reads over edges: the same text, stroked.
            for kind in ["map-halo", "map-label"] {
                svg += "<text class=\"\(kind)\" x=\"\(coordinate(x))\" y=\"\(coordinate(y))\">\(HTMLText.escape(area.name))</text>"
            }
        }
        for marker in markers {
            let (x, y) = projection.point(marker.point)
            svg += "<g class=\"map-marker \(marker.colourClass)\">"
            svg += shape(marker.shape, x: x, y: y)
            svg += "<text x=\"\(coordinate(x))\" y=\"\(coordinate(y + marker.shape.numberOffset))\">\(marker.number)</text></g>"
        }
        return svg + "</svg>"
    }

    /// The rings of a boundary as one path, holes cut out by the even-odd rule.
    static func path(_ boundary: Boundary, _ projection: Projection) -> String {
        var d = ""
        for polygon in boundary.polygons {
            for ring in polygon {
                for (index, point) in ring.dropLast().enumerated() {
                    let (x, y) = projection.point(point)
                    d += (index == 0 ? "M" : "L") + coordinate(x) + " " + coordinate(y)
                }
                d += "Z"
            }
        }
        return d
    }

    /// Where a name goes near `point`: the first of a few places above and below it that
    /// keeps clear of every marker (a name is about 13 units high and markers 20 across),
    /// else the point itself.
    static func labelPosition(near point: (x: Double, y: Double), avoiding markers: [(x: Double, y: Double)],
                              height: Double) -> (x: Double, y: Double) {
        for offset in [0.0, -18, 18, -36, 36, -54, 54] {
            let y = point.y + offset
            guard y > 14, y < height - 4 else { continue }
            let clear = markers.allSatisfy { marker in abs(marker.y - (y - 4)) > 17 || abs(marker.x - point.x) > 50 }
            if clear { return (point.x, y) }
        }
        return point
    }

    /// Where an area's name goes: the centroid of its largest outer ring.
    static func labelPoint(_ boundary: Boundary) -> GeoPoint? {
        var best: (area: Double, point: GeoPoint)?
        for polygon in boundary.polygons {
            guard let ring = polygon.first, ring.count >= 4 else { continue }
            var area = 0.0, x = 0.0, y = 0.0
            for i in 0..<(ring.count - 1) {
                let a = ring[i], b = ring[i + 1]
                let cross = a.longitude * b.latitude - b.longitude * a.latitude
                area += cross
                x += (a.longitude + b.longitude) * cross
                y += (a.latitude + b.latitude) * cross
            }
            guard abs(area) > 0 else { continue }
            let centroid = GeoPoint(latitude: y / (3 * area), longitude: x / (3 * area))
            if abs(area) > (best?.area ?? 0) { best = (abs(area), centroid) }
        }
        return best?.point
    }

    /// A marker's shape, about 20 units across, centred on the place.
    static func shape(_ shape: Shape, x: Double, y: Double) -> String {
        let r = 10.0
        func polygon(_ corners: [(Double, Double)]) -> String {
            "<polygon points=\"" + corners.map { coordinate(x + $0.0) + "," + coordinate(y + $0.1) }.joined(separator: " ") + "\"/>"
        }
        switch shape {
        case .circle: return "<circle cx=\"\(coordinate(x))\" cy=\"\(coordinate(y))\" r=\"\(Int(r))\"/>"
        case .square: return "<rect x=\"\(coordinate(x - r + 1))\" y=\"\(coordinate(y - r + 1))\" width=\"\(Int(2 * r - 2))\" height=\"\(Int(2 * r - 2))\"/>"
        case .triangle: return polygon([(0, -r - 5), (r + 5, r + 1), (-r - 5, r + 1)])
        case .diamond: return polygon([(0, -r - 2), (r + 2, 0), (0, r + 2), (-r - 2, 0)])
        case .hexagon: return polygon([(0, -r - 1), (r, -r / 2), (r, r / 2), (0, r + 1), (-r, r / 2), (-r, -r / 2)])
        case .invertedTriangle: return polygon([(0, r + 5), (r + 5, -r - 1), (-r - 5, -r - 1)])
        }
    }
}
