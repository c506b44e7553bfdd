import Foundation
import Testing
@testable import Civic

/// The as-of date of the committed example site; the Makefile's AS_OF says the same.
let exampleAsOf = "2026-11-01"

func bytes(of file: OutputFile) throws -> [UInt8] {
    switch file.contents {
    case .bytes(let bytes): return bytes
    case .copy(let source): return [UInt8](try Data(contentsOf: URL(fileURLWithPath: source)))
    case .stream(let stream): return stream.bytes()
    }
}

/// Every file under `folder`, by path relative to it.
func listFiles(_ folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
        var isDir: ObjCBool = false
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDir)
        if !isDir.boolValue { paths.append(path) }
    }
    return paths.sorted()
}

@Suite struct ExampleSiteTests {
    @Test func theExampleSiteIsReproducedByteForByte() throws {
        let result = SiteBuilder.build(siteFolder: projectRoot, asOf: Day.parse(exampleAsOf)!)
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticReport.text(result.diagnostics.sorted))")
        #expect(result.diagnostics.items.isEmpty, "the example site should build without warnings")
        let published = projectRoot.appendingPathComponent("public")
        let built = Set(result.files.map(\.path)), onDisk = Set(listFiles(published)).subtracting([OutputMark.fileName])
        let mark = try? [UInt8](Data(contentsOf: published.appendingPathComponent(OutputMark.fileName)))
        #expect(mark == OutputMark(files: result.files.map(\.path)).bytes, "public/\(OutputMark.fileName) differs: run make site")
        #expect(built.subtracting(onDisk).sorted() == [], "missing from public/: run make site")
        #expect(onDisk.subtracting(built).sorted() == [], "in public/ but no longer built: run make site")
        for file in result.files {
            let onDisk = try? [UInt8](Data(contentsOf: published.appendingPathComponent(file.path)))
            #expect(try onDisk == bytes(of: file), "public/\(file.path) differs: run make site and read the diff")
        }
    }

    @Test func theExampleReachesEveryStatus() throws {
        let sources = try #require(SourceLoader.load(siteFolder: projectRoot).value)
        let model = Validator.validate(sources).value
        let partnership = try #require(model)
        let resolved = try #require(Resolver.resolve(partnership, asOf: Day.parse(exampleAsOf)!).value)
        let statuses = Set(resolved.statusReasons.values.flatMap(\.values).map(\.status))
        #expect(statuses == Set(IndicatorStatus.allCases))
        #expect(Set(partnership.commitments.map(\.status)) == Set(Commitment.Status.allCases))
        #expect(partnership.outcomes.count >= 8)
        #expect(partnership.outcomes.flatMap(\.indicators).count >= 15)
        #expect(partnership.commitments.count >= 20)
        #expect(resolved.commitmentStates.values.contains { $0.overdue })
        #expect(resolved.commitmentStates.values.contains { $0.quiet })
        #expect(resolved.assessments.count >= 2)
        #expect(!resolved.upcomingConversations.isEmpty && !resolved.pastConversations.isEmpty)
    }

    @Test func theBuiltInThemeMatchesTemplatesFolder() throws {
        let folder = projectRoot.appendingPathComponent("templates")
        let onDisk = listFiles(folder).filter { !$0.hasPrefix(".") }
        #expect(onDisk == DefaultTheme.files.keys.sorted(), "run make theme")
        for path in onDisk {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            #expect(DefaultTheme.files[path] == text, "\(path) differs from the built-in copy: run make theme")
        }
    }
}

@Suite struct RealDataTests {
    @Test func theUKSDGCorpusBuildsWithoutError() throws {
        let site = fixtures.appendingPathComponent("uk-sdg")
        let result = SiteBuilder.build(siteFolder: site, asOf: Day.parse("2025-06-01")!)
        #expect(DiagnosticReport.text(result.diagnostics.sorted.filter { $0.severity == .error }) == "")
        let json = try #require(result.text("data/partnership.json"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outcomes = try #require(data["outcomes"] as? [[String: Any]])
        let indicators = outcomes.flatMap { ($0["indicators"] as? [[String: Any]]) ?? [] }
        #expect(outcomes.count == 17)
        #expect(indicators.count == 391)
        var counts: [String: Int] = [:]
        for indicator in indicators { counts[indicator["status"] as? String ?? "?", default: 0] += 1 }
        // The corpus README's independent count of statuses.
        #expect(counts == ["improving": 143, "not-improving": 187, "no-data": 61])
        let commitments = try #require(data["commitments"] as? [[String: Any]])
        #expect(commitments.filter { $0["overdue"] as? Bool == true }.compactMap { $0["id"] as? String } == ["retrofit-cold-homes"])
        #expect(commitments.filter { $0["quiet"] as? Bool == true }.compactMap { $0["id"] as? String } == ["community-data-walks"])
    }
}
