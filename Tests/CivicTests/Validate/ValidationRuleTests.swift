import Foundation
import Testing
@testable import Civic

/// One broken site per rule: the files that break it, and the exact error expected.
struct BrokenCase: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var expected: String
    var hint: String? = nil
    var testDescription: String { name }
}

let commitmentHead = "---\ntitle: Do it\nlead: council\noutcomes: clean-air\nstatus: planned\n"

let brokenCases: [BrokenCase] = [
    BrokenCase(name: "unknown outcome reference",
               files: ["content/commitments/c.md": commitmentHead.replacingOccurrences(of: "outcomes: clean-air", with: "outcomes: [clean-ar]") + "---\n"],
               expected: "content/commitments/c.md:4:12: unknown outcome 'clean-ar'", hint: "did you mean 'clean-air'?"),
    BrokenCase(name: "unknown partner reference",
               files: ["content/commitments/c.md": commitmentHead.replacingOccurrences(of: "lead: council", with: "lead: councl") + "---\n"],
               expected: "content/commitments/c.md:3:7: unknown partner 'councl'", hint: "did you mean 'council'?"),
    BrokenCase(name: "unknown area",
               files: ["content/commitments/c.md": commitmentHead + "area: south\n---\n"],
               expected: "content/commitments/c.md:6:7: unknown area 'south'"),
    BrokenCase(name: "unknown status",
               files: ["content/commitments/c.md": commitmentHead.replacingOccurrences(of: "status: planned", with: "status: in progress") + "---\n"],
               expected: "content/commitments/c.md:5:9: 'in progress' is not a valid status", hint: "did you mean 'in-progress'?"),
    BrokenCase(name: "missing required field",
               files: ["content/partners/p.md": "---\nkind: ngo\n---\n"],
               expected: "content/partners/p.md:2:1: a partner needs 'name'"),
    BrokenCase(name: "empty required text",
               files: ["content/partners/p.md": "---\nname: \"\"\nkind: ngo\n---\n"],
               expected: "content/partners/p.md:2:7: 'name' is empty"),
    BrokenCase(name: "impossible date",
               files: ["content/commitments/c.md": commitmentHead + "due: 2025-02-30\n---\n"],
               expected: "content/commitments/c.md:6:6: '2025-02-30' is not a date that exists"),
    BrokenCase(name: "front matter that is a list",
               files: ["content/partners/p.md": "---\n- a\n- b\n---\n"],
               expected: "content/partners/p.md:2:1: a partner must be a map of 'key: value' lines, but this is a list"),
    BrokenCase(name: "file name that is not an id",
               files: ["content/partners/Big Council.md": "---\nname: X\nkind: ngo\n---\n"],
               expected: "content/partners/Big Council.md: the file name 'Big Council.md' is not a valid id: it has capital letters"),
    BrokenCase(name: "duplicate YAML key",
               files: ["content/partners/p.md": "---\nname: A\nkind: ngo\nname: B\n---\n"],
               expected: "content/partners/p.md:2:1: duplicate key 'name' in the same map"),
    BrokenCase(name: "unknown pillar",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: enviroment\nsummary: S\n---\n"],
               expected: "content/outcomes/o.md:3:9: unknown pillar 'enviroment'", hint: "did you mean 'environment'?"),
    BrokenCase(name: "two headline points on the same date",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data:\n      - {date: 2024, value: 1}\n      - {date: 2024-01, value: 2}\n---\n"],
               expected: "content/outcomes/o.md:11:9: two data points fall on 2024-01-01 (the first is on line 10)"),
    BrokenCase(name: "non-numeric CSV value",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data: data/jobs.csv\n---\n",
                       "content/data/jobs.csv": "date,value\n2020,1\n2021,lots\n"],
               expected: "content/data/jobs.csv:3:2: 'lots' is not a number"),
    BrokenCase(name: "CSV row with too many fields",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data: data/jobs.csv\n---\n",
                       "content/data/jobs.csv": "date,value\n2020,1,000\n"],
               expected: "content/data/jobs.csv:2:1: this row has 3 fields but the header has 2"),
    BrokenCase(name: "missing CSV file",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data: data/job.csv\n---\n",
                       "content/data/jobs.csv": "date,value\n2020,1\n"],
               expected: "content/outcomes/o.md:9:11: 'data/job.csv' does not exist under content/", hint: "did you mean 'data/jobs.csv'?"),
    BrokenCase(name: "media path leaving content",
               files: ["content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\nimage: ../secret.png\nimage_alt: A\n---\n"],
               expected: "content/celebrations/c.md:4:8: 'image' must be a path inside content/ such as 'media/file', not '../secret.png'"),
    BrokenCase(name: "image without alt text",
               files: ["content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\nimage: media/a.png\n---\n",
                       "content/media/a.png": "png"],
               expected: "content/celebrations/c.md:2:1: a celebration with an 'image' needs 'image_alt', the text a screen reader says for it"),
    BrokenCase(name: "rating outside the scale",
               files: ["content/assessments/r.md": "---\ntitle: R\ndate: 2024-01-01\nperiod: 2024\nratings:\n  la1: 7\n---\n"],
               expected: "content/assessments/r.md:6:8: '7' is not on the checklist's scale"),
    BrokenCase(name: "question not in the framework",
               files: ["content/assessments/r.md": "---\ntitle: R\ndate: 2024-01-01\nperiod: 2024\nratings:\n  la16: 2\n---\n"],
               expected: "content/assessments/r.md:6:3: 'la16' is not a question of the checklist"),
    BrokenCase(name: "page named like a section",
               files: ["content/pages/outcomes.md": "---\ntitle: O\n---\n"],
               expected: "content/pages/outcomes.md:2:1: a page cannot be called 'outcomes': /outcomes/ is a section of the site"),
    BrokenCase(name: "unknown navigation item",
               files: ["content/site.yml": TestSite.base["content/site.yml"]! + "\nnavigation: [outcomes, celebration]\n"],
               expected: "content/site.yml:8:24: unknown menu item (a section or page id) 'celebration'", hint: "did you mean 'celebrations'?"),
    BrokenCase(name: "unknown time zone",
               files: ["content/site.yml": TestSite.base["content/site.yml"]! + "\ntimezone: Europe/Londn\n"],
               expected: "content/site.yml:8:11: 'Europe/Londn' is not a known time zone", hint: "did you mean 'Europe/London', 'Europe/Lisbon' or 'Europe/Minsk'?"),
    BrokenCase(name: "base_url that is not absolute",
               files: ["content/site.yml": TestSite.base["content/site.yml"]!.replacingOccurrences(of: "https://example.org/test/", with: "/test/")],
               expected: "content/site.yml:4:11: 'base_url' must be the absolute address the site is published at, such as https://example.org/ or https://example.org/partnership/, not '/test/'"),
    BrokenCase(name: "javascript URL in a URL field",
               files: ["content/partners/p.md": "---\nname: P\nkind: ngo\nwebsite: javascript:alert(1)\n---\n"],
               expected: "content/partners/p.md:4:10: 'website' must be a web address starting with https:// or http://, not 'javascript:alert(1)'"),
    BrokenCase(name: "online conversation without link",
               files: ["content/conversations/c.md": "---\ntitle: C\nstart: 2025-01-01T18:00\nplace: online\n---\n"],
               expected: "content/conversations/c.md:2:1: an online conversation needs a 'link' where people join it"),
    BrokenCase(name: "conversation time that does not parse",
               files: ["content/conversations/c.md": "---\ntitle: C\nstart: 2025-01-01 6pm\nplace: Hall\n---\n"],
               expected: "content/conversations/c.md:3:8: 'start' must be a date and time such as 2025-02-10T18:00 or 2025-02-10T18:00-05:00, not '2025-01-01 6pm'"),
    BrokenCase(name: "progress out of range",
               files: ["content/commitments/c.md": commitmentHead + "updates:\n  - {date: 2024-01-01, progress: 140, note: x}\n---\n"],
               expected: "content/commitments/c.md:7:34: 'progress' must be from 0 to 100, not 140"),
    BrokenCase(name: "broken internal link in a body",
               files: ["content/pages/about.md": "---\ntitle: About\n---\nFirst line.\n\nSee [the outcome](/outcomes/clean-ar/).\n"],
               expected: "content/pages/about.md:6:5: the link '/outcomes/clean-ar/' points to nothing on this site"),
    BrokenCase(name: "logo without alt text",
               files: ["content/partners/p.md": "---\nname: P\nkind: ngo\nlogo: media/p.png\n---\n", "content/media/p.png": "png"],
               expected: "content/partners/p.md:2:1: a partner with a 'logo' needs 'logo_alt', the text a screen reader says for it"),
    BrokenCase(name: "unknown partner kind",
               files: ["content/partners/p.md": "---\nname: P\nkind: charity\n---\n"],
               expected: "content/partners/p.md:3:7: 'charity' is not a valid kind"),
    BrokenCase(name: "unknown checklist side",
               files: ["content/partners/p.md": "---\nname: P\nkind: ngo\nside: council\n---\n"],
               expected: "content/partners/p.md:4:7: 'council' is not a side of the checklist"),
    BrokenCase(name: "CSV without a value column",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data: data/jobs.csv\n---\n",
                       "content/data/jobs.csv": "date,amount\n2020,1\n"],
               expected: "content/data/jobs.csv:1:1: the CSV file needs the columns 'date' and 'value' in its first row"),
    BrokenCase(name: "empty CSV value",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data: data/jobs.csv\n---\n",
                       "content/data/jobs.csv": "date,value\n2020,\n"],
               expected: "content/data/jobs.csv:2:2: the value is empty; leave out a row that has no figure"),
    BrokenCase(name: "duplicate date within a breakdown",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data: data/jobs.csv\n---\n",
                       "content/data/jobs.csv": "date,value,disaggregation\n2020,1,Sex: Male\n2020-01,2,Sex: Male\n2020,3,\n"],
               expected: "content/data/jobs.csv:3:1: a second row for 2020-01-01 in 'Sex: Male' (the first is on line 2)"),
    BrokenCase(name: "empty CSV file",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n    direction: increase\n    data: data/jobs.csv\n---\n",
                       "content/data/jobs.csv": ""],
               expected: "content/data/jobs.csv:1:1: the CSV file is empty; it needs a header row 'date,value'"),
    BrokenCase(name: "indicator id with capitals",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - id: Jobs\n    title: Jobs\n    direction: increase\n---\n"],
               expected: "content/outcomes/o.md:6:5: the indicator id 'Jobs' is not valid: it has capital letters"),
    BrokenCase(name: "duplicate indicator id",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - {id: jobs, title: Jobs, direction: increase}\n  - {id: jobs, title: Jobs 2, direction: increase}\n---\n"],
               expected: "content/outcomes/o.md:7:5: the indicator id 'jobs' appears twice in this outcome"),
    BrokenCase(name: "unknown direction",
               files: ["content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n  - {id: jobs, title: Jobs, direction: up}\n---\n"],
               expected: "content/outcomes/o.md:6:40: 'up' is not a valid direction"),
    BrokenCase(name: "nav_order that is not a number",
               files: ["content/pages/about.md": "---\ntitle: About\nnav_order: first\n---\n"],
               expected: "content/pages/about.md:3:12: 'nav_order' must be a number, not 'first'"),
    BrokenCase(name: "tab in YAML indentation",
               files: ["content/partners/p.md": "---\nname: P\nkind: ngo\ncontact:\n\temail: x\n---\n"],
               expected: "content/partners/p.md:5:1: YAML syntax: found character that cannot start any token (while scanning for the next token)"),
    BrokenCase(name: "front matter that is a single value",
               files: ["content/partners/p.md": "---\njust text\n---\n"],
               expected: "content/partners/p.md:2:1: a partner must be a map of 'key: value' lines, but this is a single value"),
    BrokenCase(name: "framework.yml with a repeated question id",
               files: ["content/framework.yml": "title: Ours\nscale: [{value: 0, label: No}, {value: 1, label: Yes}]\nsides: [{id: authority, title: Council}]\nstrands:\n  - id: s\n    title: S\n    pairs:\n      - authority: {id: q1, text: One?}\n      - authority: {id: q1, text: Two?}\n"],
               expected: "content/framework.yml:9:20: the question id 'q1' appears twice"),
    BrokenCase(name: "missing site.yml",
               files: ["content/site.yml": ""],
               expected: "content/site.yml: the file is empty"),
    BrokenCase(name: "unclosed front matter",
               files: ["content/partners/p.md": "---\nname: P\nkind: ngo\n"],
               expected: "content/partners/p.md:1:1: the front matter opened on line 1 is never closed"),
]

