import Foundation
import Testing
@testable import Civic

/// "Edit this page" and "Last updated": the edit address for each kind of host, the dates
/// read from a real git repository with dated commits, and what happens without git.
@Suite(.serialized) struct ProvenanceTests {
    @Test func editAddressesForEachHost() {
        let url = "https://example.org/town/site"
        func edit(_ host: SiteSettings.Repository.Host, folder: String = "", branch: String = "main") -> String {
            SiteSettings.Repository(editPattern: SiteSettings.Repository.editPattern(host: host, url: url), branch: branch, folder: folder)
                .editURL(for: "content/outcomes/clean-air.md")
        }
        #expect(edit(.github) == "https://example.org/town/site/edit/main/content/outcomes/clean-air.md")
        #expect(edit(.gitlab) == "https://example.org/town/site/-/edit/main/content/outcomes/clean-air.md")
        #expect(edit(.gitea) == "https://example.org/town/site/_edit/main/content/outcomes/clean-air.md")
        #expect(edit(.forgejo, folder: "sites/our town/", branch: "live") ==
                "https://example.org/town/site/_edit/live/sites/our%20town/content/outcomes/clean-air.md")
        #expect(SiteSettings.Repository.host(of: "https://github.com/town/site") == .github)
        #expect(SiteSettings.Repository.host(of: "https://GitLab.com/town/site") == .gitlab)
        #expect(SiteSettings.Repository.host(of: "https://codeberg.org/town/site") == .forgejo)
        #expect(SiteSettings.Repository.host(of: "https://git.example.org/town/site") == nil)
    }

    @Test func repositorySettingsAreValidated() throws {
        func errors(_ repository: String) throws -> [String] {
            let site = try TestSite(["content/site.yml": TestSite.base["content/site.yml"]! + "\n" + repository])
            defer { site.remove() }
            return site.messages()
        }
        #expect(try errors("repository:\n  url: https://git.example.org/town/site").first?
            .contains("civic cannot tell which web editor https://git.example.org/town/site has") == true)
        #expect(try errors("repository:\n  url: https://git.example.org/town/site\n  edit_url: https://git.example.org/edit")
            .contains { $0.contains("'edit_url' must be a web address with {path}") })
        #expect(try errors("repository:\n  url: https://github.com/town/site\n  folder: ../elsewhere").first?
            .contains("'folder' must be a path inside the repository") == true)
        #expect(try errors("repository:\n  url: https://github.com/town/site\n  host: bitbucket").first?
            .contains("bitbucket") == true)
        #expect(try errors("repository:\n  url: https://git.example.org/town/site\n  host: gitea\n  branch: live").isEmpty)
    }

    @Test func gitLogOutputIsReadNewestFirstOrNot() {
        let output = "\u{01}1741131000\0\ncontent/a.md\0content/b c.md\0\0\u{01}1735812000\0\ncontent/a.md\0\0\u{01}1800000000\0\ncontent/old.md\0"
        let history = SourceHistory.parse(output)
        #expect(history.lastCommitted == ["content/a.md": 1741131000, "content/b c.md": 1741131000, "content/old.md": 1800000000])
    }

    @Test func aDayIsTheSiteTimeZones() {
        // 2025-03-05 02:00 UTC is still the 4th in Bogotá and already the 5th in London.
        #expect(Day(secondsSince1970: 1741140000, timezone: "America/Bogota").description == "2025-03-04")
        #expect(Day(secondsSince1970: 1741140000, timezone: "Europe/London").description == "2025-03-05")
        #expect(Day(secondsSince1970: -1, timezone: "UTC").description == "1969-12-31")
    }

    /// A fixture site made into a git repository with dated commits: each page says the day
    /// its own files last changed, in the site's time zone; an uncommitted file has no date.
    @Test func pagesSayWhenTheirFilesLastChangedInGit() throws {
        let siteYML = TestSite.base["content/site.yml"]! + """

        timezone: America/Bogota
        repository:
          url: https://github.com/testville/partnership
          branch: live
          folder: site
        """
        let outcome = TestSite.base["content/outcomes/clean-air.md"]!
            .replacingOccurrences(of: "    data:\n      - {date: 2020, value: 40}\n      - {date: 2024, value: 30}", with: "    data: data/no2.csv")
        let site = try TestSite(["content/site.yml": siteYML, "content/outcomes/clean-air.md": outcome,
                                 "content/data/no2.csv": "date,value\n2020,40\n2024,30\n"])
        defer { site.remove() }
        let repository = site.folder.deletingLastPathComponent().appendingPathComponent("civic-repo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        let folder = repository.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: site.folder, to: folder)

        try git(["init", "-q", "-b", "live"], in: repository)
        try git(["add", "."], in: repository)
        try git(["commit", "-q", "-m", "The partnership"], in: repository, date: "2025-01-10T12:00:00Z")
        // The figures change later, and late in the evening in Bogotá: already the next day in UTC.
        try Data("date,value\n2020,40\n2024,30\n2025,28\n".utf8).write(to: folder.appendingPathComponent("content/data/no2.csv"))
        try git(["commit", "-q", "-am", "New figures"], in: repository, date: "2025-03-05T02:00:00Z")
        // A partner added but not committed.
        try Data("---\nname: Newcomers\nkind: voluntary\n---\n".utf8).write(to: folder.appendingPathComponent("content/partners/newcomers.md"))

        let (history, note) = SourceHistory.read(siteFolder: folder)
        #expect(note == nil)
        #expect(history.lastCommitted["content/partners/council.md"] == 1736510400)
        let build = SiteBuilder.build(siteFolder: folder, asOf: Day.parse("2025-06-01")!, history: history)
        #expect(!build.diagnostics.hasErrors)

        let outcomePage = try #require(build.text("outcomes/clean-air/index.html"))
        #expect(outcomePage.contains("Last updated: <time datetime=\"2025-03-04\">4 March 2025</time>"))
        #expect(outcomePage.contains("<a href=\"https://github.com/testville/partnership/edit/live/site/content/outcomes/clean-air.md\">Edit this page</a>"))
        let partnerPage = try #require(build.text("partners/council/index.html"))
        #expect(partnerPage.contains("<time datetime=\"2025-01-10\">10 January 2025</time>"))
        let newcomer = try #require(build.text("partners/newcomers/index.html"))
        #expect(newcomer.contains("Edit this page"))
        #expect(!newcomer.contains("Last updated"))
        // Index pages are made from many files: neither link nor date.
        #expect(build.text("partners/index.html")?.contains("page-source") == false)

        let data = try #require(build.text("data/partnership.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let outcomes = try #require(json["outcomes"] as? [[String: Any]])
        #expect(outcomes.first?["last_updated"] as? String == "2025-03-04")
        #expect(outcomes.first?["edit_url"] as? String == "https://github.com/testville/partnership/edit/live/site/content/outcomes/clean-air.md")
        let partners = try #require(json["partners"] as? [[String: Any]])
        #expect(partners.first { $0["id"] as? String == "newcomers" }?["last_updated"] == nil)

        // The same commit gives the same bytes.
        let again = SiteBuilder.build(siteFolder: folder, asOf: Day.parse("2025-06-01")!, history: SourceHistory.read(siteFolder: folder).history)
        #expect(again.files.map(\.contents.hashValueForTests) == build.files.map(\.contents.hashValueForTests))

        // A shallow clone cannot date its files: no dates, and a note that says why.
        let shallow = repository.deletingLastPathComponent().appendingPathComponent("civic-shallow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: shallow) }
        try git(["clone", "-q", "--depth", "1", "file://" + repository.path, shallow.path], in: repository)
        let cloned = SourceHistory.read(siteFolder: shallow.appendingPathComponent("site"))
        #expect(cloned.history.lastCommitted.isEmpty)
        #expect(cloned.note?.contains("shallow clone") == true)
    }

    @Test func aSiteOutsideGitHasNoDatesAndNoNote() throws {
        let site = try TestSite()
        defer { site.remove() }
        let (history, note) = SourceHistory.read(siteFolder: site.folder)
        #expect(history.lastCommitted.isEmpty)
        #expect(note == nil)
        #expect(site.build().text("partners/council/index.html")?.contains("page-source") == false)
    }

    private func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }
}

extension OutputFile.Contents {
    /// The bytes of made contents, to compare two builds.
    var hashValueForTests: [UInt8] {
        if case .bytes(let bytes) = self { return Array(bytes) }
        return []
    }
}
