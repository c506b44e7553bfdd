import Foundation
import Testing
@testable import Civic

/// Runs the built `civic` command (built by `swift build --build-tests`, as `make test` does).
func runCivic(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = projectRoot.appendingPathComponent(".build/debug/civic")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "SOURCE_DATE_EPOCH")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

@Suite(.serialized) struct CommandLineTests {
    /// The version is said in one place, and both the command and every page say it.
    @Test func theVersionIsTheSameOnTheCommandLineAndInEveryPage() throws {
        let run = try runCivic(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == CivicVersion.number + "\n")
        #expect(CivicVersion.number.split(separator: ".").count == 3)
        let site = try TestSite()
        defer { site.remove() }
        let pages = site.build().files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 10)
        for page in pages {
            guard case .bytes(let bytes) = page.contents else { continue }
            #expect(String(decoding: bytes, as: UTF8.self).contains("<meta name=\"generator\" content=\"civic \(CivicVersion.number)\">"), "\(page.path)")
        }
    }

    @Test func checkExitsZeroOnACleanSite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let run = try runCivic(["check", "--site", site.folder.path])
        #expect(run.status == 0)
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("public").path))
    }

    /// The third build stages into the first one's folder (kept as .civic-previous-public
    /// by the second) and, the content being the same, writes nothing.
    @Test func aRebuildOfUnchangedContentWritesNoFile() throws {
        let site = try TestSite()
        defer { site.remove() }
        let arguments = ["build", "--site", site.folder.path, "--as-of", "2025-06-01", "--timings"]
        let first = try runCivic(arguments), second = try runCivic(arguments), third = try runCivic(arguments)
        #expect([first.status, second.status, third.status] == [0, 0, 0])
        let stages = third.stdout + third.stderr
        #expect(stages.contains("templates and write (0 files written, "), "\(stages)")
        #expect(stages.contains("validate"))
        try site.write("content/partners/alliance.md", bytes: Array("---\nname: Disability Alliance Testville\nkind: civil-society\n---\n".utf8))
        let fourth = try runCivic(arguments)
        #expect(fourth.status == 0)
        #expect(!(fourth.stdout + fourth.stderr).contains("(0 files written"))
        let page = try String(contentsOf: site.folder.appendingPathComponent("public/partners/alliance/index.html"), encoding: .utf8)
        #expect(page.contains("Disability Alliance Testville"))
    }

    @Test func checkListsEveryProblemWithFileAndLineAndExitsOne() throws {
        let site = try TestSite([
            "content/partners/p.md": "---\nkind: ngo\n---\n",
            "content/commitments/c.md": "---\ntitle: T\nlead: councl\noutcomes: clean-air\nstatus: planned\n---\n",
        ])
        defer { site.remove() }
        let run = try runCivic(["check", "--site", site.folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/commitments/c.md:3:7: error: unknown partner 'councl'\n  hint: did you mean 'council'?\n"))
        #expect(run.stderr.contains("content/partners/p.md:2:1: error: a partner needs 'name'\n"))
        #expect(run.stderr.contains("2 errors, 0 warnings"))
    }

    @Test func jsonDiagnosticsForCI() throws {
        let site = try TestSite(["content/partners/p.md": "---\nkind: ngo\n---\n"])
        defer { site.remove() }
        let run = try runCivic(["check", "--site", site.folder.path, "--format", "json"])
        #expect(run.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["file"] as? String == "content/partners/p.md")
        #expect(items.first?["line"] as? Int == 2)
        #expect(items.first?["severity"] as? String == "error")
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try runCivic(["check", "--no-such-option"]).status == 2)
        #expect(try runCivic(["build", "--as-of", "2025-02-30"]).status == 2)
    }

    @Test func buildUsesSourceDateEpochWhenNoAsOfIsGiven() throws {
        let site = try TestSite()
        defer { site.remove() }
        // 2025-06-01T00:00:00Z
        let run = try runCivic(["build", "--site", site.folder.path], environment: ["SOURCE_DATE_EPOCH": "1748736000"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("as of 2025-06-01"))
        let json = try String(contentsOf: site.folder.appendingPathComponent("public/data/partnership.json"), encoding: .utf8)
        #expect(json.contains("\"as_of\":\"2025-06-01\""))
    }

    @Test func aFailedBuildExitsOneAndKeepsTheOutput() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(try runCivic(["build", "--site", site.folder.path, "--as-of", "2025-06-01"]).status == 0)
        let index = site.folder.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)
        try Data("---\nname: X\n".utf8).write(to: site.folder.appendingPathComponent("content/partners/x.md"))
        let run = try runCivic(["build", "--site", site.folder.path, "--as-of", "2025-06-01"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/partners/x.md:1:1: error: the front matter opened on line 1 is never closed"))
        #expect(try Data(contentsOf: index) == before)
    }
}
