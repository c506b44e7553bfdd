import CSystem
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writes the built site into a staging folder beside the output and swaps it into place
/// only when every file was written, so a failed or interrupted build leaves the previous
/// output exactly as it was.
public enum SiteWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    static let stagingPrefix = ".civic-staging-"
    static let retiredPrefix = ".civic-retired-"

    public static func write(_ files: [OutputFile], to output: URL) throws {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers(in: parent, for: name)

        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent("\(stagingPrefix)\(name)-\(token)")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            // Folders first, one thread; then the files on all cores.
            var folders = Set<String>()
            for file in files { folders.insert((file.path as NSString).deletingLastPathComponent) }
            for folder in folders.sorted() where !folder.isEmpty {
                try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let stagingPath = staging.path
            let failures = Parallel.map(files) { file -> String? in
                let target = stagingPath + "/" + file.path
                switch file.contents {
                case .bytes(let bytes):
                    return writeFile(bytes, to: target) ? nil : "could not write \(target): \(String(cString: strerror(errno)))"
                case .copy(let source):
                    do {
                        try FileManager.default.copyItem(atPath: source, toPath: target)
                        return nil
                    } catch {
                        return "could not copy \(source): \(error.localizedDescription)"
                    }
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw WriteError(description: failure) }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        try publish(staging, at: output, retiredName: "\(retiredPrefix)\(name)-\(token)")
    }

    /// Puts the staged site in place. Where the system can swap two folders in one step,
    /// the output is never missing, not even for an instant; elsewhere the old output is
    /// moved aside first, and a build interrupted between the two moves is repaired by
    /// the next one (`removeLeftovers`).
    static func publish(_ staging: URL, at output: URL, retiredName: String) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: staging, to: output)
            return
        }
        if civic_rename_exchange(staging.path, output.path) == 0 {
            // The staging path now holds the previous site.
            try? fm.removeItem(at: staging)
            return
        }
        let retired = output.deletingLastPathComponent().appendingPathComponent(retiredName)
        try fm.moveItem(at: output, to: retired)
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: retired, to: output)
            try? fm.removeItem(at: staging)
            throw error
        }
        try? fm.removeItem(at: retired)
    }

    /// Writes a new file with plain system calls: Foundation's atomic writes would rename
    /// every file once more, and the whole staging folder is already swapped in at once.
    static func writeFile(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += result
        }
        return true
    }

    /// Staging folders left by an interrupted build are removed; a retired output is put
    /// back if the interruption came between the two moves of the swap.
    static func removeLeftovers(in parent: URL, for name: String) {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        let output = parent.appendingPathComponent(name)
        for entry in entries.sorted() {
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix("\(stagingPrefix)\(name)-") {
                try? fm.removeItem(at: url)
            } else if entry.hasPrefix("\(retiredPrefix)\(name)-") {
                if fm.fileExists(atPath: output.path) {
                    try? fm.removeItem(at: url)
                } else {
                    try? fm.moveItem(at: url, to: output)
                }
            }
        }
    }
}
