import Foundation
import Testing
@testable import Civic

/// The writer stages into the site the last swap replaced and rewrites only what changed.
@Suite struct SiteWriterTests {
    static func inode(_ path: String) -> UInt64? {
        var status = stat()
        return lstat(path, &status) == 0 ? UInt64(status.st_ino) : nil
    }

    static func files(_ pairs: [(String, String)]) -> [OutputFile] {
        pairs.map { OutputFile.text($0.0, $0.1) }
    }

    @Test func aRebuildWritesOnlyWhatChangedAndRemovesWhatIsGone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let previous = folder.appendingPathComponent(".civic-previous-public")
        let first = Self.files([("index.html", "home"), ("a/index.html", "A"), ("b/index.html", "B"), ("b/c/index.html", "C")])

        // First build: nothing to reuse. Second: the first is kept aside as the previous site.
        #expect(try SiteWriter.write(first, to: output) == .init(written: 4, unchanged: 0))
        let firstInode = try #require(Self.inode(output.appendingPathComponent("a/index.html").path))
        #expect(try SiteWriter.write(first, to: output) == .init(written: 4, unchanged: 0))
        #expect(Self.inode(previous.appendingPathComponent("a/index.html").path) == firstInode)

        // Third: staged into the first build's folder; one page changes, one folder goes,
        // a file becomes a folder and a folder becomes a file.
        let third = Self.files([("index.html", "home, changed"), ("a/index.html", "A"), ("b", "now a file"),
                                ("feed.xml/index.html", "now a folder"), ("new/index.html", "N")])
        try Data("x".utf8).write(to: previous.appendingPathComponent("feed.xml"))
        let summary = try SiteWriter.write(third, to: output)
        #expect(summary == .init(written: 4, unchanged: 1))
        #expect(Self.inode(output.appendingPathComponent("a/index.html").path) == firstInode)
        #expect(listFiles(output) == ["a/index.html", "b", "feed.xml/index.html", "index.html", "new/index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "home, changed")
        #expect(try String(contentsOf: output.appendingPathComponent("b"), encoding: .utf8) == "now a file")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".civic-previous-public", "public"])
    }

    @Test func linksInThePreviousSiteAreRemovedNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let previous = folder.appendingPathComponent(".civic-previous-public")
        let outside = folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: outside.appendingPathComponent("index.html"))
        let site = Self.files([("index.html", "home"), ("a/index.html", "A")])
        try SiteWriter.write(site, to: output)
        try SiteWriter.write(site, to: output)

        // Someone replaced a file and a folder of the kept site with links to elsewhere.
        try FileManager.default.removeItem(at: previous.appendingPathComponent("index.html"))
        try FileManager.default.createSymbolicLink(at: previous.appendingPathComponent("index.html"),
                                                   withDestinationURL: outside.appendingPathComponent("index.html"))
        try FileManager.default.removeItem(at: previous.appendingPathComponent("a"))
        try FileManager.default.createSymbolicLink(at: previous.appendingPathComponent("a"), withDestinationURL: outside)
        try SiteWriter.write(site, to: output)

        #expect(try String(contentsOf: outside.appendingPathComponent("index.html"), encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "home")
        #expect(try String(contentsOf: output.appendingPathComponent("a/index.html"), encoding: .utf8) == "A")
        var status = stat()
        #expect(lstat(output.appendingPathComponent("a").path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR)
    }

    @Test func copiedMediaIsComparedByItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let source = folder.appendingPathComponent("photo.jpg")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(repeating: 7, count: 3 << 20).write(to: source)
        let site = [OutputFile(path: "media/photo.jpg", contents: .copy(source.path))]
        try SiteWriter.write(site, to: output)
        try SiteWriter.write(site, to: output)
        #expect(try SiteWriter.write(site, to: output) == .init(written: 0, unchanged: 1))
        // Same size, one byte different near the end: copied again.
        var changed = Data(repeating: 7, count: 3 << 20)
        changed[(3 << 20) - 5] = 8
        try changed.write(to: source)
        #expect(try SiteWriter.write(site, to: output) == .init(written: 1, unchanged: 0))
        #expect(try Data(contentsOf: output.appendingPathComponent("media/photo.jpg")) == changed)
    }
}
