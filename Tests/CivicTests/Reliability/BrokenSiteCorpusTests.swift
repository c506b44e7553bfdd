import Foundation
import Testing
@testable import Civic

/// The broken sites under Fixtures/broken (made by scripts/make-broken-fixtures.py): each
/// has one defect, and `civic check` and `civic build` must exit 1 with exactly the
/// expected errors, and leave the previous output untouched.
@Suite(.serialized) struct BrokenSiteCorpusTests {
    static let root = fixtures.appendingPathComponent("broken")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theCorpusHasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func checkReportsExactlyTheDefect(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let expectedText = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        var lines = expectedText.split(separator: "\n").map(String.init)
        let status = Int32(lines.removeFirst().dropFirst("exit ".count))!
        let outside = folder.appendingPathComponent("outside.md").resolvingSymlinksInPath().path
        let expected = lines.map { $0.replacingOccurrences(of: "{outside}", with: outside) }

        let check = try runCivic(["check", "--site", folder.appendingPathComponent("site").path, "--as-of", "2025-06-01"])
        #expect(check.status == status)
        let errors = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            .map { $0.replacingOccurrences(of: ": error: ", with: ": ") }
        #expect(errors == expected)

        // The same through a build: exit 1, and an existing output (civic's, by its mark)
        // stays exactly as it was.
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("civic-broken-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data(OutputMark(files: ["index.html"]).bytes).write(to: output.appendingPathComponent(OutputMark.fileName))
        let build = try runCivic(["build", "--site", folder.appendingPathComponent("site").path, "--output", output.path,
                                  "--as-of", "2025-06-01"])
        #expect(build.status == status)
        #expect(listFiles(output) == [OutputMark.fileName, "index.html"])
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == Data("previous".utf8))
    }

    @Test func aHugeFileIsRefusedWithoutReadingIt() throws {
        let site = try TestSite()
        defer { site.remove() }
        let huge = site.folder.appendingPathComponent("content/media/huge.bin")
        try FileManager.default.createDirectory(at: huge.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        #expect(site.messages() == ["content/media/huge.bin: the file is 200 MiB, more than the limit of 100 MiB"])
    }
}
