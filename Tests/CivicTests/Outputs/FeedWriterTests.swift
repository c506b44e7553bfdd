import Foundation
import Testing
@testable import Civic

/// Feed entry ids never change once published.
@Suite struct FeedIDTests {
    static let updates: [(date: Day, note: String)] = [
        (Day.parse("2024-03-01")!, "Started."), (Day.parse("2024-06-01")!, "Half way."),
        (Day.parse("2024-06-01")!, "A second note that day."), (Day.parse("2025-01-10")!, "Done."),
    ]

    static func ids(_ updates: [(date: Day, note: String)]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(updates.map(\.note), FeedWriter.updateIDs(commitment: "bus-pass", updates)))
    }

    @Test func addingRemovingOrReorderingOthersKeepsEveryId() {
        let original = Self.ids(Self.updates)
        #expect(Set(original.values).count == 4)
        #expect(original["Started."] == "update-bus-pass-2024-03-01")
        #expect(original["Half way."]?.hasPrefix("update-bus-pass-2024-06-01-") == true)
        var older = Self.updates
        older.insert((Day.parse("2023-12-01")!, "An older update, added later."), at: 0)
        let reordered = Array(Self.updates.reversed())
        let removed = Self.updates.filter { $0.note != "Started." }
        for changed in [older, reordered, removed] {
            for (note, id) in Self.ids(changed) where original[note] != nil {
                #expect(original[note] == id, "\(note)")
            }
        }
    }

    @Test func theSameNoteTwiceOnADayGetsTwoIds() {
        let day = Day.parse("2024-06-01")!
        let ids = FeedWriter.updateIDs(commitment: "c", [(day, "Same."), (day, "Same.")])
        #expect(Set(ids).count == 2)
    }

    @Test func theFeedCarriesTheIds() throws {
        let site = try TestSite()
        defer { site.remove() }
        let feed = try #require(site.build().text("feed.xml"))
        #expect(feed.contains("<id>https://example.org/test/#update-bus-pass-2024-06-01</id>"))
    }
}

/// Feed summaries are the entries' own words, as plain text.
@Suite struct FeedSummaryTests {
    @Test func summariesArePlainTextOfTheEntriesOwnWords() throws {
        let site = try TestSite([
            "content/celebrations/festival.md": "---\ntitle: A step-free festival\ndate: 2025-05-01\n---\nThe *whole* site was [step-free](/partners/).\n\nA second paragraph.\n",
            "content/celebrations/quiet.md": "---\ntitle: A quiet win\ndate: 2025-05-02\n---\n",
            "content/commitments/bus-pass.md": TestSite.base["content/commitments/bus-pass.md"]!
                .replacingOccurrences(of: "note: \"Half done.\"", with: "note: \"Half done, and *calmer*: see [the data](/data/).\""),
        ])
        defer { site.remove() }
        let feed = try #require(site.build().text("feed.xml"))
        #expect(feed.contains("<summary>The whole site was step-free.</summary>"))
        #expect(feed.contains("<summary>A new celebration.</summary>"), "an empty body keeps the theme's words")
        #expect(feed.contains("<summary>Half done, and calmer: see the data.</summary>"))
        #expect(!feed.contains("*calmer*") && !feed.contains("](/data/)"))
    }

    /// The summary's words are found by hand over the bytes; they are what Foundation's
    /// splitting and trimming gave, on every example of the GFM spec, whole and first block.
    @Test func plainTextWordsAreWhatFoundationGave() throws {
        let renderer = MarkdownRenderer()
        func reference(_ text: String, firstOnly: Bool) -> String {
            let blocks = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            let kept = firstOnly ? Array(blocks.prefix(1)) : blocks
            return kept.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let examples = try SpecFile.examples("spec.txt") + SpecFile.examples("extensions.txt")
        #expect(examples.count > 600)
        var texts = examples.map { renderer.plainText($0.markdown) } + examples.map(\.markdown)
        texts += ["", "\n\n", "a\n\n\nb", " \u{00A0}\n\nword\u{2003}two\n\n", "\n\n\u{3000}\n\nlast", "x\r\n\r\ny"]
        for text in texts {
            for firstOnly in [false, true] {
                #expect(MarkdownRenderer.joinedWords(ofBlocks: text, firstOnly: firstOnly) == reference(text, firstOnly: firstOnly),
                        "\(text.debugDescription) first only: \(firstOnly)")
            }
        }
    }

    @Test func plainTextDropsTheMarksAndKeepsTheWords() {
        let renderer = MarkdownRenderer()
        // Struck text keeps a tilde on each side, so that a reader still sees what was withdrawn.
        #expect(renderer.plainText("# Title\n\nSome **bold** and ~~old~~ text with https://example.org.") == "Title Some bold and ~old~ text with https://example.org.")
        #expect(renderer.plainText("First.\n\nSecond.", firstParagraph: true) == "First.")
    }
}
