import Foundation
import Testing
@testable import Civic

/// The preview builds each save from what the build before read and made (`SourceCache`,
/// `EntryCache`, `MarkdownCache`). Whatever an editor does, that must give what a build from nothing
/// gives: the same files, byte for byte, and the same problems.
@Suite struct IncrementalBuildTests {
    /// SplitMix64: the same edits on every run.
    struct Dice {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    @Test func randomEditsBuiltFromTheBuildBeforeGiveAFullBuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
        let content = folder.appendingPathComponent("content")
        let asOf = Day.parse("2026-11-01")!
        var dice = Dice(state: 2026)
        var sources = SourceCache(), entries = EntryCache(), markdown = MarkdownCache()
        var kinds: [String: Int] = [:]
        var built = 0, broken = 0, reusedSteps = 0, readSteps = 0, siteEdits = 0
        // Files saved more than two seconds before a build are the ones a build keeps
        // (`SourceCache`): the copy, and each file a step writes, are dated an hour back.
        func backdateRecent() throws {
            let now = Date()
            for path in listFiles(content) {
                let url = content.appendingPathComponent(path)
                let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
                if let modified, now.timeIntervalSince(modified) < 600 {
                    try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-3600)], ofItemAtPath: url.path)
                }
            }
        }
        try backdateRecent()

        func entryFiles() throws -> [String] {
            try EntryKind.allCases.flatMap { kind in
                try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(kind.rawValue).path)
                    .filter { $0.hasSuffix(".md") }.sorted().map { "\(kind.rawValue)/\($0)" }
            }
        }
        func read(_ path: String) throws -> String { try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8) }
        func write(_ path: String, _ text: String) throws { try Data(text.utf8).write(to: content.appendingPathComponent(path)) }

        /// Every file under content/, by path: the site as it was when it last built.
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for path in listFiles(content) { files[path] = try Data(contentsOf: content.appendingPathComponent(path)) }
            return files
        }
        var lastGood = try snapshot()
        var fixing = false

        for step in 0..<40 {
            let files = try entryFiles()
            let file = dice.pick(files)
            // After a step that broke the site, the editor puts it back as it was.
            // Each kind of change once, in turn, then at random.
            let changes = ["body", "title", "link", "copy", "delete", "rename", "site", "site", "same-size", "body"]
            let kind = fixing ? "revert" : step < changes.count ? changes[step] : dice.pick(changes)
            kinds[kind, default: 0] += 1
            switch kind {
            case "revert":
                for path in listFiles(content) where lastGood[path] == nil {
                    try FileManager.default.removeItem(at: content.appendingPathComponent(path))
                }
                for (path, data) in lastGood { try data.write(to: content.appendingPathComponent(path)) }
            case "body":
                try write(file, try read(file) + "\nA sentence added at step \(step), with *emphasis*.\n")
            case "title":
                // The first line of front matter that names the entry.
                let text = try read(file)
                let renamed = text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Step \(step) ", options: [], range: text.range(of: "\ntitle: "))
                    .replacingOccurrences(of: "\nname: ", with: "\nname: Step \(step) ", options: [], range: text.range(of: "\nname: "))
                try write(file, renamed)
            case "link":
                // A link to another entry's page, which a later step may delete or rename.
                let target = dice.pick(files)
                let parts = target.split(separator: "/")
                let id = parts[1].dropLast(3)
                let url = parts[0] == "pages" ? "/\(id)/" : "/\(parts[0])/\(id)/"
                try write(file, try read(file) + "\nSee [the other entry](\(url)).\n")
            case "same-size":
                // One letter's case changed, and the modification time put back: only the
                // change time tells the file was written.
                let url = content.appendingPathComponent(file)
                let modified = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
                let text = try read(file)
                let letter = try #require(text.lastIndex(where: { $0.isASCII && $0.isLowercase }))
                try write(file, text.replacingCharacters(in: letter...letter, with: text[letter].uppercased()))
                try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: url.path)
            case "copy":
                let parts = file.split(separator: "/")
                try write("\(parts[0])/step-\(step)-\(parts[1])", try read(file))
            case "delete":
                try FileManager.default.removeItem(at: content.appendingPathComponent(file))
            case "rename":
                let parts = file.split(separator: "/")
                try FileManager.default.moveItem(at: content.appendingPathComponent(file),
                                                 to: content.appendingPathComponent("\(parts[0])/renamed-\(step)-\(parts[1])"))
            default:
                // The site's name, an area some commitments are in, or the pillars, one of
                // which no longer has the outcomes' (what each entry's validation reads
                // beside its own file, or what is checked across entries).
                let site = try read("site.yml")
                siteEdits += 1
                let edited = switch siteEdits % 3 {
                case 0: site.replacingOccurrences(of: "\nname: ", with: "\nname: Step \(step) ", options: [], range: site.range(of: "\nname: "))
                case 1: site.replacingOccurrences(of: "{id: eastside,", with: "{id: east-side,")
                default: site + "pillars:\n  - {id: environment, title: Planet}\n  - {id: economy, title: Prosperity}\n"
                    + "  - {id: social-\(step), title: People}\n"
                }
                try write("site.yml", edited)
            }

            if kind != "same-size" { try backdateRecent() }
            let incremental = SiteBuilder.build(siteFolder: folder, asOf: asOf, caches: BuildCaches(sources: sources, entries: entries, markdown: markdown))
            let full = SiteBuilder.build(siteFolder: folder, asOf: asOf)
            #expect(incremental.diagnostics.sorted == full.diagnostics.sorted, "step \(step): \(kind) \(file)")
            #expect(incremental.files.map(\.path) == full.files.map(\.path), "step \(step): \(kind) \(file)")
            for (a, b) in zip(incremental.files, full.files) where try bytes(of: a) != bytes(of: b) {
                Issue.record("step \(step): \(kind) \(file): /\(a.path) differs from a full build")
            }
            if entries.counts.reused > 0 { reusedSteps += 1 }
            if sources.counts.reused > 0 { readSteps += 1 }
            sources = sources.next()
            if full.diagnostics.hasErrors { broken += 1 } else { built += 1 }
            fixing = full.diagnostics.hasErrors
            if !fixing { lastGood = try snapshot() }
            // As the preview does: a build with errors keeps its caches for the next.
            if !incremental.diagnostics.hasErrors {
                entries = entries.next()
                markdown = markdown.next()
            }
        }
        // The edits covered every kind of change, some of which broke the site.
        #expect(kinds.keys.count == 9, "\(kinds)")
        #expect(reusedSteps >= 20, "entries were taken from the build before in \(reusedSteps) steps")
        #expect(readSteps >= 30, "files were taken from the load before in \(readSteps) steps")
        #expect(built >= 12 && broken >= 3, "\(built) steps built, \(broken) broken, \(kinds)")
    }

    /// Renaming an outcome's file is caught on the next build from the cache: every
    /// commitment that names the old id is reported, although none of their files changed.
    @Test func renamingAnOutcomeStillFlagsEveryCommitmentThatNamesIt() throws {
        let site = try TestSite()
        defer { site.remove() }
        let asOf = Day.parse("2025-06-01")!
        let entries = EntryCache()
        #expect(!SiteBuilder.build(siteFolder: site.folder, asOf: asOf, caches: BuildCaches(entries: entries)).diagnostics.hasErrors)
        let outcomes = site.folder.appendingPathComponent("content/outcomes")
        let outcome = try #require(try FileManager.default.contentsOfDirectory(atPath: outcomes.path).sorted().first)
        let oldID = String(outcome.dropLast(3))
        try FileManager.default.moveItem(at: outcomes.appendingPathComponent(outcome), to: outcomes.appendingPathComponent("renamed.md"))
        let next = entries.next()
        let result = SiteBuilder.build(siteFolder: site.folder, asOf: asOf, caches: BuildCaches(entries: next))
        let full = SiteBuilder.build(siteFolder: site.folder, asOf: asOf)
        #expect(next.counts.reused > 0)
        #expect(result.diagnostics.sorted == full.diagnostics.sorted)
        #expect(result.diagnostics.items.contains { $0.severity == .error && $0.message.contains("'\(oldID)'") })
    }
}
