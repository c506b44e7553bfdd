import Foundation
import Testing
@testable import Civic

/// Past a budget, entry bodies are not held in the model but read again from their files
/// (`EntryBody`): the site must be the same bytes, and a file changed in between must stop
/// the build before anything is published.
@Suite(.serialized) struct BodiesOnDiskTests {
    @Test func theExampleSiteIsTheSameWithItsBodiesOnDisk() throws {
        let result = Validator.$bodyBudgetOverride.withValue(0) {
            SiteBuilder.build(siteFolder: projectRoot, asOf: Day.parse(exampleAsOf)!)
        }
        #expect(!result.diagnostics.hasErrors)
        let published = projectRoot.appendingPathComponent("public")
        #expect(result.files.count > 100)
        for file in result.files {
            let onDisk = try? [UInt8](Data(contentsOf: published.appendingPathComponent(file.path)))
            #expect(try onDisk == bytes(of: file), "public/\(file.path) differs when bodies are read again from their files")
        }
        // And the model really holds none of them.
        var sources = SourceLoader.load(siteFolder: projectRoot).value!
        let model = try #require(Validator.$bodyBudgetOverride.withValue(0) { Validator.validate(taking: &sources).value })
        #expect(model.celebrations.allSatisfy { if case .onDisk = $0.origin.body.storage { true } else { false } })
        let kept = try #require(Validator.validate(SourceLoader.load(siteFolder: projectRoot).value!).value)
        #expect(kept.celebrations.allSatisfy { if case .kept = $0.origin.body.storage { true } else { false } })
    }

    @Test func aBodyChangedAfterItWasCheckedIsNeverPublished() throws {
        let celebration = "---\ntitle: Street party\ndate: 2025-05-01\n---\nWe closed the street for a day.\n"
        let site = try TestSite(["content/celebrations/street-party.md": celebration])
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("public")
        let day = Day.parse("2025-06-01")!

        // A first build publishes the site.
        let folder = try OutputFolder.inspect(output.path, siteFolder: site.folder.path)
        #expect(!SiteBuilder.build(siteFolder: site.folder, output: folder, asOf: day).hasErrors)
        let before = try Data(contentsOf: output.appendingPathComponent("data/partnership.json"))

        // The next is planned, then the body is changed on disk before the files are made.
        let planned = try #require(Validator.$bodyBudgetOverride.withValue(0) {
            SiteBuilder.plan(siteFolder: site.folder, asOf: day, stageTimer: nil).value
        })
        try Data(celebration.replacingOccurrences(of: "for a day", with: "for a week").utf8)
            .write(to: site.folder.appendingPathComponent("content/celebrations/street-party.md"))
        let page = try #require(planned.files.first { $0.path == "celebrations/street-party/index.html" }).make()
        #expect(page.diagnostics.contains { $0.location.path == "content/celebrations/street-party.md" && $0.message.contains("changed while the site was being built") })
        let json = try #require(planned.files.first { $0.path == "data/partnership.json" }).make()
        guard case .stream(let stream) = json.contents else {
            Issue.record("partnership.json is made as a stream")
            return
        }
        #expect(stream.made().problems.count == 1)
        // `civic check` and the in-place writer's first pass make streams too, and see it.
        let problems = try #require(planned.files.first { $0.path == "data/partnership.json" }).problems()
        #expect(problems.contains { $0.message.contains("changed while the site was being built") })

        // Written, the site is refused and the one published before stays as it was.
        do {
            _ = try SiteWriter.write(planned.files, into: try OutputFolder.inspect(output.path, siteFolder: site.folder.path))
            Issue.record("a site whose body changed was written")
        } catch let refused as SiteWriter.Refused {
            #expect(refused.diagnostics.contains { $0.message.contains("changed while the site was being built") })
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("data/partnership.json")) == before)
    }
}
