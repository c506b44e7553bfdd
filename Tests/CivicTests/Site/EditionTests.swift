import Foundation
import Testing
@testable import Civic

/// Archived editions: a site listed with git tags builds each tag's content, as committed and
/// as of the tag's date, under /archive/TAG/, and never touches the work tree to do it.
@Suite struct EditionTests {
    /// Runs git in `folder` with a fixed author and, when given, a fixed date for commits and tags.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL, date: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
                             "-c", "tag.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        if let date { (environment["GIT_AUTHOR_DATE"], environment["GIT_COMMITTER_DATE"]) = (date, date) }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }

    static let benches = "---\ntitle: Put benches on the high street\nlead: council\noutcomes: clean-air\nstatus: planned\n---\n"

    /// A site with two tagged editions: the second moved a due date, changed a target and
    /// took a commitment away. The work tree then lists them in site.yml, uncommitted.
    func siteWithTwoEditions(editions: String = "[edition-a, edition-b]") throws -> TestSite {
        let site = try TestSite(["content/commitments/benches.md": Self.benches])
        let folder = site.folder
        try Self.git(["init", "-q"], in: folder)
        try Self.git(["add", "content"], in: folder)
        try Self.git(["commit", "-q", "-m", "First edition"], in: folder, date: "2024-12-31T10:00:00+00:00")
        try Self.git(["tag", "-a", "edition-a", "-m", "Published"], in: folder, date: "2024-12-31T10:00:00+00:00")
        let bus = folder.appendingPathComponent("content/commitments/bus-pass.md")
        try String(contentsOf: bus, encoding: .utf8).replacingOccurrences(of: "due: 2025-01-01", with: "due: 2025-06-30")
            .write(to: bus, atomically: true, encoding: .utf8)
        let outcome = folder.appendingPathComponent("content/outcomes/clean-air.md")
        try String(contentsOf: outcome, encoding: .utf8).replacingOccurrences(of: "target: {date: 2030, value: 20}", with: "target: {date: 2032, value: 25}")
            .write(to: outcome, atomically: true, encoding: .utf8)
        try Self.git(["rm", "-q", "content/commitments/benches.md"], in: folder)
        try Self.git(["commit", "-q", "-a", "-m", "Second edition"], in: folder, date: "2025-03-31T10:00:00+00:00")
        try Self.git(["tag", "edition-b"], in: folder)
        let settings = folder.appendingPathComponent("content/site.yml")
        try (String(contentsOf: settings, encoding: .utf8) + "\neditions: \(editions)\n").write(to: settings, atomically: true, encoding: .utf8)
        return site
    }

    @Test func eachTaggedEditionIsBuiltAsItWasWithABannerAndWhatChanged() throws {
        let site = try siteWithTwoEditions()
        defer { site.remove() }
        let result = site.build()
        #expect(!result.diagnostics.hasErrors, "\(DiagnosticReport.text(result.diagnostics.sorted))")

        // The first edition as committed and as of its tag's day, at its own address.
        let old = try #require(result.text("archive/edition-a/commitments/benches/index.html"))
        #expect(old.contains("This is the edition of this site published on 31 December 2024."))
        #expect(old.contains(#"<a href="/test/">See the current site</a>"#), "the page is gone now, so the link is to the current site")
        #expect(old.contains(#"<meta name="robots" content="noindex">"#))
        #expect(old.contains(#"<link rel="canonical" href="https://example.org/test/archive/edition-a/commitments/benches/">"#))
        #expect(old.contains("Figures as of 31 December 2024"))
        let oldBus = try #require(result.text("archive/edition-a/commitments/bus-pass/index.html"))
        #expect(oldBus.contains(#"datetime="2025-01-01""#) && oldBus.contains(#"<a href="/test/commitments/bus-pass/">See the current page</a>"#))
        #expect(!oldBus.contains("Edit this page"))
        #expect(result.paths.contains("archive/edition-a/assets/style.css") && result.paths.contains("archive/edition-a/data/partnership.json"))
        #expect(!result.paths.contains("archive/edition-a/sitemap.xml") && !result.paths.contains("archive/edition-a/robots.txt"))

        // What changed in the second edition.
        let changes = try #require(result.text("archive/edition-b/changes/index.html"))
        #expect(changes.contains(#"<h2><a href="/test/archive/edition-a/">What changed since the edition of 31 December 2024</a></h2>"#))
        #expect(changes.contains(#"<a href="/test/archive/edition-b/commitments/bus-pass/">Give free bus passes to carers</a></th><td>1 January 2025</td><td>30 June 2025</td>"#))
        #expect(changes.contains("<td>20 µg/m³ by 2030</td><td>25 µg/m³ by 2032</td>"))
        #expect(changes.contains(#"<li><a href="/test/archive/edition-a/commitments/benches/">Commitment: Put benches on the high street</a></li>"#))
        #expect(try #require(result.text("archive/edition-a/changes/index.html")).contains("This is the first edition"))

        // The current site links each page to its earlier editions, and lists the editions.
        let current = try #require(result.text("commitments/bus-pass/index.html"))
        #expect(current.contains(#"<li><a href="/test/archive/edition-a/commitments/bus-pass/">Edition of 31 December 2024</a></li><li><a href="/test/archive/edition-b/commitments/bus-pass/">Edition of 31 March 2025</a></li>"#))
        #expect(current.contains(#"<a href="/test/archive/">Earlier editions</a>"#))
        let index = try #require(result.text("archive/index.html"))
        let b = try #require(index.range(of: "/test/archive/edition-b/")), a = try #require(index.range(of: "/test/archive/edition-a/"))
        #expect(b.lowerBound < a.lowerBound, "newest first")
        #expect(index.contains("What changed since the edition of 31 March 2025"))
        let sitemap = try #require(result.text("sitemap.xml"))
        #expect(sitemap.contains("/test/archive/edition-b/changes/") && !sitemap.contains("/test/archive/edition-a/commitments/"),
                "what changed is the current site's; the editions' own pages are not in the sitemap")

