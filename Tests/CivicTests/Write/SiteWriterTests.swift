import Foundation
import Synchronization
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
        #expect(listFiles(output) == [OutputMark.fileName, "a/index.html", "b", "feed.xml/index.html", "index.html", "new/index.html"])
        #expect(OutputMark.read(in: output.path)?.files.sorted() == ["a/index.html", "b", "feed.xml/index.html", "index.html", "new/index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "home, changed")
        #expect(try String(contentsOf: output.appendingPathComponent("b"), encoding: .utf8) == "now a file")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let manifests = try [output, previous].map { ".civic-manifest-public-\(try #require(Self.inode($0.path)))" }.sorted()
        #expect(left == [".civic-lock-public"] + manifests + [".civic-previous-public", "public"])
    }

    /// A page the manifest describes is known unchanged without reading it; a page changed
    /// behind the writer's back, even with its size and modification time put back, is not
    /// trusted and gets the right bytes again.
    @Test func theManifestIsTrustedOnlyForTheFileItDescribes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let previous = folder.appendingPathComponent(".civic-previous-public")
        let site = Self.files([("index.html", "home"), ("a/index.html", "page A"), ("b/index.html", "page B")])
        try SiteWriter.write(site, to: output)
        try SiteWriter.write(site, to: output)
        let manifestPath = WriteManifest.path(parent: folder.path, name: "public", inode: try #require(Self.inode(previous.path)))
        #expect(WriteManifest.read(manifestPath).entries.keys.sorted() == ["a/index.html", "b/index.html", "index.html"])

        // Someone edits a page of the kept site: same size, and its modification time set back.
        let edited = previous.appendingPathComponent("a/index.html").path
        var before = stat()
        #expect(lstat(edited, &before) == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: edited))
        try handle.write(contentsOf: Data("page Z".utf8))
        try handle.close()
        #expect(Self.inode(edited) == UInt64(before.st_ino))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, edited, &times, 0) == 0)
        // A line of the manifest that cannot be read stands for nothing.
        let text = try String(contentsOfFile: manifestPath, encoding: .utf8)
        try (text.replacingOccurrences(of: " b/index.html", with: " b/index.html\nnot a line")).write(toFile: manifestPath, atomically: true, encoding: .utf8)

        #expect(try SiteWriter.write(site, to: output) == .init(written: 1, unchanged: 2))
        #expect(try String(contentsOf: output.appendingPathComponent("a/index.html"), encoding: .utf8) == "page A")

        // With no manifest at all, the bytes are compared, and nothing needs writing.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix(".civic-manifest-") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        #expect(try SiteWriter.write(site, to: output) == .init(written: 0, unchanged: 3))
    }

    /// A stream (a file too large to hold) is written as it is made, and made once per
    /// build; a rebuild finds it unchanged by its fingerprint, or with no manifest by
    /// comparing bytes, keeps the very file, and writes it again when one byte differs.
    @Test func aStreamIsWrittenAndKeptWhenUnchanged() throws {
        final class Count: Sendable { let made = Mutex(0) }
        let count = Count()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let previous = folder.appendingPathComponent(".civic-previous-public")
        func write(_ files: [PlannedFile]) throws -> SiteWriter.Summary {
            count.made.withLock { $0 = 0 }
            defer { #expect(count.made.withLock { $0 } == 1, "the stream is made once") }
            return try SiteWriter.write(files, to: output)
        }
        func site(_ last: UInt8) -> [PlannedFile] {
            let stream = ByteStream { sink in
                count.made.withLock { $0 += 1 }
                for piece in 0..<40 { sink.write([UInt8](repeating: UInt8(piece), count: 5_000 + piece)) }
                sink.write(last)
            }
            return [PlannedFile(OutputFile.text("index.html", "home")), PlannedFile(OutputFile(path: "data/big.json", contents: .stream(stream)))]
        }
        let expected = (0..<40).flatMap { [UInt8](repeating: UInt8($0), count: 5_000 + $0) }
        #expect(try write(site(1)) == .init(written: 2, unchanged: 0))
        #expect(try write(site(1)) == .init(written: 2, unchanged: 0))
        #expect([UInt8](try Data(contentsOf: output.appendingPathComponent("data/big.json"))) == expected + [1])
        let kept = try #require(Self.inode(previous.appendingPathComponent("data/big.json").path))
        #expect(try write(site(1)) == .init(written: 0, unchanged: 2))
        #expect(Self.inode(output.appendingPathComponent("data/big.json").path) == kept)
        #expect(listFiles(output).filter { $0.contains(SiteWriter.newFilePrefix) } == [])
        // Changed in its last byte: written again.
        #expect(try write(site(2)) == .init(written: 1, unchanged: 1))
        #expect([UInt8](try Data(contentsOf: previous.appendingPathComponent("data/big.json"))) == expected + [1])
        #expect(try write(site(2)) == .init(written: 1, unchanged: 1))
        #expect([UInt8](try Data(contentsOf: output.appendingPathComponent("data/big.json"))) == expected + [2])
        // With no manifest, the bytes are compared: unchanged, and no file left beside it.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix(".civic-manifest-") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        #expect(try write(site(2)) == .init(written: 0, unchanged: 2))
        #expect(listFiles(output).filter { $0.contains(SiteWriter.newFilePrefix) } == [])
    }

    /// The fingerprint of a stream does not depend on where its pieces break.
    @Test func aStreamedFingerprintIgnoresWhereThePiecesBreak() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        func hash(_ cuts: [Int]) -> ContentHash {
            let hasher = ContentHash.Streaming()
            var start = 0
            for cut in cuts + [bytes.count] {
                hasher.add(Array(bytes[start..<cut]))
                start = cut
            }
            return hasher.finish()
        }
        let whole = hash([])
        #expect(hash([1, 2, 3, 11, 500, 999]) == whole)
        #expect(hash([7, 8, 16, 17, 600]) == whole)
        let shorter = ContentHash.Streaming()
        shorter.add(Array(bytes.dropLast()))
        #expect(shorter.finish() != whole)
        let withZero = ContentHash.Streaming()
        withZero.add(bytes + [0])
        #expect(withZero.finish() != whole)
    }

    @Test func contentHashesTellApartInputsThatDifferByOneBit() {
        var seen = Set<ContentHash>()
        var inputs = 0
        for length in 0..<80 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }
            seen.insert(ContentHash(base))
            inputs += 1
            for position in 0..<length {
                for bit in 0..<8 {
                    var flipped = base
                    flipped[position] ^= 1 << bit
                    seen.insert(ContentHash(flipped))
                    inputs += 1
                }
            }
        }
        #expect(seen.count == inputs)
        // The same bytes give the same hash, written and read back as text.
        let hash = ContentHash(Array("<p>same</p>".utf8))
        #expect(ContentHash(Substring(hash.description)) == hash)
        #expect(hash == ContentHash(Array("<p>same</p>".utf8)))
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
