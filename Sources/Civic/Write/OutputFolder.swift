#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Where a build may write, decided before anything is built or touched.
///
/// civic replaces only what it made: an output that does not exist yet, an empty folder, or
/// a folder carrying its mark (`OutputMark`) that holds nothing the mark does not list. It
/// never writes into the site folder, a folder that contains it, or `content/` and
/// `templates/`; never over a file; never into a folder of somebody else's files. An output
/// that is a symbolic link is written through: the folder it points to is the output. An
/// output that is a mount point cannot be swapped, so its files are replaced one by one.
public struct OutputFolder: Sendable {
    public enum Mode: Sendable, Equatable {
        /// The whole site is staged beside the output and swapped in at once.
        case swap
        /// Each file is replaced on its own by a rename (a mount point cannot be renamed).
        case inPlace
    }

    /// Why an output was refused: says what is wrong and what to do.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// The folder written (the target, when the requested output is a symbolic link).
    public let path: String
    public let mode: Mode
    /// Which file the mark the last build left there was when it was read (nil when the
    /// folder is missing or empty): while it is still that file, nothing has built into the
    /// folder since. The mark's list of files is not kept: at 100,000 entries it is 106,000
    /// paths, which the build would otherwise hold from start to end.
    let markIdentity: WriteManifest.FileIdentity?

    init(path: String, mode: Mode, mark: OutputMark?) {
        (self.path, self.mode) = (path, mode)
        self.markIdentity = mark == nil ? nil : WriteManifest.FileIdentity.of(path + "/" + OutputMark.fileName)
    }

