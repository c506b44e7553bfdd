import Foundation
import Testing
@testable import Civic

@Suite struct MarkdownCacheTests {
    static let link: @Sendable (String) -> String? = { $0.hasPrefix("/missing") ? nil : "/root" + $0 }

    /// Every GFM example, rendered through an empty cache and then through the cache the
    /// first pass left, gives what the renderer gives alone; the second pass renders nothing.
    @Test func aRenderingFromTheCacheIsTheRenderersOwn() throws {
        var renderer = MarkdownRenderer()
        renderer.headingBase = 2
        let examples = try ["spec.txt", "extensions.txt"].flatMap { try SpecFile.examples($0) }
        let first = MarkdownCache()
        for opening in [false, true] {
            for example in examples { _ = first.render(example.markdown, with: renderer, opening: opening, internalLink: Self.link) }
        }
        let second = first.next()
        for example in examples {
            let alone = renderer.renderWithOpening(example.markdown, internalLink: Self.link)
            let html = second.render(example.markdown, with: renderer, opening: false, internalLink: Self.link)
            let story = second.render(example.markdown, with: renderer, opening: true, internalLink: Self.link)
            #expect(html.html == alone.html && html.broken == alone.broken && html.opening == nil, "#\(example.number)")
            #expect(story.html == alone.html && story.broken == alone.broken && story.opening == alone.opening, "#\(example.number)")
        }
        #expect(examples.count > 600)
        #expect(second.counts.rendered == 0)
        #expect(second.counts.reused == 2 * examples.count)
    }

    /// A rendering is given again only while each link it asked about gets the same answer.
    @Test func aLinkThatNowLeadsElsewhereRendersTheTextAgain() {
        let text = "See [the plan](/outcomes/plan/) and [the data](/data/)."
        let renderer = MarkdownRenderer()
        let first = MarkdownCache()
        let made = first.render(text, with: renderer, opening: false) { "/town" + $0 }
        #expect(made.broken.isEmpty)
        #expect(made.links.map(\.target) == ["/outcomes/plan/", "/data/"])

        // The outcome's page is gone: the link is broken again, at its place in the text.
        let second = first.next()
        let gone = second.render(text, with: renderer, opening: false) { $0.hasPrefix("/outcomes") ? nil : "/town" + $0 }
        #expect(second.counts == (reused: 0, rendered: 1))
        #expect(gone.broken.map(\.target) == ["/outcomes/plan/"])
        #expect(gone.broken.first?.column == 5)

        // The same answers as the first time: the first rendering is still right.
        let third = second.next()
        let back = third.render(text, with: renderer, opening: false) { "/town" + $0 }
        #expect(back.html.contains("href=\"/town/outcomes/plan/\""))
        #expect(back.broken.isEmpty)
        #expect(third.counts == (reused: 0, rendered: 1), "only what the build before used is kept")
    }

