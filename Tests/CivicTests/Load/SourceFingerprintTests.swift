import Foundation
import Testing
@testable import Civic

/// The preview rebuilds when the fingerprint of the site's files changes: it must change
/// for every kind of edit an editor makes, and stay the same while nothing changes.
@Suite struct SourceFingerprintTests {
    @Test func everyEditChangesItAndNothingElseDoes() throws {
        let site = try TestSite(["content/pages/about.md": "---\ntitle: About\n---\nHello.\n",
                                 "templates/page.mustache": "{{<layout}}{{/layout}}"])
        defer { site.remove() }
        let root = site.folder.path
        let fm = FileManager.default
        var last = SourceFingerprint(siteFolder: root)
        #expect(last.files >= 3)
        #expect(SourceFingerprint(siteFolder: root) == last, "unchanged files give the same fingerprint")
        // Public files outside content/ and templates/ are not watched.
        try Data("x".utf8).write(to: site.folder.appendingPathComponent("README.md"))
        #expect(SourceFingerprint(siteFolder: root) == last)

        func expectChange(_ what: String, _ edit: () throws -> Void) throws {
            try edit()
            let now = SourceFingerprint(siteFolder: root)
            #expect(now != last, "\(what) changes the fingerprint")
            last = now
        }
        let about = site.folder.appendingPathComponent("content/pages/about.md")
        try expectChange("the same number of bytes, written again") {
            // Written anew, the file's modification time moves on even if its size does not.
            let before = try fm.attributesOfItem(atPath: about.path)[.modificationDate] as! Date
            try Data("---\ntitle: About\n---\nHullo.\n".utf8).write(to: about)
            try fm.setAttributes([.modificationDate: before.addingTimeInterval(1)], ofItemAtPath: about.path)
        }
        try expectChange("a new file") {
            try Data("---\ntitle: Team\n---\n".utf8).write(to: site.folder.appendingPathComponent("content/pages/team.md"))
        }
        try expectChange("a file in a new folder") {
            try fm.createDirectory(at: site.folder.appendingPathComponent("content/media/photos"), withIntermediateDirectories: true)
            try Data([1, 2, 3]).write(to: site.folder.appendingPathComponent("content/media/photos/a.png"))
        }
        try expectChange("a rename") {
            try fm.moveItem(at: site.folder.appendingPathComponent("content/pages/team.md"),
                            to: site.folder.appendingPathComponent("content/pages/our-team.md"))
        }
        try expectChange("a template edited") {
            try Data("{{<layout}}{{$main}}x{{/main}}{{/layout}}".utf8).write(to: site.folder.appendingPathComponent("templates/page.mustache"))
        }
        try expectChange("a removal") {
            try fm.removeItem(at: site.folder.appendingPathComponent("content/pages/our-team.md"))
        }
    }

    /// A folder of many entries is looked at on every core: the fingerprint is the same as
    /// one taken a file at a time, and still changes when one file among hundreds does.
    @Test func aLargeFolderLookedAtOnEveryCoreGivesTheSameFingerprint() throws {
        var files: [String: String] = [:]
        for n in 0..<300 { files["content/celebrations/c-\(n).md"] = "---\ntitle: C \(n)\n---\n" }
        let site = try TestSite(files)
        defer { site.remove() }
        let root = site.folder.path
        let serial = SourceFingerprint(siteFolder: root, parallelFrom: .max)
        let parallel = SourceFingerprint(siteFolder: root, parallelFrom: 2)
        #expect(parallel == serial)
        #expect(parallel.files >= 300, "the 300 entries and the files every test site has")
        try Data("---\ntitle: C 150, edited\n---\n".utf8).write(to: site.folder.appendingPathComponent("content/celebrations/c-150.md"))
        let edited = SourceFingerprint(siteFolder: root, parallelFrom: 2)
        #expect(edited != parallel)
        #expect(edited == SourceFingerprint(siteFolder: root, parallelFrom: .max))
    }
}
