import Foundation
import Testing
@testable import Civic

/// One example of the GFM spec files.
struct SpecExample: Sendable {
    var file: String
    var number: Int
    var markdown: String
    var html: String
    var disabled: Bool
}

enum SpecFile {
    static let fence = String(repeating: "`", count: 32)

    static func examples(_ name: String) throws -> [SpecExample] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("gfm/\(name)"), encoding: .utf8)
        var examples: [SpecExample] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var number = 0
        while let line = lines.popFirst() {
            guard line.hasPrefix(fence + " example") else { continue }
            number += 1
            var markdown: [Substring] = []
            var html: [Substring] = []
            var inHTML = false
            while let next = lines.popFirst(), next != fence {
                if next == "." && !inHTML { inHTML = true; continue }
                if inHTML { html.append(next) } else { markdown.append(next) }
            }
            func joined(_ part: [Substring]) -> String {
                part.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
            }
            examples.append(SpecExample(file: name, number: number, markdown: joined(markdown), html: joined(html),
                                        disabled: line.contains("disabled")))
        }
        return examples
    }

    /// Whitespace between and around tags does not matter in comparisons (cmark's own
    /// spec runner normalises it away too).
    static func normalise(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "\n", with: " ")
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        text = text.replacingOccurrences(of: "> <", with: "><").replacingOccurrences(of: " />", with: ">")
            .replacingOccurrences(of: "/>", with: ">")
        return text.trimmingCharacters(in: .whitespaces)
    }
}

@Suite struct GFMSpecTests {
    /// Examples that differ, with the reason, one per line: `file#number: reason`.
    static func knownDifferences() throws -> [String: String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("gfm/known-differences.txt"), encoding: .utf8)
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { result[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return result
    }

    @Test func onlyTheListedExamplesDiffer() throws {
        let renderer = MarkdownRenderer(allowRawHTML: false, headingBase: 0)
        var differing: [String] = []
        var checked = 0
        for file in ["spec.txt", "extensions.txt"] {
            for example in try SpecFile.examples(file) where !example.disabled {
                checked += 1
                let html = renderer.render(example.markdown).html
                if example.html.contains("<IGNORE>") { continue }
                if SpecFile.normalise(html) != SpecFile.normalise(example.html) {
                    differing.append("\(file)#\(example.number)")
                }
            }
        }
        #expect(checked > 690)
        if ProcessInfo.processInfo.environment["CIVIC_WRITE_GFM_DIFFERENCES"] != nil {
            try Self.writeDifferences(differing, renderer: renderer)
        }
        let known = try Self.knownDifferences()
        #expect(Set(differing) == Set(known.keys), "new differences: \(Set(differing).subtracting(known.keys).sorted()); fixed: \(Set(known.keys).subtracting(differing).sorted())")
    }

    /// Rewrites known-differences.txt (only on purpose: set CIVIC_WRITE_GFM_DIFFERENCES), with a
    /// reason worked out from the two outputs; read the diff before committing it.
    static func writeDifferences(_ differing: [String], renderer: MarkdownRenderer) throws {
        var lines = ["# GFM spec examples whose HTML from civic differs from the expected HTML, and why.",
                     "# Regenerate with CIVIC_WRITE_GFM_DIFFERENCES=1 swift test --filter GFMSpecTests, then read the diff."]
        for file in ["spec.txt", "extensions.txt"] {
            for example in try SpecFile.examples(file) where differing.contains("\(file)#\(example.number)") {
                let html = renderer.render(example.markdown).html
                let reason: String
                if html.contains("aria-label=\"done\"") || html.contains("aria-label=\"not done\"") {
                    reason = "civic gives task-list checkboxes an accessible name (aria-label), which cmark-gfm leaves out"
                } else if html.contains("raw HTML omitted") {
                    reason = "safe mode: raw HTML is left out of the page"
                } else if example.html.contains("href=\"javascript") || example.html.contains("src=\"javascript") {
                    reason = "safe mode: javascript: links are emptied"
                } else if file == "spec.txt" && html.contains("<a href=") && !example.html.contains("<a href=") {
                    reason = "the autolink extension, always on in civic, links a bare URL that core CommonMark leaves as text"
                } else if file == "spec.txt" && (html.contains("&lt;") && !example.html.contains("&lt;")) {
                    reason = "the tagfilter extension, always on in civic, escapes a tag the core spec passes through"
                } else if file == "spec.txt" && (html.contains("<table>") || html.contains("<del>") || html.contains("<input")) {
                    reason = "a GFM extension (table, strikethrough or task list), always on in civic, applies to a core example"
                } else if example.html.contains("footnote") || html.contains("footnote") {
                    reason = "footnote markup of Debian's cmark-gfm 0.29.0.gfm.6 differs from gfm.13's (attributes and back-references)"
                } else {
                    reason = "Debian's cmark-gfm 0.29.0.gfm.6 renders this differently from the gfm.13 the spec file expects"
                }
                lines.append("\(file)#\(example.number): \(reason)")
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: fixtures.appendingPathComponent("gfm/known-differences.txt"),
                                                          atomically: true, encoding: .utf8)
    }

    @Test func rawHTMLIsDroppedInSafeModeAndKeptWhenTheSiteOptsIn() {
        let safe = MarkdownRenderer(allowRawHTML: false).render("<b>hi</b>\n\n<script>x</script>\n").html
        #expect(!safe.contains("<b>") && !safe.contains("<script>"))
        let raw = MarkdownRenderer(allowRawHTML: true).render("<b>hi</b>\n\n<script>x</script>\n").html
        #expect(raw.contains("<b>hi</b>"))
        #expect(!raw.contains("<script>"), "the tagfilter extension still escapes script")
    }

    @Test func headingsStartBelowThePageTitleWithoutSkippingLevels() {
        #expect(MarkdownRenderer().render("# Title\n").html == "<h2>Title</h2>\n")
        #expect(MarkdownRenderer().render("### A\n\n##### B\n\n### C\n").html == "<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>\n")
        #expect(MarkdownRenderer(headingBase: 4).render("# A\n").html == "<h4>A</h4>\n")
    }
}

/// A celebration's story is rendered once for its page, the index and the feed
/// (`RenderedStories`): that one parse must give what the two separate renderings give.
@Suite struct RenderWithOpeningTests {
    @Test func oneParseGivesTheHTMLAndTheOpeningOfTwo() throws {
        var renderer = MarkdownRenderer()
        renderer.headingBase = 2
        var compared = 0
        for file in ["spec.txt", "extensions.txt"] {
            for example in try SpecFile.examples(file) {
                let link: (String) -> String? = { $0.hasPrefix("/missing") ? nil : "/root" + $0 }
                let once = renderer.renderWithOpening(example.markdown, internalLink: link)
                let html = renderer.render(example.markdown, internalLink: link)
                let opening = MarkdownRenderer().plainText(example.markdown, firstParagraph: true)
                #expect(once.html == html.html, "\(file)#\(example.number)")
                #expect(once.broken == html.broken, "\(file)#\(example.number)")
                #expect(once.opening == opening, "\(file)#\(example.number)")
                compared += 1
            }
        }
        #expect(compared > 600)
        // A renderer that lets raw HTML through still gives the feed's opening.
        let raw = MarkdownRenderer(allowRawHTML: true)
        let text = "<b>Bold</b> start of the *story*\n\nsecond block with [a link](/missing/page)"
        #expect(raw.renderWithOpening(text).opening == MarkdownRenderer().plainText(text, firstParagraph: true))
        #expect(raw.renderWithOpening(text).opening == "Bold start of the story")
    }
}
