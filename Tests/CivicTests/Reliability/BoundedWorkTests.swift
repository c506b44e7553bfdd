import Foundation
import Testing
@testable import Civic

/// Inputs whose cost would grow without bound (cmark-gfm's quadratic cases, a template that
/// contains itself) are refused with a located error before any work is done on them.
@Suite struct BoundedWorkTests {
    @Test func aBodyOverTheLimitIsRefusedBeforeItIsParsed() throws {
        // 200 KB of the pattern that took 11 s to parse.
        let body = String(repeating: "![[]()", count: 200 * 1024 / 6)
        let site = try TestSite(["content/pages/long.md": "---\ntitle: Long\n---\n" + body])
        defer { site.remove() }
        #expect(site.messages() == ["content/pages/long.md:4:1: the body is 200 KiB, more than the limit of 64 KiB"])
    }

    @Test func aBodyJustUnderTheLimitBuilds() throws {
        let body = String(repeating: "Words of a long page. ", count: MarkdownLimits.bodyBytes / 22 - 1)
        let site = try TestSite(["content/pages/long.md": "---\ntitle: Long\n---\n" + body])
        defer { site.remove() }
        #expect(site.messages() == [])
    }

    /// The test site with its commitment's updates written as given, one a line.
    static func siteWithUpdates(_ updates: [String]) throws -> TestSite {
        try TestSite(["content/commitments/bus-pass.md": """
        ---
        title: Give free bus passes to carers
        lead: council
        outcomes: clean-air
        status: in-progress
        start: 2024-01-01
        due: 2025-01-01
        updates:
        \(updates.joined(separator: "\n"))
        ---
        """])
    }

    @Test func aMarkdownFieldOverItsLimitIsRefused() throws {
        let note = String(repeating: "a", count: MarkdownLimits.fieldBytes + 1)
        let site = try Self.siteWithUpdates(["  - {date: 2024-06-01, progress: 50, note: \"\(note)\"}"])
        defer { site.remove() }
        #expect(site.messages() == ["content/commitments/bus-pass.md:9:44: 'note' is 9 KiB, more than the limit of 8 KiB"])
    }

    @Test func theMarkdownFieldsOfOneFileHaveABudget() throws {
        let note = String(repeating: "a", count: MarkdownLimits.fieldBytes - 100)
        let site = try Self.siteWithUpdates((1...9).map { "  - {date: 2024-06-0\($0), progress: 50, note: \"\(note)\"}" })
        defer { site.remove() }
        #expect(site.messages() == ["content/commitments/bus-pass.md: the Markdown in this file's fields adds up to 72 KiB, more than the limit of 64 KiB"])
    }

    @Test func aTableWithTooManyColumnsIsRefusedAtItsLine() throws {
        let header = "|" + (1...65).map { "c\($0)" }.joined(separator: "|") + "|"
        let delimiter = "|" + Array(repeating: " --- ", count: 65).joined(separator: "|") + "|"
        let site = try TestSite(["content/pages/wide.md": "---\ntitle: Wide\n---\nIntro.\n\n\(header)\n\(delimiter)\n"])
        defer { site.remove() }
        #expect(site.messages() == ["content/pages/wide.md:7:1: this table has 65 columns, more than the limit of 64"])
    }

    @Test func delimiterRowsAreCountedAndOtherLinesAreNot() {
        func columns(_ line: String) -> Int { MarkdownLimits.delimiterRowColumns(Substring(line).utf8[...]) }
        #expect(columns("| --- | :-: | --: |") == 3)
        #expect(columns("--- | ---") == 2)
        #expect(columns("---") == 0)
        #expect(columns("| a | b |") == 0)
        #expect(columns("") == 0)
    }

    @Test func aTemplateThatIncludesItselfIsALocatedError() throws {
        let site = try TestSite(["templates/page.mustache": "{{<layout}}{{$main}}{{>page}}{{/main}}{{/layout}}"])
        defer { site.remove() }
        #expect(site.messages() == ["templates/page.mustache: the template 'page' includes itself"])
    }

    @Test func aLoopThroughOtherTemplatesNamesTheChain() throws {
        let site = try TestSite(["templates/page.mustache": "{{<layout}}{{$main}}{{>card}}{{/main}}{{/layout}}",
                                 "templates/card.mustache": "<div>{{#content}}{{>note}}{{/content}}</div>",
                                 "templates/note.mustache": "<p>{{>card}}</p>"])
        defer { site.remove() }
        #expect(site.messages() == ["templates/card.mustache: the template 'card' includes itself through others: card -> note -> card"])
    }

    @Test func cyclesAreFoundOnceEach() {
        let graph = ["a": ["b"], "b": ["c", "a"], "c": ["a"], "d": ["d"], "e": ["a"]]
        #expect(TemplateIncludes.cycles(graph) == [["a", "b", "c", "a"], ["a", "b", "a"], ["d", "d"]])
    }
}