    /// Whether a build has written into the folder since it was inspected.
    /// Where the Markdown rendered for this output is kept for the next build (`MarkdownCache`):
    /// beside the folder, as the write manifest is (`.civic-markdown-public`), never in what
    /// is published.
    var markdownCachePath: String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/.civic-markdown-" + url.lastPathComponent
    }

    var changedSinceInspected: Bool {
        markIdentity == nil || WriteManifest.FileIdentity.of(path + "/" + OutputMark.fileName) != markIdentity
    }

    /// Decides whether `requested` may be written, and how. `siteFolder` is the site being
    /// built, which the output must keep clear of.
    public static func inspect(_ requested: String, siteFolder: String?) throws(Refusal) -> OutputFolder {
        guard !requested.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Refusal(description: "the output path is empty (an unset variable?): give a folder, for example --output public")
        }
        let absolute = requested.hasPrefix("/") ? requested : FileManager.default.currentDirectoryPath + "/" + requested
        let path = resolve(absolute)
        if let siteFolder {
            try checkClear(of: resolve(siteFolder.hasPrefix("/") ? siteFolder : FileManager.default.currentDirectoryPath + "/" + siteFolder),
                           output: path, requested: requested)
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return OutputFolder(path: path, mode: .swap, mark: nil) }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw Refusal(description: "the output \(requested) is \(status.st_mode & S_IFMT == S_IFREG ? "a file" : "not a folder"), "
                          + "which civic will not replace: choose a folder, for example --output public")
        }
        guard let entries = DirectoryListing.entries(of: path) else {
            throw Refusal(description: "cannot read the output folder \(requested): \(String(cString: strerror(errno)))")
        }
        let mode: Mode = isMountPoint(path, status: status) ? .inPlace : .swap
        guard !entries.isEmpty else { return OutputFolder(path: path, mode: mode, mark: nil) }
        guard let mark = OutputMark.read(in: path) else {
            let sample = entries.map(\.name).sorted().prefix(3).joined(separator: ", ")
            throw Refusal(description: "the output \(requested) already holds files that civic did not make (\(sample)\(entries.count > 3 ? ", ..." : "")) "
                          + "and has no \(OutputMark.fileName) from an earlier build: civic writes only into a missing, empty or civic-made folder. "
                          + "Choose another --output, or move those files away yourself (an output made by a civic older than the mark can simply be deleted)")
        }
        let foreign = foreignFiles(in: path, mark: mark)
        guard foreign.isEmpty else {
            let sample = foreign.prefix(5).joined(separator: ", ")
            throw Refusal(description: "the output \(requested) holds \(foreign.count) file\(foreign.count == 1 ? "" : "s") that civic did not make "
                          + "(\(sample)\(foreign.count > 5 ? ", ..." : "")), which the build would replace: move them away, "
                          + "or put files you want published in content/media/")
        }
        return OutputFolder(path: path, mode: mode, mark: mark)
    }

    /// Refuses an output that is the site folder, contains it, or lies in its content or templates.
    private static func checkClear(of site: String, output: String, requested: String) throws(Refusal) {
        func within(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/") }
        if output == site {
            throw Refusal(description: "the output \(requested) is the site folder itself, which a build would replace: use --output public")
        }
        if within(site, output) {
            throw Refusal(description: "the output \(requested) contains the site folder, which a build would replace: use --output public")
        }
        for source in ["content", "templates"] where within(output, site + "/" + source) {
            throw Refusal(description: "the output \(requested) is inside the site's \(source)/ folder: use --output public")
        }
    }

    /// Files (and links, and anything else but folders) under `path` that `mark` does not
    /// list, other than the mark itself, what is kept at the top, and the new files of a
    /// build that was interrupted; sorted.
    /// `parallelFrom`: how many entries a folder holds before they are walked on every core
    /// (the same answer either way).
    static func foreignFiles(in path: String, mark: OutputMark, parallelFrom: Int = SourceFingerprint.parallelFrom) -> [String] {
        let listed = Set(mark.files)
        @Sendable func walk(_ relative: String) -> [String] {
            let absolute = relative.isEmpty ? path : path + "/" + relative
            let entries = (DirectoryListing.entries(of: absolute) ?? []).filter {
                !(relative.isEmpty && (OutputMark.kept.contains($0.name) || $0.name == OutputMark.fileName))
            }
            @Sendable func foreign(_ entry: DirectoryListing.Entry) -> [String] {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if kind(of: absolute + "/" + entry.name, listed: entry.kind) == UInt8(DT_DIR) { return walk(child) }
                return !listed.contains(child) && !entry.name.hasPrefix(SiteWriter.newFilePrefix) ? [child] : []
            }
            // A folder of thousands of pages (each a folder of its own) is walked on every core.
            return (entries.count < parallelFrom ? entries.map(foreign) : Parallel.map(entries, foreign)).flatMap { $0 }
        }
        return walk("").sorted()
    }

    private static func kind(of path: String, listed: UInt8) -> UInt8 {
        guard listed == UInt8(DT_UNKNOWN) else { return listed }
        var status = stat()
        guard lstat(path, &status) == 0 else { return listed }
        return status.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
    }

    /// An absolute path with every symbolic link in it followed, including the last one (an
    /// output that is a link is written through); the part that does not exist yet is kept
    /// as written, without `.` and `..`.
    static func resolve(_ absolute: String) -> String {
        var components = absolute.split(separator: "/").map(String.init)[...]
        var resolved = ""
        var hops = 0
        while let component = components.popFirst() {
            if component == "." || component.isEmpty { continue }
            if component == ".." {
                if let slash = resolved.lastIndex(of: "/") { resolved = String(resolved[..<slash]) }
                continue
            }
            let candidate = resolved + "/" + component
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(candidate, &buffer, buffer.count - 1)
            guard length > 0, hops < 40 else {
                resolved = candidate
                continue
            }
            hops += 1
            let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") { resolved = "" }
            components = (target.split(separator: "/").map(String.init) + components)[...]
        }
        return resolved.isEmpty ? "/" : resolved
    }

    /// Whether `path` is the top of a mounted file system (including a bind mount of a
    /// folder on the same one), which a rename can neither move nor replace.
    static func isMountPoint(_ path: String, status: stat) -> Bool {
        var parent = stat()
        if lstat(path + "/..", &parent) == 0, parent.st_dev != status.st_dev { return true }
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        return mountPoints(table).contains(path)
    }

    /// The mount points listed in `/proc/self/mountinfo` text (its fifth field, with the
    /// kernel's octal escapes for spaces and the like undone).
    static func mountPoints(_ mountinfo: String) -> Set<String> {
        var points: Set<String> = []
        for line in mountinfo.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 4 else { continue }
            points.insert(unescapeOctal(fields[4]))
        }
        return points
    }

    private static func unescapeOctal(_ field: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(field.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "\\"), utf8.count >= 3, let value = UInt8(String(decoding: utf8.prefix(3), as: UTF8.self), radix: 8) {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
