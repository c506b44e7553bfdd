import Foundation
import Testing
@testable import Civic

/// civic replaces only what it made, through the command line as a user runs it: anything
/// else at the output is refused with exit 2 and left exactly as it was.
@Suite(.serialized) struct OutputSafetyTests {
    /// Every file under `folder` (hidden ones too) with its bytes; links are not followed.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let path = enumerator.nextObject() as? String {
            var status = stat()
            let full = folder.appendingPathComponent(path).path
            guard lstat(full, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFREG { result[path] = FileManager.default.contents(atPath: full) }
            if status.st_mode & S_IFMT == S_IFLNK { result[path] = Data(("link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "")).utf8) }
        }
        return result
    }

    static func build(_ site: TestSite, output: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try runCivic(["build", "--site", site.folder.path, "--output", output, "--as-of", "2025-06-01"])
    }

    @Test func aFolderOfSomebodyElsesFilesIsRefusedAndKept() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("mine")
        try site.write("mine/notes.txt", bytes: Array("my notes".utf8))
        try site.write("mine/photos/cat.jpg", bytes: [1, 2, 3])
        let before = Self.snapshot(output)
        for _ in 0..<2 {
            let run = try Self.build(site, output: output.path)
            #expect(run.status == 2)
            #expect(run.stderr.contains("already holds files that civic did not make (notes.txt, photos)"), "\(run.stderr)")
        }
        #expect(Self.snapshot(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".civic-") }.filter { !$0.hasPrefix(".civic-lock-") } == [])
    }

    @Test func aFileAddedToACivicOutputStopsTheNextBuild() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("public")
        #expect(try Self.build(site, output: output.path).status == 0)
        try site.write("public/google1234.html", bytes: Array("verification".utf8))
        let before = Self.snapshot(output)
        let run = try Self.build(site, output: output.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("holds 1 file that civic did not make (google1234.html)"), "\(run.stderr)")
        #expect(Self.snapshot(output) == before)
    }

    @Test func theSiteFolderAndWhatHoldsItAreRefused() throws {
        let site = try TestSite()
        defer { site.remove() }
        let before = Self.snapshot(site.folder)
        let cases: [(String, String)] = [
            (site.folder.path, "is the site folder itself"),
            (site.folder.path + "/.", "is the site folder itself"),
            (site.folder.path + "/..", "contains the site folder"),
            ("/", "contains the site folder"),
            (site.folder.path + "/content/out", "inside the site's content/ folder"),
            (site.folder.path + "/templates", "inside the site's templates/ folder"),
            ("", "the output path is empty"),
            ("  ", "the output path is empty"),
        ]
        for (output, message) in cases {
            let run = try Self.build(site, output: output)
            #expect(run.status == 2, "\(output)")
            #expect(run.stderr.contains(message), "\(output): \(run.stderr)")
        }
        // Reached through a link to the site folder, too.
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("civic-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: site.folder.path)
        defer { try? FileManager.default.removeItem(at: link) }
        let run = try Self.build(site, output: link.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is the site folder itself"), "\(run.stderr)")
        #expect(Self.snapshot(site.folder) == before)
    }

    @Test func aRegularFileIsRefusedAndKept() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("site.zip", bytes: [9, 9, 9])
        let run = try Self.build(site, output: site.folder.appendingPathComponent("site.zip").path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a file"), "\(run.stderr)")
        #expect(FileManager.default.contents(atPath: site.folder.appendingPathComponent("site.zip").path) == Data([9, 9, 9]))
    }

    @Test func aGitCheckoutAndItsCNAMEAreKeptAcrossBuilds() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("gh-pages")
        #expect(try Self.build(site, output: output.path).status == 0)
        try site.write("gh-pages/.git/config", bytes: Array("[core]\n".utf8))
        try site.write("gh-pages/.git/objects/ab/cdef", bytes: [0, 1, 2])
        try site.write("gh-pages/CNAME", bytes: Array("partnership.example.org\n".utf8))
        for round in 0..<3 {
            try site.write("content/pages/round.md", bytes: Array("---\ntitle: Round \(round)\n---\nText.\n".utf8))
            let run = try Self.build(site, output: output.path)
            #expect(run.status == 0, "\(run.stderr)")
            let files = Self.snapshot(output)
            #expect(files[".git/config"] == Data("[core]\n".utf8))
            #expect(files[".git/objects/ab/cdef"] == Data([0, 1, 2]))
            #expect(files["CNAME"] == Data("partnership.example.org\n".utf8))
            #expect(String(decoding: files["round/index.html"] ?? Data(), as: UTF8.self).contains("Round \(round)"))
        }
        let previous = site.folder.appendingPathComponent(".civic-previous-gh-pages")
        #expect(!FileManager.default.fileExists(atPath: previous.appendingPathComponent(".git").path))
    }

    @Test func anOutputThatIsALinkIsWrittenThrough() throws {
        let site = try TestSite()
        defer { site.remove() }
        let web = FileManager.default.temporaryDirectory.appendingPathComponent("civic-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: web) }
        try FileManager.default.createDirectory(at: web, withIntermediateDirectories: true)
        let target = web.appendingPathComponent("site")
        let link = site.folder.appendingPathComponent("public")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        for round in 0..<3 {
            try site.write("content/pages/round.md", bytes: Array("---\ntitle: Round \(round)\n---\nText.\n".utf8))
            let run = try Self.build(site, output: link.path)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
            let page = try String(contentsOf: target.appendingPathComponent("round/index.html"), encoding: .utf8)
            #expect(page.contains("Round \(round)"))
        }
    }

    @Test func aHardLinkedSnapshotKeepsItsBytes() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("public")
        let snapshot = site.folder.appendingPathComponent("snapshot")
        #expect(try Self.build(site, output: output.path).status == 0)
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-al", output.path, snapshot.path]
        try copy.run()
        copy.waitUntilExit()
        let before = Self.snapshot(snapshot)
        #expect(before["index.html"] != nil)
        // Every later build stages into the folder an earlier one published: none may change
        // those files in place.
        for round in 0..<3 {
            try site.write("content/site.yml", bytes: Array(TestSite.base["content/site.yml"]!.replacingOccurrences(of: "A partnership for tests.", with: "Round \(round).").utf8))
            #expect(try Self.build(site, output: output.path).status == 0)
        }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains("Round 2."))
        #expect(Self.snapshot(snapshot) == before)
    }

