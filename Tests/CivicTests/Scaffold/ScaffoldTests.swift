import Foundation
import Testing
@testable import Civic

/// Values that fill a skeleton's placeholders in the base test site.
let placeholderValues: [String: String] = [
    "title": "\"A real title\"", "name": "\"A real name\"", "kind": "ngo", "pillar": "environment",
    "summary": "\"A real summary.\"", "lead": "council", "outcomes": "clean-air", "status": "planned",
    "date": "2025-01-01", "period": "\"2025\"", "ratings": "{la1: 2}", "start": "2025-01-01T18:00", "place": "Town Hall",
]

func fillPlaceholders(_ text: String, kind: EntryKind? = nil) -> String {
    // A community asset's kind is one of its own list, not a partner's.
    let values = kind == .communityAssets ? placeholderValues.merging(["kind": "venue"]) { $1 } : placeholderValues
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("TODO:") {
            lines.append("The real story.")
        } else if let colon = line.firstIndex(of: ":"), line[colon...].contains("TODO"), !line.hasPrefix("#") {
            let key = String(line[..<colon])
            lines.append("\(key): \(values[key] ?? "x")")
        } else {
            lines.append(String(line))
        }
    }
    return lines.joined(separator: "\n")
}

@Suite struct ScaffoldTests {
    @Test(arguments: EntryKind.allCases)
    func aNewEntryListsItsPlaceholdersAndBuildsOnceTheyAreFilled(_ kind: EntryKind) throws {
        let site = try TestSite()
        defer { site.remove() }
        // An area's story is named after an area of site.yml (the test site has 'north').
        let id = kind == .areas ? "north" : "brand-new"
        let (path, placeholders) = try Scaffolder.newEntry(kind: kind.singular, id: id, siteFolder: site.folder)
        #expect(path == "content/\(kind.rawValue)/\(id).md")
        let required = ContentSchema.entry(kind).fields.filter(\.required).map(\.key)
        #expect(placeholders == required + ["body"])

        let errors = site.check().sorted.filter { $0.severity == .error }
        #expect(errors.count == required.count + 1, "each placeholder is an error until filled")
        #expect(errors.allSatisfy { $0.location.path == path })

        let url = site.folder.appendingPathComponent(path)
        try Data(fillPlaceholders(try String(contentsOf: url, encoding: .utf8), kind: kind).utf8).write(to: url)
        let result = site.build()
        #expect(DiagnosticReport.text(result.diagnostics.sorted) == "")
        #expect(!result.files.isEmpty)
    }

