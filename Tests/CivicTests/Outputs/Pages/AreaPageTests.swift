import Foundation
import Testing
@testable import Civic

/// An area's page gathers what happens there: figures, commitments, conversations, celebrations, assets.
@Suite struct AreaPageTests {
    @Test func anAreaPageGathersItsFiguresAndEntries() throws {
        let site = try TestSite([
            "content/site.yml": TestSite.base["content/site.yml"]! + "\n  - {id: south, name: South Side}\n",
            "content/data/jobs.csv": "date,value,note,disaggregation\n2022,100,,\n2024,120,,\n2024,70,,Area: North\n2023,60,,Area:  north\n2024,50,,Area: South Side\n2025,999,,Country of birth: North\n2025,998,,Age: 16 | Area: North\n2025,40,,Region: South Side\n",
            "content/outcomes/jobs.md": "---\ntitle: Good jobs\npillar: economy\nsummary: Work for all.\nindicators:\n  - id: jobs\n    title: People in work\n    unit: people\n    direction: increase\n    data: data/jobs.csv\n---\n",
            "content/conversations/walk.md": "---\ntitle: North walk\nstart: 2025-03-01T10:00\nplace: The green\narea: north\n---\n",
            "content/celebrations/party.md": "---\ntitle: Street party\ndate: 2025-04-01\narea: south\n---\nFun.\n",
            "content/areas/north.md": "---\nsummary: The north of town.\n---\nWhere the **hill** is.\n",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticReport.text(result.diagnostics.sorted))")
        let north = try #require(result.text("areas/north/index.html"))
        #expect(north.contains("<h1>North</h1>"))
        #expect(north.contains("The north of town."))
        #expect(north.contains("<strong>hill</strong>"))
        // Not 'Country of birth: North', nor a breakdown by age and area at once.
        #expect(north.contains("People in work: 70 people in North in 2024, against 120 people for all of Testville."))
        #expect(north.contains(#"<a href="/test/outcomes/jobs/#indicator-jobs">People in work</a></th><td><time datetime="2024">2024</time></td><td>70 people</td><td>120 people</td>"#))
        #expect(north.contains("Give free bus passes to carers"), "its commitment")
        #expect(north.contains("North walk"))
        #expect(!north.contains("Street party"))
        #expect(north.contains("No community assets are listed in this area yet."))

        let south = try #require(result.text("areas/south/index.html"))
        #expect(south.contains("Street party"))
        #expect(south.contains("50 people in South Side in 2024"), "a breakdown found by the area's name, by Area before Region")
        #expect(!south.contains("Give free bus passes"))

        let index = try #require(result.text("areas/index.html"))
        #expect(index.contains(#"<a href="/test/areas/north/">North</a>"#) && index.contains("1 commitment · 1 conversation"))
        let menu = try #require(result.text("index.html"))
        #expect(menu.contains(#"href="/test/areas/""#), "areas are in the menu")
        #expect(!menu.contains(#"href="/test/community-assets/""#), "a site without assets has no such menu item")

        let json = try #require(result.text("data/partnership.json"))
        #expect(json.contains(#""area":"north""#), "the conversation's area is in the open data")
        let csv = try #require(result.text("data/areas.csv"))
        #expect(csv.hasPrefix("id,name,summary,boundary,url,body\r\nnorth,North,The north of town.,,https://example.org/test/areas/north/,"))
    }

    @Test func aSiteWithoutAreasOrAssetsHasNeitherSection() throws {
        var base = TestSite.base
        base["content/site.yml"] = base["content/site.yml"]!.replacingOccurrences(of: "areas:\n  - {id: north, name: North}", with: "")
            + "\nnavigation: [outcomes, areas, community-assets, commitments]\n"
        base["content/commitments/bus-pass.md"] = base["content/commitments/bus-pass.md"]!.replacingOccurrences(of: "area: north\n", with: "")
        let site = try TestSite([:], base: base)
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticReport.text(result.diagnostics.sorted))")
        #expect(!result.paths.contains { $0.hasPrefix("areas/") || $0.hasPrefix("community-assets/") })
        let home = try #require(result.text("index.html"))
        #expect(!home.contains("/test/areas/") && !home.contains("/test/community-assets/"), "the menu leaves them out, even when named")
        #expect(home.contains(#"href="/test/commitments/""#))
    }

    @Test func everyAreasFigureIsDrawnAsBarsWhenThreeOrMoreHaveOne() throws {
        let site = try TestSite([
            "content/site.yml": TestSite.base["content/site.yml"]! + "\n  - {id: south, name: South}\n  - {id: west, name: West}\n",
            "content/data/jobs.csv": "date,value,note,disaggregation\n2024,120,,\n2024,70,,Area: North\n2024,30,,Area: South\n2024,20,,Area: West\n2023,10,,Area: West\n",
            "content/data/rate.csv": "date,value,note,disaggregation\n2024,5,,\n2024,4,,Area: North\n2024,6,,Area: South\n",
            "content/outcomes/jobs.md": "---\ntitle: Good jobs\npillar: economy\nsummary: Work.\nindicators:\n  - {id: jobs, title: People in work, unit: people, direction: increase, data: data/jobs.csv}\n  - {id: rate, title: Jobless rate, unit: '%', direction: decrease, data: data/rate.csv}\n---\n",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticReport.text(result.diagnostics.sorted))")
        let south = try #require(result.text("areas/south/index.html"))
        let charts = south.matches(of: /<svg class="bars"/).count
        #expect(charts == 1, "people in work has three areas; the jobless rate only two")
        #expect(south.contains("<desc id=\"compare-jobs-jobs-desc\">North: 70 people; South: 30 people; West: 20 people.</desc>"))
        #expect(south.contains("<g class=\"bar bar-current\"><text x=\"0\" y=\"55\">South (this area): 30 people</text>"))
        #expect(south.contains("<title id=\"compare-jobs-jobs-title\">People in work, every area, 2024</title>"))
    }

    @Test func aLargeAreaListsTheFirstCommitmentsAndLinksToAll() throws {
        var files: [String: String?] = [:]
        for n in 1...25 {
            files["content/commitments/extra-\(n).md"] = "---\ntitle: Extra \(n)\nlead: council\noutcomes: clean-air\nstatus: planned\narea: north\n---\n"
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let result = site.build()
        let page = try #require(result.text("areas/north/index.html"))
        #expect(page.matches(of: /<li class="card/).count == ViewBuilder.listedPerArea)
        #expect(page.contains(#"<a href="/test/commitments/by-area/#group-north">All 26 commitments in North</a>"#))
        #expect(try #require(result.text("commitments/by-area/index.html")).contains(#"id="group-north""#))
    }
}
