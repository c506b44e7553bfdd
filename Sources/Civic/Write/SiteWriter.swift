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
            var made = Set<String>()
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent().path
                if made.insert(folder).inserted {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                switch file.contents {
                case .bytes(let bytes):
                    guard fm.createFile(atPath: target.path, contents: Data(bytes)) else {
                        throw WriteError(description: "could not write \(target.path)")
                    }
                case .copy(let source):
                    try fm.copyItem(atPath: source, toPath: target.path)
                }
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        // Swap: move the old output aside, move the new one in, then delete the old one.
        let retired = parent.appendingPathComponent("\(retiredPrefix)\(name)-\(token)")
        let hadOutput = fm.fileExists(atPath: output.path)
        if hadOutput { try fm.moveItem(at: output, to: retired) }
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? fm.moveItem(at: retired, to: output) }
            try? fm.removeItem(at: staging)
            throw error
        }
        if hadOutput { try? fm.removeItem(at: retired) }
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