    /// What changes a renderer's output changes the key: heading levels, raw HTML, the
    /// words of task lists and footnotes, and whether the opening was asked for.
    @Test func everyOptionOfTheRendererIsPartOfTheKey() {
        let text = "# Title\n\n- [x] done\n\nNote[^1]\n\n[^1]: <b>raw</b>"
        var variants = [MarkdownRenderer()]
        var deeper = MarkdownRenderer(); deeper.headingBase = 3; variants.append(deeper)
        variants.append(MarkdownRenderer(allowRawHTML: true))
        variants.append(MarkdownRenderer(taskLabels: (done: "hecho", open: "pendiente")))
        variants.append(MarkdownRenderer(footnoteBackLabel: "Volver al texto"))
        let keys = variants.flatMap { r in [false, true].map { MarkdownCache.key(text, r, opening: $0) } }
        #expect(Set(keys).count == keys.count)
        let cache = MarkdownCache()
        for renderer in variants {
            #expect(cache.render(text, with: renderer, opening: false, internalLink: Self.link).html
                == renderer.render(text, internalLink: Self.link).html)
        }
    }

    /// The file gives back every rendering; a file cut short anywhere, or one another civic
    /// wrote, gives nothing that was not in it.
    /// A text derived from Markdown (a search index's words, a feed's summary) is made once
    /// per purpose and input, kept through the file, and never taken for a rendering.
    @Test func aDerivedTextIsMadeOncePerPurposeAndInput() throws {
        let first = MarkdownCache()
        var made = 0
        func plain(_ cache: MarkdownCache, _ purpose: String, _ input: String) -> String {
            cache.derived(purpose, from: input) {
                made += 1
                return "\(purpose): \(input.uppercased())"
            }
        }
        #expect(plain(first, "search", "*a* b") == "search: *A* B")
        #expect(plain(first, "search", "*a* b") == "search: *A* B")
        #expect(plain(first, "feed", "*a* b") == "feed: *A* B")
        #expect(plain(first, "search", "*a* c") == "search: *A* C")
        #expect(made == 3)
        // A rendering of the same text is the renderer's, not the derived text.
        let rendering = first.render("*a* b", with: MarkdownRenderer(), opening: false) { $0 }
        #expect(rendering.html == "<p><em>a</em> b</p>\n")

        let folder = try CacheFolder("civic-derived")
        defer { folder.remove() }
        let path = folder.path("cache")
        first.save(to: path)
        let loaded = MarkdownCache.load(from: path)
        #expect(plain(loaded, "feed", "*a* b") == "feed: *A* B")
        #expect(plain(loaded, "search", "*a* c") == "search: *A* C")
        #expect(made == 3)
        #expect(loaded.counts == (reused: 2, rendered: 0))
    }

    @Test func theFileKeepsEveryRenderingAndRefusesADamagedOne() throws {
        let cache = MarkdownCache()
        let texts = ["Plain *words*.", "[x](/missing/page) and [y](/outcomes/a/)", "", "Ünïcode — “quotes” 🌍\n\n| a | b |\n|---|---|\n| 1 | 2 |",
                     "[bad](javascript:alert(1))"]
        for (n, text) in texts.enumerated() { _ = cache.render(text, with: MarkdownRenderer(), opening: n % 2 == 0, internalLink: Self.link) }
        let folder = try CacheFolder("civic-markdown-cache")
        defer { folder.remove() }
        let path = folder.path(".civic-markdown-public")
        cache.save(to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [".civic-markdown-public"])

        let loaded = MarkdownCache.load(from: path)
        for (n, text) in texts.enumerated() {
            let again = loaded.render(text, with: MarkdownRenderer(), opening: n % 2 == 0, internalLink: Self.link)
            #expect(again == cache.render(text, with: MarkdownRenderer(), opening: n % 2 == 0, internalLink: Self.link))
        }
        #expect(loaded.counts == (reused: texts.count, rendered: 0))

        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let whole = try #require(MarkdownCache.decode(bytes))
        #expect(whole.count == texts.count)
        for length in 0..<bytes.count {
            guard let part = MarkdownCache.decode(Array(bytes[0..<length])) else { continue }
            #expect(part.allSatisfy { whole[$0.key] == $0.value }, "cut at \(length)")
            #expect(part.count < whole.count)
        }
        var other = bytes
        other[10] ^= 1
        #expect(MarkdownCache.decode(other) == nil, "another civic's file")
        #expect(MarkdownCache.load(from: folder.path("none")).counts == (reused: 0, rendered: 0))
    }

    /// A cache that rendered `texts`, saved at `path`.
    static func saved(_ texts: [String], with renderer: MarkdownRenderer, at path: String) -> MarkdownCache {
        let cache = MarkdownCache()
        for text in texts { _ = cache.render(text, with: renderer, opening: false, internalLink: link) }
        cache.save(to: path)
        return cache
    }

    /// A build that made few renderings adds them at the end of the file it read; the file
    /// then gives back every rendering, the new ones too, and nothing another build changed
    /// in between is added to.
    @Test func renderingsMadeSinceAreAddedAtTheEndOfTheFileRead() throws {
        let folder = try CacheFolder("civic-markdown-append")
        defer { folder.remove() }
        let path = folder.path(".civic-markdown-public")
        let renderer = MarkdownRenderer()
        let texts = (0..<20).map { "Story \($0): [a link](/outcomes/o\($0)/) and *words*." }
        let first = Self.saved(texts, with: renderer, at: path)
        let before = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(before == MarkdownCache.encode(first.inMemory))

        // Every text asked for again, one of them changed: the new rendering is added at the end.
        let second = MarkdownCache.load(from: path)
        var edited = texts
        edited[3] += " More words."
        for text in edited { _ = second.render(text, with: renderer, opening: false, internalLink: Self.link) }
        #expect(second.counts == (reused: 19, rendered: 1))
        second.save(to: path)
        let after = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(after.count > before.count && Array(after[0..<before.count]) == before, "added at the end")
        let third = MarkdownCache.load(from: path)
        for text in edited + texts {
            let kept = third.render(text, with: renderer, opening: false, internalLink: Self.link)
            let alone = renderer.render(text, internalLink: Self.link)
            #expect(kept.html == alone.html && kept.broken == alone.broken)
        }
        #expect(third.counts == (reused: 40, rendered: 0), "the 21 texts, each found")

        // A file written by another build since this cache read it is written afresh, not added to.
        let fourth = MarkdownCache.load(from: path)
        _ = fourth.render("Another text.", with: renderer, opening: false, internalLink: Self.link)
        let other = MarkdownCache()
        _ = other.render("Only this.", with: renderer, opening: false, internalLink: Self.link)
        other.save(to: path)
        fourth.save(to: path)
        let rewritten = try #require(MarkdownCache.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
        #expect(rewritten.count == 1, "only what the fourth build used, with nothing of the other file")

        // A file cut short in what was added is damaged as a whole.
        let cut = Array(after[0..<(after.count - 3)])
        #expect(MarkdownCache.decode(cut) == nil)
    }

    /// When more than a quarter of the file holds renderings no build wants (texts no longer
    /// used, renderings made again), the file is written afresh with only what is used, in
    /// the order of its keys; a quarter or less is left in it.
    @Test func aFileMostlyOfUnwantedRenderingsIsWrittenAfresh() throws {
        let folder = try CacheFolder("civic-markdown-compact")
        defer { folder.remove() }
        let path = folder.path(".civic-markdown-public")
        let renderer = MarkdownRenderer()
        let texts = (0..<8).map { "Text number \($0)." }
        let first = Self.saved(texts, with: renderer, at: path)
        let size = { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1 }

        // Two of eight unused: a quarter, left in the file; the new text is added.
        let second = MarkdownCache.load(from: path)
        for text in texts[0..<6] + ["New text."] { _ = second.render(text, with: renderer, opening: false, internalLink: Self.link) }
        let sizeBefore = size()
        second.save(to: path)
        #expect(size() > sizeBefore)
        #expect(try #require(MarkdownCache.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))))).count == 9)

        // Five of nine unused: written afresh with the four used, as a file written whole is.
        let third = MarkdownCache.load(from: path)
        for text in texts[0..<4] { _ = third.render(text, with: renderer, opening: false, internalLink: Self.link) }
        third.save(to: path)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes == MarkdownCache.encode(third.inMemory))
        #expect(MarkdownCache.decode(bytes)?.count == 4)

        // A build that kept files without making them lets nothing go.
        let fourth = MarkdownCache.load(from: path)
        _ = fourth.render("Yet another text.", with: renderer, opening: false, internalLink: Self.link)
        fourth.save(to: path, keepingUnused: true)
        #expect(MarkdownCache.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))))?.count == 5)
    }

    /// A site built again with the cache of the build before gives the same bytes, renders no
    /// text, and still reports a link to a page that has since gone.
    @Test func aSiteBuiltFromTheCacheIsTheSameAndStillChecksItsLinks() throws {
        let site = try TestSite([
            "content/pages/about.md": "---\ntitle: About\n---\nRead [the guide](/guide/) and [our data](/data/).\n",
            "content/pages/guide.md": "---\ntitle: Guide\n---\nA **guide**.\n",
        ])
        defer { site.remove() }
        let asOf = Day.parse("2025-06-01")!
        let cold = MarkdownCache()
        let first = SiteBuilder.build(siteFolder: site.folder, asOf: asOf, caches: BuildCaches(markdown: cold))
        #expect(!first.diagnostics.hasErrors)
        #expect(cold.counts.rendered > 0)
        let warm = cold.next()
        let second = SiteBuilder.build(siteFolder: site.folder, asOf: asOf, caches: BuildCaches(markdown: warm))
        #expect(warm.counts.rendered == 0)
        #expect(warm.counts.reused == cold.counts.rendered + cold.counts.reused, "every text asked for again, none made")
        #expect(second.files.map(\.path) == first.files.map(\.path))
        for (a, b) in zip(first.files, second.files) { #expect(try bytes(of: a) == bytes(of: b), "\(a.path)") }

        try FileManager.default.removeItem(at: site.folder.appendingPathComponent("content/pages/guide.md"))
        let third = SiteBuilder.build(siteFolder: site.folder, asOf: asOf, caches: BuildCaches(markdown: warm.next()))
        #expect(third.diagnostics.items.contains {
            $0.severity == .error && $0.location.path == "content/pages/about.md" && $0.location.line == 4
                && $0.message.contains("'/guide/' points to nothing")
        })
    }
}

/// A folder of its own for a cache file, removed by the test.
struct CacheFolder {
    let url: URL

    init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