    @Test func newNeverOverwrites() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(throws: Scaffolder.Failure.self) {
            try Scaffolder.newEntry(kind: "commitments", id: "bus-pass", siteFolder: site.folder)
        }
        let text = try String(contentsOf: site.folder.appendingPathComponent("content/commitments/bus-pass.md"), encoding: .utf8)
        #expect(text.contains("Give free bus passes to carers"))
    }

    @Test func newRefusesBadKindsAndIDs() throws {
        let site = try TestSite()
        defer { site.remove() }
        do {
            _ = try Scaffolder.newEntry(kind: "comitment", id: "x", siteFolder: site.folder)
            Issue.record("expected failure")
        } catch {
            #expect(error.description.contains("did you mean 'commitment'?"))
        }
        do {
            _ = try Scaffolder.newEntry(kind: "page", id: "About Us", siteFolder: site.folder)
            Issue.record("expected failure")
        } catch {
            #expect(error.description.contains("try 'about-us'"))
        }
    }

    @Test func initMakesASiteThatPassesCheckAndBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Scaffolder.initSite(at: folder)
        #expect(written.contains("content/site.yml"))
        #expect(written.contains("templates/layout.mustache"))
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8) == "/.civic-*\n")
        #expect(Checker.check(siteFolder: folder, asOf: Day.parse("2025-06-01")!).items.isEmpty)
        let result = SiteBuilder.build(siteFolder: folder, asOf: Day.parse("2026-01-01")!)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.text("outcomes/accessible-transport/index.html")?.contains("Everyone can get around town") == true)
        #expect(throws: Scaffolder.Failure.self) { try Scaffolder.initSite(at: folder) }
        let workflow = try String(contentsOf: folder.appendingPathComponent(".github/workflows/civic.yml"), encoding: .utf8)
        #expect(workflow.contains("civic check --site . --format github"))
        #expect(workflow.contains("CIVIC_VERSION: \"\(CivicVersion.number)\""))
        #expect(workflow.contains(CivicVersion.debianPackageURL))
        let gitlab = try String(contentsOf: folder.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8)
        #expect(gitlab.contains("civic check --site . --format gitlab > gl-code-quality-report.json || { civic check --site .; exit 1; }"))
        #expect(gitlab.contains(CivicVersion.debianPackageURL))
    }

    @Test func workflowsAreAddedToASiteThatExistsAllOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-ci-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("# ours\n".utf8).write(to: folder.appendingPathComponent(".gitlab-ci.yml"))
        do {
            _ = try Scaffolder.addWorkflows(at: folder)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.contains(".gitlab-ci.yml already exists"))
        }
        // Nothing was written, and the partnership's own file is untouched.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".github").path))
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8) == "# ours\n")
        try FileManager.default.removeItem(at: folder.appendingPathComponent(".gitlab-ci.yml"))
        #expect(try Scaffolder.addWorkflows(at: folder) == [".github/workflows/civic.yml", ".gitlab-ci.yml"])
        #expect(CIWorkflows.files(version: "9.8.7", packageURL: "https://example.org/civic.deb")[".gitlab-ci.yml"]?
            .contains("CIVIC_VERSION: \"9.8.7\"") == true)
    }

    @Test func everySchemaIsValidJSONAndNamesTheRequiredFields() throws {
        let files = ContentJSONSchema.files()
        let entries = ["area", "assessment", "celebration", "commitment", "community-asset", "conversation", "outcome", "page", "partner"]
        #expect(files.map(\.name).sorted() == (["framework", "site", "site.translation"] + entries + entries.map { "\($0).translation" }).sorted().map { "\($0).schema.json" })
        for (name, text) in files {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(name)")
            #expect(object["type"] as? String == "object")
        }
        let commitment = try #require(try JSONSerialization.jsonObject(with: Data(files.first { $0.name == "commitment.schema.json" }!.text.utf8)) as? [String: Any])
        #expect(Set(commitment["required"] as? [String] ?? []) == ["title", "lead", "outcomes", "status"])
        // A translation gives text alone, none of it required, and nothing else.
        let translation = try #require(try JSONSerialization.jsonObject(with: Data(files.first { $0.name == "commitment.translation.schema.json" }!.text.utf8)) as? [String: Any])
        #expect(Set((translation["properties"] as? [String: Any] ?? [:]).keys) == ["title", "future_generations"])
        #expect(translation["required"] == nil)
        #expect(translation["additionalProperties"] as? Bool == false)
    }

    /// The schemas made last are kept for the next plan: a site whose base URL changed
    /// gets schemas with the new address, and going back gives the first ones again.
    @Test func keptSchemasFollowTheBaseURL() throws {
        func ids(_ base: String) throws -> Set<String> {
            Set(try ContentJSONSchema.files(baseURL: base).map { file in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(file.text.utf8)) as? [String: Any])
                return try #require(object["$id"] as? String)
            })
        }
        let first = try ids("https://a.example/schemas/")
        #expect(first.contains("https://a.example/schemas/site.schema.json"))
        #expect(try ids("https://a.example/schemas/") == first)
        let second = try ids("https://b.example/town/schemas/")
        #expect(second.contains("https://b.example/town/schemas/commitment.schema.json"))
        #expect(second.allSatisfy { $0.hasPrefix("https://b.example/town/schemas/") })
        #expect(try ids("https://a.example/schemas/") == first)
    }
}