    @Test func aSecondBuildIntoTheSameOutputStopsWithoutTouchingTheFirst() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("public")
        #expect(try Self.build(site, output: output.path).status == 0)
        let before = Self.snapshot(output)
        // A build in progress: it holds the lock and has a staging folder.
        let staging = site.folder.appendingPathComponent(".civic-staging-public-99999-1")
        try site.write(".civic-staging-public-99999-1/index.html", bytes: [1])
        let descriptor = open(site.folder.appendingPathComponent(".civic-lock-public").path, O_RDWR)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let run = try Self.build(site, output: output.path)
        close(descriptor)
        #expect(run.status == 1)
        #expect(run.stderr.contains("another civic build is writing into"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: staging.appendingPathComponent("index.html").path))
        #expect(Self.snapshot(output) == before)
        // Once the first has finished, a build goes ahead (and clears the left staging folder).
        #expect(try Self.build(site, output: output.path).status == 0)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
    }

    /// A mount point cannot be renamed: its files are replaced one by one, stale ones removed,
    /// and the mount stays. Needs root to mount a tmpfs, as in CI.
    @Test(.enabled(if: getuid() == 0)) func aMountPointIsWrittenInPlace() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = site.folder.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(Self.shell("mount -t tmpfs civic-test '\(output.path)'") == 0)
        defer { _ = Self.shell("umount '\(output.path)'") }
        let inspected = try OutputFolder.inspect(output.path, siteFolder: site.folder.path)
        #expect(inspected.mode == .inPlace)
        try site.write("content/pages/gone.md", bytes: Array("---\ntitle: Soon gone\n---\n".utf8))
        #expect(try Self.build(site, output: output.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("gone/index.html").path))
        try site.write("public/CNAME", bytes: Array("example.org\n".utf8))
        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/pages/gone.md"))
        let run = try Self.build(site, output: output.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("gone").path))
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("CNAME").path) == Data("example.org\n".utf8))
        #expect(OutputMark.read(in: output.path)?.files.contains("index.html") == true)
        #expect(Self.shell("mountpoint -q '\(output.path)'") == 0)
        let leftovers = Self.snapshot(output).keys.filter { $0.contains(SiteWriter.newFilePrefix) }
        #expect(leftovers.isEmpty)
        // A broken link, found only when its page is made, replaces no file of the mount.
        let published = Self.snapshot(output)
        try site.write("content/pages/index.md", bytes: Array("---\ntitle: Home\n---\nA new welcome.\n".utf8))
        try site.write("content/pages/broken.md", bytes: Array("---\ntitle: Broken\n---\nSee [this](/nowhere/).\n".utf8))
        let failed = try Self.build(site, output: output.path)
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("content/pages/broken.md:4:5"), "\(failed.stderr)")
        #expect(Self.snapshot(output) == published)
    }

    @Test func mountPointsAreReadFromMountinfo() {
        let table = """
        22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/vda rw
        35 22 0:31 / /srv/web\\040site rw,relatime shared:2 - tmpfs tmpfs rw
        """
        #expect(OutputFolder.mountPoints(table) == ["/", "/srv/web site"])
    }

    @Test func pathsResolveThroughLinksAndDots() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("civic-resolve-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/real/inner", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: base + "/link", withDestinationPath: "real/inner")
        let real = OutputFolder.resolve(base)
        #expect(OutputFolder.resolve(base + "/link") == real + "/real/inner")
        #expect(OutputFolder.resolve(base + "/link/../x/./y") == real + "/real/x/y")
        #expect(OutputFolder.resolve(base + "/missing/public") == real + "/missing/public")
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
