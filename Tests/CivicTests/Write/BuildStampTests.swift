import Foundation
import Testing
@testable import Civic

/// A build with nothing changed stops after a look (`BuildStamp`), and only then.
@Suite struct BuildStampTests {
    /// A site whose files were last modified an hour ago, so that their times can be trusted.
    static func settledSite(_ files: [String: String?] = [:]) throws -> TestSite {
        let site = try TestSite(files)
        try backdate(site.folder.path)
        return site
    }

    /// Sets the modification time of every file under `folder` an hour back.
    static func backdate(_ folder: String) throws {
        let hourAgo = timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var times = [hourAgo, hourAgo]
            #expect(utimensat(AT_FDCWD, folder + "/" + relative, &times, AT_SYMLINK_NOFOLLOW) == 0)
        }
    }

    struct Built {
        var diagnostics: [Diagnostic]
        var nothingChanged: Bool
    }

    static func build(_ site: TestSite, asOf: String = "2025-06-01", history: SourceHistory = .none) throws -> Built {
        let output = site.folder.appendingPathComponent("public").path
        let progress = BuildProgress()
        let diagnostics = SiteBuilder.build(siteFolder: site.folder, output: try OutputFolder.inspect(output, siteFolder: site.folder.path),
                                            asOf: Day.parse(asOf)!, history: history, progress: progress)
        return Built(diagnostics: diagnostics.items, nothingChanged: progress.finished?.nothingChanged ?? false)
    }

    static func read(_ site: TestSite, _ path: String) -> String? {
        try? String(contentsOf: site.folder.appendingPathComponent("public/" + path), encoding: .utf8)
    }

    @Test func aSecondBuildWithNothingChangedMakesNothingAndSaysTheSame() throws {
        let site = try Self.settledSite(["content/notes.txt": "not content"])
        defer { site.remove() }
        let first = try Self.build(site)
        #expect(!first.nothingChanged)
        #expect(first.diagnostics.contains { $0.message.contains("'notes.txt' is not part of the content model") })
        let page = Self.read(site, "outcomes/clean-air/index.html")
        let second = try Self.build(site)
        #expect(second.nothingChanged)
        #expect(second.diagnostics == first.diagnostics)
        #expect(Self.read(site, "outcomes/clean-air/index.html") == page)
        #expect(try Self.build(site).nothingChanged)
    }

    @Test func anEditThatKeepsTheSizeAndTheModificationTimeIsStillBuilt() throws {
        let site = try Self.settledSite()
        defer { site.remove() }
        _ = try Self.build(site)
        let path = site.folder.appendingPathComponent("content/outcomes/clean-air.md").path
        var before = stat()
        #expect(stat(path, &before) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Body of the outcome.", with: "Body of THE outcome.").utf8)
            .write(to: URL(fileURLWithPath: path))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let built = try Self.build(site)
        #expect(!built.nothingChanged)
        #expect(Self.read(site, "outcomes/clean-air/index.html")?.contains("Body of THE outcome.") == true)
    }

    @Test func anOutputChangedSinceTheBuildIsMadeAgain() throws {
        let site = try Self.settledSite()
        defer { site.remove() }
        _ = try Self.build(site)
        let page = site.folder.appendingPathComponent("public/index.html")
        let original = try Data(contentsOf: page)
        try Data("<p>changed</p>".utf8).write(to: page)
        #expect(try !Self.build(site).nothingChanged)
        #expect(try Data(contentsOf: page) == original)
        #expect(try Self.build(site).nothingChanged)

        // A folder the build did not make.
        try FileManager.default.createDirectory(at: site.folder.appendingPathComponent("public/extra"), withIntermediateDirectories: false)
        #expect(try !Self.build(site).nothingChanged)
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("public/extra").path))
        #expect(try Self.build(site).nothingChanged)

        // A file gone.
        try FileManager.default.removeItem(at: page)
        #expect(try !Self.build(site).nothingChanged)
        #expect(try Data(contentsOf: page) == original)
    }

    /// The output looked at on every core (as a folder of thousands of pages is) answers as
    /// the look on one core does, whatever was changed in it; so does the walk that finds
    /// files civic did not write.
    @Test func theLookOnEveryCoreAnswersAsTheLookOnOne() throws {
        let site = try Self.settledSite()
        defer { site.remove() }
        _ = try Self.build(site)
        let output = site.folder.appendingPathComponent("public").path
        let stamp = try #require(BuildStamp.read(from: BuildStamp.path(forOutput: output)))
        let mark = try #require(OutputMark.read(in: output))
        func look(_ expected: Bool, foreign: [String] = [], _ note: String) {
            #expect(stamp.describes(output: output, parallelFrom: 2) == expected, "\(note), on every core")
            #expect(stamp.describes(output: output, parallelFrom: .max) == expected, "\(note), on one core")
            #expect(OutputFolder.foreignFiles(in: output, mark: mark, parallelFrom: 2) == foreign, "\(note), on every core")
            #expect(OutputFolder.foreignFiles(in: output, mark: mark, parallelFrom: .max) == foreign, "\(note), on one core")
        }
        look(true, "as built")
        let page = output + "/outcomes/clean-air/index.html"
        let original = try Data(contentsOf: URL(fileURLWithPath: page))
        try Data("<p>changed</p>".utf8).write(to: URL(fileURLWithPath: page))
        look(false, "a page changed")
        try FileManager.default.removeItem(atPath: page)
        look(false, "a page gone")
        try original.write(to: URL(fileURLWithPath: page))
        try Data("x".utf8).write(to: URL(fileURLWithPath: output + "/outcomes/clean-air/notes.txt"))
        look(false, foreign: ["outcomes/clean-air/notes.txt"], "a file added deep in a folder")
        try FileManager.default.removeItem(atPath: output + "/outcomes/clean-air/notes.txt")
        try FileManager.default.createDirectory(atPath: output + "/outcomes/extra", withIntermediateDirectories: false)
        look(false, "a folder added")
    }

    @Test func anotherDayOrOtherDatesFromGitAreAnotherBuild() throws {
        let site = try Self.settledSite()
        defer { site.remove() }
        _ = try Self.build(site)
        #expect(try Self.build(site).nothingChanged)
        #expect(try !Self.build(site, asOf: "2025-06-02").nothingChanged)
        #expect(try Self.build(site, asOf: "2025-06-02").nothingChanged)
        let history = SourceHistory(lastCommitted: ["content/outcomes/clean-air.md": 1_700_000_000])
        #expect(try !Self.build(site, asOf: "2025-06-02", history: history).nothingChanged)
        #expect(Self.read(site, "outcomes/clean-air/index.html")?.contains("2023") == true)
        #expect(try Self.build(site, asOf: "2025-06-02", history: history).nothingChanged)
    }

    @Test func inputsModifiedJustNowKeepNoStamp() throws {
        let site = try TestSite()
        defer { site.remove() }
        _ = try Self.build(site)
        let stamp = BuildStamp.path(forOutput: site.folder.appendingPathComponent("public").path)
        #expect(!FileManager.default.fileExists(atPath: stamp))
        #expect(try !Self.build(site).nothingChanged)
    }

    @Test func aStampThatCannotBeReadIsIgnored() throws {
        let site = try Self.settledSite()
        defer { site.remove() }
        _ = try Self.build(site)
        let stamp = BuildStamp.path(forOutput: site.folder.appendingPathComponent("public").path)
        let saved = try Data(contentsOf: URL(fileURLWithPath: stamp))
        #expect(BuildStamp.read(from: stamp) != nil)
        for cut in [0, 20, saved.count / 2, saved.count - 1] {
            try saved.prefix(cut).write(to: URL(fileURLWithPath: stamp))
            #expect(BuildStamp.read(from: stamp) == nil)
        }
        #expect(try !Self.build(site).nothingChanged)
        #expect(try Self.build(site).nothingChanged)
    }

    @Test func aStampSaysBackWhatItWasGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-stamp-\(UUID().uuidString)").path
        defer { unlink(folder) }
        let stamp = BuildStamp(inputs: ContentHash(text: "inputs"), folder: 42, siteFiles: 3, pages: 2,
                               diagnostics: [.warning(SourceLocation(path: "content/a b.md", line: 3, column: 7), "a \"quoted\"\nline",
                                                      hint: "do\tthis"),
                                             .warning(SourceLocation(path: "content/x.md"), "no hint")],
                               outputs: ["index.html": .init(inode: 9, size: 10, changed: 11),
                                         "odd\nname/a\\b.html": .init(inode: 1, size: 2, changed: 3)])
        stamp.write(to: folder)
        #expect(BuildStamp.read(from: folder) == stamp)
    }
}
