import Foundation
import Testing
@testable import Civic

@Suite struct ParsedFrontMatterTests {
    /// Front matters with what YAML makes hard to keep: quotes, block scalars, nesting,
    /// empty values, keys with colons, words in other scripts, a line that starts late.
    static let samples: [(yaml: String, firstLine: Int)] = [
        ("title: Clean air\nstatus: on_track\n", 2),
        ("title: \"Quoted: with colon\"\nsummary: |\n  Two lines\n  of text\n\nlist:\n  - a\n  - 'b'\n  -\n  - {x: 1, y: [2, 3]}\n", 2),
        ("empty:\nnull_value: ~\nnumber: 007\n\"odd key: yes\": >\n  folded\n  text\n", 7),
        ("título: Aire limpio 🌍\nresumen: \"Ünïcode — “comillas”\"\nnested:\n  deeper:\n    deepest: [1, [2, [3]]]\n", 2),
        ("anchors: &a {k: v}\nuse: *a\n", 3),
        ("", 2),
    ]

    /// Every sample, and every front matter of the example site, reads back as the tree Yams gave.
    @Test func aKeptTreeIsTheTreeYamsGave() throws {
        var samples = Self.samples
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../content").standardized
        let files = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        for file in files {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            guard case .success(let split) = FrontMatterSplitter.split(SourceText(path: file, text: text)) else { continue }
            samples.append((split.yaml, split.yamlFirstLine))
        }
        #expect(samples.count > 40)
        for (yaml, firstLine) in samples {
            guard case .success(let tree) = YAMLReader.parse(yaml, path: "x.md", firstLine: firstLine) else {
                Issue.record("Yams refused \(yaml)")
                continue
            }
            let kept = ParsedFrontMatter.encode(tree)
            let back = try #require(ParsedFrontMatter.decode(kept), "\(yaml)")
            #expect(back == tree, "\(yaml)")
        }
    }

    /// A kept text cut anywhere, or changed to another form, is not read as a tree.
    @Test func aTextCutShortIsNoTree() throws {
        for (yaml, firstLine) in Self.samples {
            guard case .success(let tree) = YAMLReader.parse(yaml, path: "x.md", firstLine: firstLine) else { continue }
            let kept = Array(ParsedFrontMatter.encode(tree).utf8)
            for length in 0..<kept.count {
                #expect(ParsedFrontMatter.decode(String(decoding: kept[0..<length], as: UTF8.self)) == nil, "cut at \(length) of \(yaml)")
            }
            #expect(ParsedFrontMatter.decode(String(decoding: kept + [UInt8(ascii: "n")], as: UTF8.self)) == nil)
        }
        #expect(ParsedFrontMatter.decode("x1,1,0:") == nil)
        #expect(ParsedFrontMatter.decode("s21,1,0:") == nil)
    }

    /// Through a cache saved and read again, a front matter is parsed once; one with a YAML
    /// error is parsed, and reported, on every build.
    @Test func aFrontMatterIsParsedOnceAndAnErrorEveryTime() throws {
        let folder = try CacheFolder("civic-front-matter")
        defer { folder.remove() }
        let path = folder.path(".civic-markdown-public")
        let good = "title: Clean air\nlist: [a, b]\n"
        let broken = "title: [unclosed\n"
        let first = MarkdownCache()
        let parsed = ParsedFrontMatter.parse(good, path: "content/outcomes/a.md", firstLine: 2, cache: first)
        let wrong = ParsedFrontMatter.parse(broken, path: "content/outcomes/b.md", firstLine: 2, cache: first)
        #expect(first.counts == (reused: 0, rendered: 1), "the error is not kept")
        first.save(to: path)

        let second = MarkdownCache.load(from: path)
        let again = ParsedFrontMatter.parse(good, path: "content/outcomes/a.md", firstLine: 2, cache: second)
        let wrongAgain = ParsedFrontMatter.parse(broken, path: "content/outcomes/b.md", firstLine: 2, cache: second)
        #expect(second.counts == (reused: 1, rendered: 0))
        guard case .success(let one) = parsed, case .success(let two) = again, case .failure(let e1) = wrong, case .failure(let e2) = wrongAgain else {
            Issue.record("expected the tree twice and the error twice")
            return
        }
        #expect(one == two && one != nil)
        #expect(e1.message == e2.message && e1.location == e2.location)

        // The same YAML starting on another line is another tree (its positions differ).
        let later = ParsedFrontMatter.parse(good, path: "content/outcomes/a.md", firstLine: 5, cache: second)
        guard case .success(let moved) = later else {
            Issue.record("expected a tree")
            return
        }
        #expect(moved?.position.line == 5)
        #expect(second.counts == (reused: 1, rendered: 1))
    }
}