@Suite struct ValidationRuleTests {
    @Test(arguments: brokenCases)
    func brokenSiteReportsTheExactError(_ broken: BrokenCase) throws {
        let site = try TestSite(broken.files)
        defer { site.remove() }
        let errors = broken.name.contains("internal link") ? site.build().diagnostics.sorted.filter { $0.severity == .error }
            : site.check().sorted.filter { $0.severity == .error }
        let lines = errors.map { "\($0.location): \($0.message)" }
        #expect(lines == [broken.expected])
        if let hint = broken.hint {
            #expect(errors.first?.hint == hint)
        }
    }

    @Test func ratingsAgainstASiteFramework() throws {
        let site = try TestSite([
            "content/framework.yml": "title: Ours\nscale: [{value: 0, label: No}, {value: 1, label: Yes}]\nsides: [{id: authority, title: Council}]\nstrands:\n  - id: s\n    title: S\n    pairs:\n      - authority: {id: q1, text: One?}\n",
            "content/assessments/r.md": "---\ntitle: R\ndate: 2024-01-01\nperiod: 2024\nratings:\n  q1: 1\n---\n",
        ])
        defer { site.remove() }
        #expect(site.messages() == [])
        let page = try #require(site.build().text("assessments/r/index.html"))
        #expect(page.contains("One?") && page.contains("1 – Yes"))
    }

