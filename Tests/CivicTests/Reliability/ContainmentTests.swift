import Foundation
import Testing
@testable import Civic

/// Nothing outside `content/` and `templates/`, nothing hidden, and nothing that would run in
/// a reader's browser is ever published; no special file is ever opened.
@Suite struct ContainmentTests {
    static func link(_ site: TestSite, _ path: String, to target: String) throws {
        let url = site.folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// A folder outside the site with a file in it, removed with the returned closure.
    static func outsideFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civic-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        return folder
    }

    @Test(arguments: ["content/media", "content/data", "content/pages", "templates"])
    func aFolderLinkedFromOutsideIsRefused(_ path: String) throws {
        let site = try TestSite()
        defer { site.remove() }
        let outside = try Self.outsideFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try Self.link(site, path, to: outside.path)
        let message = path == "templates"
            ? "templates: this is a symbolic link to \(outside.resolvingSymlinksInPath().path), outside the site folder"
            : "\(path): this is a symbolic link to \(outside.resolvingSymlinksInPath().path), outside the site's content/ and templates/ folders"
        #expect(site.messages() == [message])
        #expect(!site.build().paths.contains { $0.contains("secret") })
    }

    @Test func linksIntoTheSiteButOutsideContentOrIntoHiddenFilesAreRefused() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write(".git/config", bytes: Array("[remote]\n  url = https://token@example.org/x.git\n".utf8))
        try site.write(".env", bytes: Array("TOKEN=secret\n".utf8))
        try site.write("content/media/.private/notes.txt", bytes: Array("private".utf8))
        try site.write("notes/plan.txt", bytes: Array("plan".utf8))
        try Self.link(site, "content/media/config.txt", to: "../../.git/config")
        try Self.link(site, "content/media/env.txt", to: "../../.env")
        try Self.link(site, "content/media/notes.txt", to: ".private/notes.txt")
        try Self.link(site, "content/media/plan.txt", to: "../../notes/plan.txt")
        let root = site.folder.resolvingSymlinksInPath().path
        #expect(site.messages() == [
            "content/media/config.txt: this is a symbolic link to \(root)/.git/config, outside the site's content/ and templates/ folders",
            "content/media/env.txt: this is a symbolic link to \(root)/.env, outside the site's content/ and templates/ folders",
            "content/media/notes.txt: this is a symbolic link to \(root)/content/media/.private/notes.txt, a hidden file or folder, which is never published",
            "content/media/plan.txt: this is a symbolic link to \(root)/notes/plan.txt, outside the site's content/ and templates/ folders",
        ])
    }

    @Test func aLinkWithinContentIsPublished() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/media/logos/council.png", bytes: [0x89, 0x50, 0x4E, 0x47])
        try Self.link(site, "content/media/logo.png", to: "logos/council.png")
        #expect(site.messages() == [])
        #expect(site.build().paths.isSuperset(of: ["media/logo.png", "media/logos/council.png"]))
    }

    @Test func activeContentUnderMediaIsRefused() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/media/page.html", bytes: Array("<p>hi</p>".utf8))
        try site.write("content/media/App.JS", bytes: Array("alert(1)".utf8))
        try site.write("content/media/script.svg", bytes: Array("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".utf8))
        try site.write("content/media/handler.svg", bytes: Array("<svg xmlns='http://www.w3.org/2000/svg'\n  ONLOAD = 'alert(1)'><rect/></svg>".utf8))
        try site.write("content/media/link.svg", bytes: Array("<svg><a href='JavaScript:alert(1)'><rect/></a></svg>".utf8))
        try site.write("content/data/chart.svg", bytes: Array("<svg><foreignObject><div/></foreignObject></svg>".utf8))
        try site.write("content/media/map.svg", bytes: Array("<svg xmlns='http://www.w3.org/2000/svg'><rect width='10' height='10' font='online'/><text>onward</text></svg>".utf8))
        let messages = site.messages()
        #expect(messages == [
            "content/data/chart.svg: this SVG image holds embedded HTML (foreignObject), which would run in readers' browsers",
            "content/media/App.JS: civic does not publish JavaScript files from content/, since they would run in readers' browsers on the site's own address",
            "content/media/handler.svg: this SVG image holds an event handler (onload=), which would run in readers' browsers",
            "content/media/link.svg: this SVG image holds a javascript: link, which would run in readers' browsers",
            "content/media/page.html: civic does not publish HTML files from content/, since they would run in readers' browsers on the site's own address",
            "content/media/script.svg: this SVG image holds a script, which would run in readers' browsers",
        ])
    }

    @Test func aPlainSVGIsPublished() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/media/map.svg", bytes: Array("<svg xmlns='http://www.w3.org/2000/svg'><rect width='10' height='10'/><text>onward, one = two</text></svg>".utf8))
        #expect(site.messages() == [])
        #expect(site.build().paths.contains("media/map.svg"))
    }

    @Test func aRawCSVIsPublishedThroughTheFormulaGuard() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/data/notes.csv", bytes: Array("date,value,note\n2024,-3,\"=HYPERLINK(\"\"http://evil.example\"\")\"\n2025,4,@SUM(A1)\n".utf8))
        #expect(site.messages() == [])
        #expect(site.build().text("data/notes.csv") == "date,value,note\r\n2024,-3,\"'=HYPERLINK(\"\"http://evil.example\"\")\"\r\n2025,4,'@SUM(A1)\r\n")
    }

    @Test func anUnreadableCSVIsAnErrorEvenWhenNoIndicatorUsesIt() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("content/data/broken.csv", bytes: Array("date,value\n2024,\"open\n".utf8))
        let messages = site.messages()
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/data/broken.csv:2:") == true, "\(messages)")
    }

    @Test(arguments: ["content/pages/pipe.md", "content/media/pipe.jpg", "content/site.yml", "templates/page.mustache"])
    func aNamedPipeIsRefusedWithoutOpeningIt(_ path: String) throws {
        let site = try TestSite()
        defer { site.remove() }
        let url = site.folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        #expect(mkfifo(url.path, 0o644) == 0)
        // Opening a pipe with no writer blocks: finishing at all is the first check.
        let messages = site.messages()
        #expect(messages.contains("\(path): this is a named pipe (FIFO), not a file; civic reads only regular files and folders"), "\(messages)")
    }
}
