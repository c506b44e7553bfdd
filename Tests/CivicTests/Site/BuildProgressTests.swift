import Foundation
import Synchronization
import Testing
@testable import Civic

/// What a build tells its progress line, and what `civic build` prints of it on a terminal,
/// through a pipe, and with `--quiet`.
@Suite(.serialized) struct BuildProgressTests {
    @Test func theLineAndTheSentenceReadWell() {
        #expect(BuildProgress.State(stage: "checking the content", done: 0, total: 0).line == "checking the content")
        #expect(BuildProgress.State(stage: "writing the site", done: 3412, total: 10513).line
            == "writing the site: 3,412 of 10,513 files")
        #expect(BuildProgress.Finished(files: 1138, pages: 1, written: 3, unchanged: 1135).sentence
            == "1 page (1,138 files: 3 written, 1,135 unchanged)")
        #expect([0, 7, 999, 1000, 123456, 1234567, -4321].map(NumberText.grouped)
            == ["0", "7", "999", "1,000", "123,456", "1,234,567", "-4,321"])
    }

    /// Every stage in order, every file counted once, and what was written said at the end.
    @Test func aBuildReportsEachStageAndEveryFile() throws {
        let site = try TestSite()
        defer { site.remove() }
        let heard = Mutex<[BuildProgress.State]>([])
        let progress = BuildProgress { state in heard.withLock { $0.append(state) } }
        let output = try OutputFolder.inspect(site.folder.appendingPathComponent("public").path, siteFolder: site.folder.path)
        let diagnostics = SiteBuilder.build(siteFolder: site.folder, output: output, asOf: Day.parse("2025-06-01")!,
                                            progress: progress)
        #expect(!diagnostics.hasErrors)
        let states = heard.withLock { $0 }
        var stages: [String] = []
        for state in states where stages.last != state.stage { stages.append(state.stage) }
        #expect(stages == ["reading the content", "checking the content", "working out statuses", "planning the site",
                           "writing the site"])
        let finished = try #require(progress.finished)
        let written = states.filter { $0.stage == "writing the site" }
        #expect(written.map(\.done).max() == finished.files)
        #expect(written.count == finished.files + 1)
        #expect(Set(written.map(\.total)) == [finished.files])
        let files = try FileManager.default.subpathsOfDirectory(atPath: output.path)
            .filter { !$0.hasPrefix(".") && !FileManager.default.isDirectory(output.path + "/" + $0) }
        #expect(finished.files == files.count)
        #expect(finished.pages == files.count { $0.hasSuffix(".html") })
        #expect(finished.written == finished.files && finished.unchanged == 0)
    }

    /// On a terminal (a pseudo-terminal made by `script`), the line is drawn and wiped;
    /// through a pipe, nothing of it; with --quiet, nothing at all on a clean build.
    @Test func theProgressLineIsDrawnOnlyOnATerminal() throws {
        let site = try TestSite()
        defer { site.remove() }
        let build = [projectRoot.appendingPathComponent(".build/debug/civic").path, "build", "--site", site.folder.path,
                     "--as-of", "2025-06-01"]
        let wipe = "\r\u{1B}[2K"

        let piped = try runCivic(Array(build.dropFirst()), environment: ["CIVIC_PROGRESS_AFTER": "0"])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\u{1B}") && !piped.stderr.contains("\r"), "\(piped.stderr)")
        #expect(piped.stderr.range(of: #"^built .* as of 2025-06-01: \d+ pages \(\d+ files: \d+ written, \d+ unchanged\) in \d+\.\d s\n$"#,
                                   options: .regularExpression) != nil, "\(piped.stderr)")

        let quiet = try runCivic(Array(build.dropFirst()) + ["--quiet"], environment: ["CIVIC_PROGRESS_AFTER": "0"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")

        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", build.map { "'\($0)'" }.joined(separator: " "), "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["CIVIC_PROGRESS_AFTER"] = "0"
        environment["TERM"] = "xterm"
        script.environment = environment
        let out = Pipe()
        script.standardOutput = out
        script.standardInput = FileHandle.nullDevice
        try script.run()
        let terminal = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        #expect(script.terminationStatus == 0)
        #expect(terminal.contains(wipe + "civic: reading the content"), "\(terminal.debugDescription)")
        #expect(terminal.contains(wipe + "civic: writing the site: "), "\(terminal.debugDescription)")
        // The line is wiped before the result is printed.
        #expect(terminal.contains(wipe + "built "), "\(terminal.debugDescription)")
    }
}

private extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
