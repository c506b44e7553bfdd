import Foundation
import Testing
@testable import Civic

/// Directory entries come packed by their real length; every name must be read whole and
/// nothing past an entry's end. `make asan` runs these under AddressSanitizer, which reports
/// a read past the C library's listing buffer (the crash of a build once in ~200).
@Suite struct DirectoryListingTests {
    /// A folder holding `count` files whose names run from 1 to 200 characters, so that the
    /// listing fills the C library's buffer many times over with entries of every length.
    static func folderWithVariedNames(count: Int) throws -> (folder: URL, names: Set<String>) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var names: Set<String> = []
        for index in 0..<count {
            let length = 1 + (index * 37) % 200
            let stem = String(index)
            let name = stem + String(repeating: "n", count: max(0, length - stem.count))
            names.insert(name)
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()))
        }
        return (folder, names)
    }

    @Test func everyNameOfALargeFolderIsReadWhole() throws {
        let (folder, names) = try Self.folderWithVariedNames(count: 3000)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let entries = try #require(DirectoryListing.entries(of: folder.path))
        #expect(Set(entries.map(\.name)) == names.union(["sub"]))
        #expect(entries.count == names.count + 1)
        #expect(entries.first { $0.name == "sub" }?.kind == UInt8(DT_DIR))
        #expect(entries.filter { $0.name != "sub" }.allSatisfy { $0.kind == UInt8(DT_REG) })
        #expect(DirectoryListing.entries(of: folder.appendingPathComponent("missing").path) == nil)
    }

    @Test func theOutputScanReadsEveryName() throws {
        let (folder, names) = try Self.folderWithVariedNames(count: 3000)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(OutputTree.scan(folder.path).files == names)
    }

    /// Folders within folders, a link and an entry skipped at the top: the scan on every core
    /// finds what the scan on one core finds, and removes the link either way.
    @Test func theOutputScanIsTheSameOnEveryCore() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civic-scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func make() throws {
            try? FileManager.default.removeItem(at: root)
            for page in 0..<40 {
                let folder = root.appendingPathComponent("stories/story-\(page)/\(page % 3 == 0 ? "deep/" : "")")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("index.html").path, contents: Data()))
            }
            #expect(FileManager.default.createFile(atPath: root.appendingPathComponent("feed.xml").path, contents: Data()))
            #expect(FileManager.default.createFile(atPath: root.appendingPathComponent(".kept").path, contents: Data()))
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("stories/story-7/away").path,
                                                       withDestinationPath: "/tmp")
        }
        try make()
        let one = OutputTree.scan(root.path, skipping: [".kept"], parallelFrom: .max)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("stories/story-7/away").path))
        try make()
        let every = OutputTree.scan(root.path, skipping: [".kept"], parallelFrom: 2)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("stories/story-7/away").path))
        #expect(every.files == one.files)
        #expect(every.folders == one.folders)
        #expect(one.files.count == 41)
        #expect(one.files.contains("stories/story-3/deep/index.html"))
        #expect(one.folders.count == 1 + 40 + 14)
        #expect(!one.files.contains(".kept"))
    }

    @Test func staleManifestsAreFoundAmongManyEntries() throws {
        let (folder, names) = try Self.folderWithVariedNames(count: 3000)
        defer { try? FileManager.default.removeItem(at: folder) }
        for inode in [11, 22] {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(".civic-manifest-public-\(inode)").path, contents: Data()))
        }
        WriteManifest.removeOthers(in: folder.path, name: "public", keep: [22])
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left == names.union([".civic-manifest-public-22"]))
    }
}