    @Test func strayFilesAndFoldersAreWarnings() throws {
        let site = try TestSite(["content/partners/notes.txt": "x", "content/partners/old/a.md": "x", "content/outcome/a.md": "x"])
        defer { site.remove() }
        #expect(site.messages(.warning) == [
            "content/outcome: 'outcome' is not part of the content model and is ignored",
            "content/partners/notes.txt: only .md files are entries; this file is ignored",
            "content/partners/old: subfolders of content/partners/ are ignored",
        ])
    }

    @Test func anUpdateWhoseStatusDiffersIsAWarning() throws {
        let site = try TestSite(["content/commitments/c.md": commitmentHead + "updates:\n  - date: 2024-01-01\n    status: done\n    note: Finished.\n---\n"])
        defer { site.remove() }
        let warnings = site.build().diagnostics.sorted.filter { $0.severity == .warning }
        #expect(warnings.map { "\($0.location): \($0.message)" } == ["content/commitments/c.md:9:11: the newest update says 'done' but the commitment's status is 'planned'"])
    }

    @Test func noContentFolderIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = Checker.check(siteFolder: folder, asOf: Day.parse("2025-06-01")!).sorted
        #expect(errors.map(\.message) == ["no content/ folder in \(folder.standardizedFileURL.path)"])
    }

    @Test func theBaseSiteIsValid() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.check().sorted.map(\.description) == [])
    }

    @Test func unknownKeysAreWarningsWithTheClosestKey() throws {
        let site = try TestSite(["content/commitments/c.md": commitmentHead + "statuss: done\n---\n"])
        defer { site.remove() }
        let warnings = site.check().sorted.filter { $0.severity == .warning }
        #expect(warnings.map { "\($0.location): \($0.message)" } == ["content/commitments/c.md:6:1: unknown key 'statuss' in a commitment is ignored"])
        #expect(warnings.first?.hint == "did you mean 'status'?")
        #expect(!site.check().hasErrors)
    }

    @Test func allProblemsOfARunAreReportedTogether() throws {
        let site = try TestSite([
            "content/partners/p.md": "---\nkind: ngo\n---\n",
            "content/commitments/c.md": commitmentHead.replacingOccurrences(of: "outcomes: clean-air", with: "outcomes: nowhere") + "---\n",
        ])
        defer { site.remove() }
        #expect(site.check().errorCount == 2)
    }

    @Test func aSingleIDIsAcceptedWhereAListIsExpected() throws {
        let site = try TestSite(["content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\npartners: alliance\n---\n"])
        defer { site.remove() }
        #expect(!site.check().hasErrors)
    }

    @Test func decorativeImageWithEmptyAltIsAccepted() throws {
        let site = try TestSite(["content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\nimage: media/a.png\nimage_alt: \"\"\n---\n",
                                 "content/media/a.png": "png"])
        defer { site.remove() }
        #expect(!site.check().hasErrors)
    }

    @Test func symlinkLeavingTheSiteIsRefused() throws {
        let site = try TestSite()
        defer { site.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("civic-outside-\(UUID().uuidString).md")
        try Data("---\nname: X\nkind: ngo\n---\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: site.folder.appendingPathComponent("content/partners/evil.md").path,
                                                   withDestinationPath: outside.path)
        let errors = site.check().sorted.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.path == "content/partners/evil.md")
        #expect(errors.first?.message.hasPrefix("this is a symbolic link to") == true)
    }

    @Test func invalidUTF8IsAnErrorNamingTheFile() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/partners/bad.md", bytes: Array("---\nname: A".utf8) + [0xC3, 0x28] + Array("\nkind: ngo\n---\n".utf8))
        #expect(site.messages() == ["content/partners/bad.md:2:8: the file is not valid UTF-8 text"])
    }

    @Test func crlfAndBOMBuildLikeTheirLFTwins() throws {
        let plain = try TestSite()
        defer { plain.remove() }
        var windows: [String: String?] = [:]
        for (path, text) in TestSite.base { windows[path] = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") }
        let crlf = try TestSite(windows)
        defer { crlf.remove() }
        let a = plain.build(), b = crlf.build()
        #expect(!a.files.isEmpty)
        #expect(a.files.count == b.files.count)
        for path in a.paths where path.hasSuffix(".html") || path.hasSuffix(".json") {
            #expect(a.text(path) == b.text(path), "\(path) differs")
        }
    }
}
