import Testing
@testable import Civic

/// Areas' stories and community assets: every field checked with its file and line.
@Suite struct AreaAndAssetValidationTests {
    static let boundary = #"{"type":"Polygon","coordinates":[[[-1.40,52.50],[-1.34,52.50],[-1.34,52.53],[-1.40,52.53],[-1.40,52.50]]]}"#

    static func asset(_ fields: String) -> String { "---\nname: The Hall\nkind: venue\n\(fields)\n---\nA hall.\n" }

    @Test func aValidAreaAndAssetBuild() throws {
        let site = try TestSite([
            "content/data/areas/north.geojson": Self.boundary,
            "content/areas/north.md": "---\nsummary: The north of town.\nboundary: data/areas/north.geojson\n---\nOur story.\n",
            "content/community-assets/hall.md": Self.asset("area: north\nlocation: {latitude: 52.51, longitude: -1.37}\nfeatures: [step-free, hearing-loop]\npartners: council\noutcomes: clean-air"),
        ])
        defer { site.remove() }
        #expect(site.messages(.error) == [])
        #expect(site.messages(.warning) == [])
        let result = site.build()
        #expect(result.paths.isSuperset(of: ["areas/index.html", "areas/north/index.html", "community-assets/index.html",
                                             "community-assets/hall/index.html", "community-assets/kind/venue/index.html",
                                             "community-assets/feature/step-free/index.html", "community-assets/feature/hearing-loop/index.html",
                                             "data/areas.geojson", "data/community-assets.geojson", "data/community-assets.csv",
                                             "data/areas.csv"]))
        #expect(!result.paths.contains("community-assets/kind/business/index.html"), "no page for a kind without assets")
    }

    @Test func eachMistakeIsReportedWhereItIsWritten() throws {
        let site = try TestSite([
            "content/areas/nort.md": "---\nsummary: Misnamed.\n---\n",
            "content/community-assets/a.md": "---\nname: A\nkind: venu\n---\n",
            "content/community-assets/b.md": Self.asset("features: [step-free, hearing-lop]"),
            "content/community-assets/c.md": Self.asset("location: {latitude: -1.37, longitude: 252.51}"),
            "content/community-assets/d.md": Self.asset("location: {latitude: 91, longitude: 0}"),
            "content/community-assets/e.md": Self.asset("location: {latitude: north, longitude: 0}"),
            "content/community-assets/f.md": Self.asset("area: nowhere"),
            "content/community-assets/g.md": Self.asset("location: {latitude: 52}"),
        ])
        defer { site.remove() }
        #expect(site.messages(.error) == [
            "content/areas/nort.md:2:1: 'nort' is not one of the areas in site.yml",
            "content/community-assets/a.md:3:7: 'venu' is not a kind of community asset",
            "content/community-assets/b.md:4:23: 'hearing-lop' is not an accessibility feature civic knows",
            "content/community-assets/c.md:4:40: 'longitude' must be between -180 and 180, not 252.51",
            "content/community-assets/d.md:4:22: 'latitude' must be between -90 and 90, not 91",
            "content/community-assets/e.md:4:22: 'latitude' must be a number of degrees such as 51.5074, not 'north'",
            "content/community-assets/f.md:4:7: unknown area 'nowhere'",
            "content/community-assets/g.md:4:11: 'location' needs 'longitude'",
        ])
        let hints = site.check().sorted.compactMap(\.hint)
        #expect(hints.contains("did you mean 'north'? (rename the file)"))
        #expect(hints.contains("did you mean 'venue'?"))
        #expect(hints.contains("did you mean 'hearing-loop'?"))
    }

    @Test func anAssetOutsideItsAreaIsAWarning() throws {
        let site = try TestSite([
            "content/data/areas/north.geojson": Self.boundary,
            "content/areas/north.md": "---\nsummary: The north.\nboundary: data/areas/north.geojson\n---\n",
            "content/community-assets/hall.md": Self.asset("area: north\nlocation: {latitude: 51.0, longitude: -1.37}"),
        ])
        defer { site.remove() }
        #expect(site.messages(.error) == [])
        #expect(site.messages(.warning) == [
            "content/community-assets/hall.md:4:7: the location (51.0, -1.37) is outside the boundary of 'north' (data/areas/north.geojson)",
        ])
    }

    @Test func aBrokenBoundaryIsAnErrorInItsFile() throws {
        let site = try TestSite([
            "content/data/areas/north.geojson": #"{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}"#,
            "content/areas/north.md": "---\nsummary: The north.\nboundary: data/areas/north.geojson\n---\n",
            "content/areas/south.md": "---\nsummary: The south.\nboundary: data/areas/south.geojson\n---\n",
        ])
        // (south is not an area of the test site either, which is reported too.)
        defer { site.remove() }
        let errors = site.messages(.error)
        #expect(errors.contains("content/data/areas/north.geojson: polygon 1, ring 1 crosses itself: the edge from position 1 meets the edge from position 3"))
        #expect(errors.contains { $0.hasPrefix("content/areas/south.md:3:11: 'data/areas/south.geojson' does not exist under content/") })
    }

    @Test func aSiteAddsItsOwnKindsAndFeatures() throws {
        var base = TestSite.base
        base["content/site.yml"]! += "\nasset_kinds:\n  - {id: market, name: Market stall}\nasset_features:\n  - {id: step-free, name: Level access}\n  - {id: braille, name: Braille signs}\n"
        let site = try TestSite([
            "content/community-assets/stall.md": "---\nname: Fish stall\nkind: market\nfeatures: [braille, step-free]\n---\n",
        ], base: base)
        defer { site.remove() }
        #expect(site.messages(.error) == [])
        let page = try #require(site.build().text("community-assets/stall/index.html"))
        #expect(page.contains("Market stall"))
        #expect(page.contains("Braille signs"))
        #expect(page.contains("Level access"), "a built-in feature renamed by the site")
        #expect(!page.contains("Step-free access"))
    }
}
