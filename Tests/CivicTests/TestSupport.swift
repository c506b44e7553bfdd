import Foundation
@testable import Civic

/// The project's root folder, found from this file's path.
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let fixtures = projectRoot.appendingPathComponent("Tests/CivicTests/Fixtures")

/// A small site written into a fresh temporary folder from inline files.
struct TestSite {
    let folder: URL

    /// A minimal valid site; `files` add to or replace its files (path under the site folder).
    static let base: [String: String] = [
        "content/site.yml": """
        name: Test Partnership
        locality: Testville
        summary: A partnership for tests.
        base_url: https://example.org/test/
        language: en-GB
        areas:
          - {id: north, name: North}
        """,
        "content/partners/council.md": "---\nname: Testville Council\nkind: local-authority\n---\nThe council.\n",
        "content/partners/alliance.md": "---\nname: Disability Alliance\nkind: civil-society\n---\n",
        "content/outcomes/clean-air.md": """
        ---
        title: Everyone breathes clean air
        pillar: environment
        summary: Clean air on every street.
        leads: council
        indicators:
          - id: no2
            title: Nitrogen dioxide
            unit: µg/m³
            direction: decrease
            baseline: {date: 2020, value: 40}
            target: {date: 2030, value: 20}
            data:
              - {date: 2020, value: 40}
              - {date: 2024, value: 30}
        ---
        Body of the outcome.
        """,
        "content/commitments/bus-pass.md": """
        ---
        title: Give free bus passes to carers
        lead: council
        partners: [alliance]
        outcomes: clean-air
        status: in-progress
        start: 2024-01-01
        due: 2025-01-01
        area: north
        updates:
          - {date: 2024-06-01, progress: 50, note: "Half done."}
        ---
        """,
    ]

    init(_ files: [String: String?] = [:], base: [String: String] = TestSite.base) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-test-\(UUID().uuidString)")
        var all: [String: String?] = base.mapValues { $0 }
        for (path, text) in files { all[path] = text }
        for (path, text) in all {
            guard let text else { continue }
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func check() -> DiagnosticList { Checker.check(siteFolder: folder, asOf: Day.parse("2025-06-01")!) }

    func build(asOf: String = "2025-06-01") -> SiteBuilder.Result {
        SiteBuilder.build(siteFolder: folder, asOf: Day.parse(asOf)!)
    }

    /// The sorted diagnostics as compiler-style lines, without hints.
    func messages(_ severity: Diagnostic.Severity = .error) -> [String] {
        check().sorted.filter { $0.severity == severity }.map { "\($0.location): \($0.message)" }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

extension SiteBuilder.Result {
    /// The text of an output file, or nil.
    func text(_ path: String) -> String? {
        for file in files where file.path == path {
            if case .bytes(let bytes) = file.contents { return String(decoding: bytes, as: UTF8.self) }
        }
        return nil
    }

    var paths: Set<String> { Set(files.map(\.path)) }
}