        // Nothing was checked out: the work tree and the index are as they were.
        #expect(try Self.git(["status", "--porcelain"], in: site.folder) == " M content/site.yml\n")
    }

    @Test func thePreviewReadsEachEditionOnceAndLetsGoOfThoseNoLongerListed() throws {
        let site = try siteWithTwoEditions()
        defer { site.remove() }
        let cache = EditionCache()
        func page() throws -> String {
            let build = SiteBuilder.planBuild(siteFolder: site.folder, asOf: Day.parse("2025-06-01")!, caches: BuildCaches(editions: cache))
            let file = try #require(build.files.first { $0.path == "archive/edition-a/commitments/bus-pass/index.html" })
            guard case .bytes(let bytes) = file.make().contents else { return "" }
            return String(decoding: bytes, as: UTF8.self)
        }
        let first = try page()
        #expect(cache.count == 2)
        #expect(try page() == first && first.contains("published on 31 December 2024"), "the same page from the edition kept")
        let settings = site.folder.appendingPathComponent("content/site.yml")
        try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "[edition-a, edition-b]", with: "[edition-a]")
            .write(to: settings, atomically: true, encoding: .utf8)
        _ = try page()
        #expect(cache.count == 1)
    }

    @Test func aTagGitDoesNotHaveIsAnErrorAtItsLine() throws {
        let site = try siteWithTwoEditions(editions: "[edition-a, edition-c]")
        defer { site.remove() }
        let result = site.build()
        #expect(result.files.isEmpty)
        let error = try #require(result.diagnostics.items.first { $0.severity == .error })
        #expect(error.location.path == "content/site.yml" && error.location.line == 8 && error.location.column == 23)
        #expect(error.message == "there is no git tag 'edition-c'")
        #expect(error.hint?.contains("edition-a") == true)
    }

    @Test func editionsNeedGitAndTagsThatAreSafeNames() throws {
        let outside = try TestSite(["content/site.yml": TestSite.base["content/site.yml"]! + "\neditions: [edition-a]\n"])
        defer { outside.remove() }
        #expect(outside.messages().contains { $0.hasPrefix("content/site.yml:8:") && $0.contains("the site is not in a git repository, so it has no edition 'edition-a'") })
        let unsafe = try TestSite(["content/site.yml": TestSite.base["content/site.yml"]! + "\neditions: ['--output=x', 'a b', ok, ok]\n"])
        defer { unsafe.remove() }
        let messages = unsafe.messages()
        #expect(messages.contains("content/site.yml:8:12: '--output=x' cannot be an edition's tag here"))
        #expect(messages.contains("content/site.yml:8:26: 'a b' cannot be an edition's tag here"))
        #expect(messages.contains("content/site.yml:8:37: the edition 'ok' is listed twice"))
    }
}
