import Foundation
import Testing
@testable import Civic

/// `civic build` killed with SIGKILL at many moments while it works: the previous output
/// must be intact every time, and the next build must clean up what the killed one left.
@Suite(.serialized) struct CrashSafetyTests {
    /// A fingerprint of a folder: every file's path and size, and the bytes of a few.
    static func fingerprint(_ folder: URL) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for path in listFiles(folder) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            result[path] = (attributes[.size] as? NSNumber)?.intValue ?? -1
        }
        return result
    }

    @Test func killingTheBuildAtAnyMomentLeavesThePreviousSiteIntact() throws {
        // A site whose build spends its time writing: 300 media files of 128 KiB.
        let site = try TestSite()
        defer { site.remove() }
        let chunk = [UInt8](repeating: 0x2A, count: 128 * 1024)
        for n in 0..<300 { try site.write("content/media/photos/photo-\(n).jpg", bytes: chunk) }
        let output = site.folder.appendingPathComponent("public")
        let binary = projectRoot.appendingPathComponent(".build/debug/civic")

        // The previous site: the example partnership, so that it differs from what is being built.
        #expect(try runCivic(["build", "--site", projectRoot.path, "--output", output.path, "--as-of", "2026-11-01"]).status == 0)
        let before = try Self.fingerprint(output)
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))
        #expect(before.count > 50)

        // What a complete build gives, to recognise a kill that came after the swap.
        let complete = site.folder.appendingPathComponent("complete")
        #expect(try runCivic(["build", "--site", site.folder.path, "--output", complete.path, "--as-of", "2025-06-01"]).status == 0)
        let after = try Self.fingerprint(complete)
        try FileManager.default.removeItem(at: complete)

        func stagingExists() -> Bool {
            ((try? FileManager.default.contentsOfDirectory(atPath: site.folder.path)) ?? []).contains { $0.hasPrefix(".civic-staging-") }
        }
        var killedWhileStaging = 0
        let extraDelays = [0.0, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25]
        for extra in extraDelays {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["build", "--site", site.folder.path, "--output", output.path, "--as-of", "2025-06-01"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning && !stagingExists() && Date() < deadline { usleep(1000) }
            Thread.sleep(forTimeInterval: extra)
            let writing = process.isRunning && stagingExists()
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit {
                // It finished before the kill: put the previous site back for the next round.
                try FileManager.default.removeItem(at: output)
                #expect(try runCivic(["build", "--site", projectRoot.path, "--output", output.path, "--as-of", "2026-11-01"]).status == 0)
                continue
            }
            let now = try Self.fingerprint(output)
            if now == after {
                // Killed after the swap, while removing the old site: the new one is complete. Start again from the old.
                try FileManager.default.removeItem(at: output)
                #expect(try runCivic(["build", "--site", projectRoot.path, "--output", output.path, "--as-of", "2026-11-01"]).status == 0)
                continue
            }
            if writing { killedWhileStaging += 1 }
            #expect(now == before, "after a kill \(extra) s into writing, the output is neither the old site nor the new one")
            #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == home)
        }
        #expect(killedWhileStaging >= 6, "only \(killedWhileStaging) kills landed while writing")

        // The next build completes, replaces the site, and leaves no staging folder behind.
        #expect(try runCivic(["build", "--site", site.folder.path, "--output", output.path, "--as-of", "2025-06-01"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".civic-") && !$0.hasPrefix(".civic-previous-") && !$0.hasPrefix(".civic-manifest-") && !$0.hasPrefix(".civic-lock-")
            && !(($0.hasPrefix(".civic-markdown-") || $0.hasPrefix(".civic-stamp-") || $0.hasPrefix(".civic-reads-")) && !$0.hasSuffix(".tmp")) }
        #expect(leftovers == [])
        #expect(try Self.fingerprint(output)["media/photos/photo-299.jpg"] == 128 * 1024)
    }
}
