#if canImport(Glibc)
import Glibc
#endif

/// civic's mark on a folder it wrote: `.civic-output` at the top of the output, listing every
/// file the build wrote there. A build replaces only an output that is missing, empty or
/// marked, and in a marked one only the files its mark lists (with `.git` and `CNAME` kept):
/// anything else found there is somebody else's, and the build refuses to touch it.
struct OutputMark: Sendable, Equatable {
    static let fileName = ".civic-output"
    static let header = "civic output 1"
    /// What a build keeps at the top of an output it replaces: a `gh-pages` checkout's
    /// repository and its custom domain.
    static let kept: Set<String> = [".git", "CNAME"]

    /// The files the build wrote, relative to the output.
    var files: [String]

    /// The mark's bytes: the same for the same files, in any order.
    var bytes: [UInt8] {
        var text = Self.header + "\n"
        text += "# Written by civic build. Each build replaces the files listed below and keeps .git and CNAME;\n"
        text += "# a file that is not listed makes the next build stop rather than delete it.\n"
        for file in files.sorted() { text += Self.escape(file) + "\n" }
        return Array(text.utf8)
    }

    /// The mark in `folder`, or nil when it has none (or what is there is not civic's).
    static func read(in folder: String) -> OutputMark? {
        guard let bytes = try? readFile(folder + "/" + fileName), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(header) else { return nil }
        var files: [String] = []
        for line in lines where !line.isEmpty && !line.hasPrefix("#") {
            files.append(unescape(line))
        }
        return OutputMark(files: files)
    }

    /// A path on one line: backslashes and line breaks written as `\\`, `\n` and `\r`.
    static func escape(_ path: String) -> String {
        guard path.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" }) else { return path }
        return path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r")
    }

    static func unescape(_ line: Substring) -> String {
        // Looked for in the bytes: `contains` with a string is Foundation's, which bridged
        // every line of a 10,000-file mark or stamp to an NSString.
        guard line.utf8.contains(UInt8(ascii: "\\")) else { return String(line) }
        var result = ""
        var escaped = false
        for character in line {
            if escaped {
                result.append(character == "n" ? "\n" : character == "r" ? "\r" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// A regular file's bytes, without following a link; at most 256 MiB.
    private static func readFile(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { throw SiteWriter.WriteError(description: "cannot open \(path)") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size < 256 << 20 else {
            throw SiteWriter.WriteError(description: "\(path) is not civic's mark")
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            total += count
        }
        return Array(bytes[..<total])
    }
}
