import Foundation
import Testing
@testable import Civic

/// The diagnostics as CI services read them: GitHub's workflow commands and GitLab's Code
/// Quality report.
@Suite struct DiagnosticReportTests {
    static let awkward = [
        Diagnostic.error(SourceLocation(path: "content/pages/a,b:c.md", line: 4, column: 5),
                         "the link '/x' points to nothing: 100% sure,\nreally", hint: "did you mean '/y'?"),
        Diagnostic.warning(SourceLocation(path: "content/site.yml"), "no licence"),
    ]

    @Test func githubCommandsEscapeWhatTheRunnerWouldReadAsSyntax() {
        let lines = DiagnosticReport.github(Self.awkward).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "::error file=content/pages/a%2Cb%3Ac.md,line=4,col=5,title=civic error::the link '/x' points to nothing: 100%25 sure,%0Areally%0Ahint: did you mean '/y'?",
            "::warning file=content/site.yml,title=civic warning::no licence",
            "",
        ])
    }

    @Test func gitlabCodeQualityNamesEachProblemWithAStableFingerprint() throws {
        let report = DiagnosticReport.gitlab(Self.awkward)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
        #expect(issues.count == 2)
        #expect(issues[0]["severity"] as? String == "major")
        #expect(issues[1]["severity"] as? String == "minor")
        #expect(issues[0]["description"] as? String == "the link '/x' points to nothing: 100% sure,\nreally (hint: did you mean '/y'?)")
        let location = try #require(issues[0]["location"] as? [String: Any])
        #expect(location["path"] as? String == "content/pages/a,b:c.md")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 4)
        #expect((issues[1]["location"] as? [String: Any]).flatMap { $0["lines"] as? [String: Any] }?["begin"] as? Int == 1)
        // The same problem on another line keeps its fingerprint; two alike get two.
        var moved = Self.awkward[0]
        moved.location.line = 9
        let again = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosticReport.gitlab([moved, moved]).utf8)) as? [[String: Any]])
        #expect(again[0]["fingerprint"] as? String == issues[0]["fingerprint"] as? String)
        #expect(again[1]["fingerprint"] as? String != again[0]["fingerprint"] as? String)
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == 2)
    }

    @Test func checkPrintsEachFormatOnABrokenSite() throws {
        let broken = try TestSite(["content/pages/p.md": "---\ntitle: P\n---\n\nSee [this](/outcomes/clean-ar/).\n"])
        defer { broken.remove() }
        let site = broken.folder.path
        let github = try runCivic(["check", "--site", site, "--as-of", "2025-06-01", "--format", "github"])
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file=content/pages/p.md,line=5,col=5,title=civic error::the link '/outcomes/clean-ar/' points to nothing on this site%0Ahint: "),
                "\(github.stdout)")
        let gitlab = try runCivic(["check", "--site", site, "--as-of", "2025-06-01", "--format", "gitlab"])
        #expect(gitlab.status == 1)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(gitlab.stdout.utf8)) as? [[String: Any]])
        #expect(issues.contains { ($0["location"] as? [String: Any])?["path"] as? String == "content/pages/p.md" })
    }

    @Test func checkSaysWhatItCoveredWhenAllIsWell() throws {
        let site = try TestSite()
        defer { site.remove() }
        let run = try runCivic(["check", "--site", site.folder.path, "--as-of", "2025-06-01"])
        #expect(run.status == 0)
        let pattern = try Regex(#"^checked (\d+) content files and the (\d+) files of the site: 0 errors, 0 warnings\n$"#)
        let match = try #require(run.stderr.firstMatch(of: pattern), "\(run.stderr)")
        #expect((Int(match.output[1].substring ?? "") ?? 0) >= 3)
        #expect((Int(match.output[2].substring ?? "") ?? 0) > 20)
    }
}
