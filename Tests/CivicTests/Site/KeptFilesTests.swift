import Foundation
import Testing
@testable import Civic

/// A build into an output after an edit to bodies alone keeps the files that read none of
/// them (`ReadRecord`, `KeptFiles`). Whatever an editor does, the output must be what a
/// build from nothing gives, byte for byte, with the same problems.
@Suite struct KeptFilesTests {
    /// A copy of the site at `source` (its `content/`) in a fresh folder.
    static func copy(of source: URL) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-kept-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
        return folder
    }

    /// What a build said, and how many files it kept without making them.
    struct Built {
        var diagnostics: [Diagnostic]
        var kept: Int
    }

    final class Heard: @unchecked Sendable {
        var stages: [String] = []
    }

    static func build(_ site: URL, into output: String, asOf: String) throws -> Built {
        let heard = Heard()
        let diagnostics = SiteBuilder.build(siteFolder: site, output: try OutputFolder.inspect(output, siteFolder: site.path),
                                            asOf: Day.parse(asOf)!, stageTimer: { stage, _ in heard.stages.append(stage) })
        let line = heard.stages.first { $0.hasPrefix("pages, templates and write") } ?? ""
        let kept = line.firstRange(of: " of them kept without being made").map { range in
            Int(line[..<range.lowerBound].split(separator: " ").last ?? "") ?? -1
        } ?? 0
        return Built(diagnostics: diagnostics.items, kept: kept)
    }

    /// Every file under `folder` with its bytes.
    static func tree(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in listFiles(URL(fileURLWithPath: folder)) {
            files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return files
    }

    /// Builds `site` into its output, and from nothing into a fresh folder, and compares them;
    /// when the content has errors, the output must be left as it was.
    static func expectSameAsFull(_ site: URL, asOf: String, _ what: String) throws -> Built {
        let output = site.appendingPathComponent("public").path
        let before = try tree(output)
        let built = try build(site, into: output, asOf: asOf)
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("civic-kept-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: fresh) }
        let full = try build(site, into: fresh.appendingPathComponent("public").path, asOf: asOf)
        #expect(full.kept == 0)
        #expect(DiagnosticList(built.diagnostics).sorted == DiagnosticList(full.diagnostics).sorted, "\(what)")
        let (mine, theirs) = (try tree(output), try tree(fresh.appendingPathComponent("public").path))
        if DiagnosticList(full.diagnostics).hasErrors {
            #expect(theirs.isEmpty && mine == before, "\(what)")
            return built
        }
        #expect(mine.keys.sorted() == theirs.keys.sorted(), "\(what)")
        for (path, bytes) in mine where theirs[path] != bytes {
            Issue.record("\(what): /\(path) differs from a build from nothing")
        }
        return built
    }

    /// The entry files of `content`, translations included.
    static func entryFiles(_ content: URL) -> [String] {
        EntryKind.allCases.flatMap { kind in
            ((try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(kind.rawValue).path)) ?? [])
                .filter { $0.hasSuffix(".md") }.sorted().map { "\(kind.rawValue)/\($0)" }
        }
    }

    /// Whether the entry file `text` has nothing but white space after its front matter.
    static func bodyIsBlank(_ text: String) -> Bool {
        guard let end = text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex) else { return true }
        return text[end.upperBound...].allSatisfy(\.isWhitespace)
    }

    static func isTranslation(_ path: String) -> Bool { path.split(separator: "/").last!.split(separator: ".").count == 3 }

    @Test(arguments: [("example", exampleAsOf), ("es-villaverde", "2025-06-01")])
    func randomEditsIntoAnOutputGiveABuildFromNothing(site name: String, asOf: String) throws {
        let source = name == "example" ? projectRoot : fixtures.appendingPathComponent("sites/\(name)")
        let site = try Self.copy(of: source)
        defer { try? FileManager.default.removeItem(at: site) }
        let content = site.appendingPathComponent("content")
        func read(_ path: String) throws -> String { try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8) }
        func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: content.appendingPathComponent(path)) }
        let first = try Self.expectSameAsFull(site, asOf: asOf, "first build")
        #expect(first.kept == 0)
        let files = Self.entryFiles(content)
        let original = try Dictionary(uniqueKeysWithValues: files.map { ($0, try read($0)) })
        var dice = IncrementalBuildTests.Dice(state: 17)
        var keptSteps = 0
        let kinds = ["body", "body", "translated body", "link", "front matter", "blank", "back", "body", "broken link", "back",
                     "first words", "back", "two bodies"]
        for (step, kind) in kinds.enumerated() {
            let translations = files.filter(Self.isTranslation)
            let blankness = try Dictionary(uniqueKeysWithValues: files.map { ($0, Self.bodyIsBlank(try read($0))) })
            let plain = files.filter { !Self.isTranslation($0) && blankness[$0] == false }
            let blank = files.filter { !Self.isTranslation($0) && blankness[$0] == true }
            var file = dice.pick(plain)
            var expectKept: Bool? = true
            switch kind {
            case "body":
                try write(file, try read(file) + "\nA sentence added at step \(step), with *emphasis*.\n")
            case "translated body":
                guard let translation = translations.first else { continue }
                file = translation
                // Validation reads a translation's body, so no file can be kept.
                expectKept = false
                try write(file, try read(file) + "\nA translated sentence at step \(step).\n")
            case "link":
                let target = dice.pick(plain).split(separator: "/")
                let url = target[0] == "pages" ? "/\(target[1].dropLast(3))/" : "/\(target[0])/\(target[1].dropLast(3))/"
                try write(file, try read(file) + "\nSee [the other entry](\(url)).\n")
            case "broken link":
                // The build fails, and leaves the output as it was.
                expectKept = nil
                try write(file, try read(file) + "\nSee [a page that is not there](/nowhere/).\n")
            case "front matter":
                expectKept = false
                let text = try read(file)
                try write(file, text.replacingOccurrences(of: "\n---", with: "\nextra_field_\(step): 1\n---", options: [],
                                                          range: text.range(of: "\n---")))
            case "blank":
                // A body emptied changes what the pages say of the entry beside its text.
                expectKept = false
                let text = try read(file)
                let end = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex))
                try write(file, String(text[..<end.upperBound]))
                #expect(Self.bodyIsBlank(try read(file)))
            case "first words":
                // A blank body given words changes what the pages say of the entry beside its text.
                guard let empty = blank.first else { continue }
                file = empty
                expectKept = false
                try write(file, try read(file) + "\nWords for a body that had none.\n")
            case "two bodies":
                let other = dice.pick(plain)
                try write(file, try read(file) + "\nOne of two edits at step \(step).\n")
                if other != file { try write(other, try read(other) + "\nThe other edit at step \(step).\n") }
            default:
                // Every body put back as it was: the edits before are undone.
                expectKept = nil
                for (path, text) in original { try write(path, text) }
            }
            let built = try Self.expectSameAsFull(site, asOf: asOf, "step \(step): \(kind) \(file)")
            if built.kept > 0 { keptSteps += 1 }
            switch expectKept {
            case true?: #expect(built.kept > 0, "step \(step): \(kind) \(file) kept nothing")
            case false?: #expect(built.kept == 0, "step \(step): \(kind) \(file) kept \(built.kept) files")
            case nil: break
            }
        }
        #expect(keptSteps >= 4)
    }

    /// A file changed in the output since the build that made it is made again, even when
    /// it read no body that changed.
    @Test func aFileChangedInTheOutputIsMadeAgain() throws {
        let site = try Self.copy(of: projectRoot)
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public").path
        _ = try Self.build(site, into: output, asOf: exampleAsOf)
        try Data("<p>changed by hand</p>".utf8).write(to: URL(fileURLWithPath: output + "/about/index.html"))
        let story = site.appendingPathComponent("content/celebrations/hundredth-tree.md")
        try Data((try String(contentsOf: story, encoding: .utf8) + "\nOne more line.\n").utf8).write(to: story)
        let built = try Self.expectSameAsFull(site, asOf: exampleAsOf, "after a page was changed by hand")
        #expect(built.kept > 0)
        #expect(try String(contentsOfFile: output + "/about/index.html", encoding: .utf8).contains("<html"))
    }

    /// A record that cannot be read whole, or that describes another folder, is not used.
    @Test func aDamagedRecordKeepsNothing() throws {
        let site = try Self.copy(of: projectRoot)
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public").path
        _ = try Self.build(site, into: output, asOf: exampleAsOf)
        let recordPath = ReadRecord.path(forOutput: output)
        let record = try #require(ReadRecord.read(from: recordPath))
        #expect(ReadRecord.read(from: recordPath + "-missing") == nil)
        // Read back as it was written.
        #expect(record.bytes == (try [UInt8](Data(contentsOf: URL(fileURLWithPath: recordPath)))))
        #expect(record.files["about/index.html"] != nil && record.shape.bodies["content/pages/about.md"] != nil)
        let story = site.appendingPathComponent("content/celebrations/hundredth-tree.md")
        for (step, damage) in ["cut", "other folder"].enumerated() {
            let current = try #require(ReadRecord.read(from: recordPath))
            var bytes = current.bytes
            if damage == "cut" {
                bytes.removeLast(bytes.count / 3)
            } else {
                var other = current
                other.folder += 1
                bytes = other.bytes
            }
            try Data(bytes).write(to: URL(fileURLWithPath: recordPath))
            try Data((try String(contentsOf: story, encoding: .utf8) + "\nLine \(step).\n").utf8).write(to: story)
            let built = try Self.expectSameAsFull(site, asOf: exampleAsOf, damage)
            #expect(built.kept == 0, "\(damage)")
        }
    }
}
