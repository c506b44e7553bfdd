#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What the last build into an output was made from, and what it left there: kept beside
/// the output (`.civic-stamp-public`) so that a build with nothing changed can stop after a
/// look, as `make` does, instead of making every page again to find each one unchanged.
///
/// A build trusts the stamp only when both halves still hold:
/// - **the inputs are the same**: every file under `content/` and `templates/` (path, size,
///   inode, modification and change times: `SourceFingerprint`), the as-of date, the dates
///   read from git, the site folder, and this very civic executable;
/// - **the output is as that build left it**: the same folder, holding exactly the files it
///   wrote (no more, no fewer, no other folders), each still the very file written (inode,
///   size and change time, which every write sets and nobody can set back).
///
/// It then reports the diagnostics that build reported, and writes nothing. A file written
/// in the same tick of the file system's clock as the fingerprint was taken could be written
/// again without changing its times (git calls this "racily clean"), so a build whose newest
/// input was modified less than `SourceFingerprint.settleTime` before it began keeps no
/// stamp. Deleting the stamp is always safe: the next build makes every file again.
struct BuildStamp: Sendable, Equatable {
    /// The fingerprint of everything the build read.
    var inputs: ContentHash
    /// The inode of the output folder the build left.
    var folder: UInt64
    /// How many files and pages the site has, for the line that says what was built.
    var siteFiles: Int
    var pages: Int
    /// What the build reported (it had no errors, or it would have published nothing).
    var diagnostics: [Diagnostic]
    /// Every file in the output, the mark included, with which file on disk it is.
    var outputs: [String: WriteManifest.FileIdentity]

    static let prefix = ".civic-stamp-"
    private static let header = "civic build stamp 2"

    /// What a build is made from, taken before it reads anything.
    struct Inputs: Sendable {
        var fingerprint: ContentHash
        /// Whether every input is old enough for its times to show any later change.
        var settled: Bool
        /// What the build is made from beside the site's files (`besideTheFiles`).
        var beside: String
    }

    static func inputs(siteFolder: URL, asOf: Day, history: SourceHistory) -> Inputs {
        let started = Date().timeIntervalSince1970
        let sources = SourceFingerprint(siteFolder: siteFolder.standardizedFileURL.path)
        let beside = besideTheFiles(siteFolder: siteFolder, asOf: asOf, history: history)
        let text = beside + "sources \(sources.hash) \(sources.files)\n"
        let now = Int64(started * 1_000_000_000)
        return Inputs(fingerprint: ContentHash(text: text), settled: sources.newestModification < now - SourceFingerprint.settleTime,
                      beside: beside)
    }

    /// What a build is made from beside the files of the site: this civic executable, the
    /// site folder, the as-of date, the dates read from git and, for a site with archived
    /// editions, its tags.
    static func besideTheFiles(siteFolder: URL, asOf: Day, history: SourceHistory) -> String {
        let site = siteFolder.standardizedFileURL.path
        var text = "\(header)\ncivic \(CivicVersion.number) executable \(CivicVersion.executable)\nsite \(site)\n"
        text += "as of \(asOf)\n"
        for path in history.lastCommitted.keys.sorted() {
            text += "committed \(history.lastCommitted[path] ?? 0) \(OutputMark.escape(path))\n"
        }
        // A site with archived editions is made from its tags too, which a tag moved or made
        // changes without touching a file of the site.
        if let settings = try? String(contentsOf: siteFolder.appendingPathComponent("content/site.yml"), encoding: .utf8),
           settings.split(separator: "\n").contains(where: { $0.hasPrefix("editions:") }) {
            let tags = Git.run(["for-each-ref", "--format=%(refname) %(objectname)", "refs/tags"], in: siteFolder)
            text += "tags \(tags?.status ?? -1)\n\(tags?.text ?? "")"
        }
        return text
    }

    /// Where the stamp of the output folder `output` is kept: beside it.
    static func path(forOutput output: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().path + "/" + prefix + url.lastPathComponent
    }

    /// Whether the output at `path` is still exactly what this stamp describes. Reads only
    /// folder listings and each file's status, never a file.
    /// `parallelFrom`: how many entries a folder holds before they are looked at on every core
    /// (the same answer either way).
    func describes(output path: String, parallelFrom: Int = SourceFingerprint.parallelFrom) -> Bool {
        guard WriteManifest.folderInode(path) == folder else { return false }
        var wantedFolders = Set<String>()
        for file in outputs.keys {
            var folder = SiteWriter.parentFolder(of: file)
            while !folder.isEmpty, wantedFolders.insert(folder).inserted { folder = SiteWriter.parentFolder(of: folder) }
        }
        let (wanted, outputs) = (wantedFolders, self.outputs)
        /// How many files and folders are under `relative`, or nil when anything there is not
        /// what the stamp says.
        @Sendable func look(_ relative: String) -> (files: Int, folders: Int)? {
            let absolute = relative.isEmpty ? path : path + "/" + relative
            guard let entries = DirectoryListing.entries(of: absolute) else { return nil }
            let children = entries.filter { !(relative.isEmpty && OutputMark.kept.contains($0.name)) }
                .map { relative.isEmpty ? $0.name : relative + "/" + $0.name }
            @Sendable func seen(_ child: String) -> (files: Int, folders: Int)? {
                var status = stat()
                guard lstat(path + "/" + child, &status) == 0 else { return nil }
                if status.st_mode & S_IFMT == S_IFDIR {
                    guard wanted.contains(child), let inside = look(child) else { return nil }
                    return (inside.files, inside.folders + 1)
                }
                guard let identity = WriteManifest.FileIdentity(status), outputs[child] == identity else { return nil }
                return (1, 0)
            }
            // A folder of thousands of pages (each a folder of its own) is looked at on every core.
            let counts = children.count < parallelFrom ? children.map(seen) : Parallel.map(children, seen)
            var total = (files: 0, folders: 0)
            for count in counts {
                guard let count else { return nil }
                total = (total.files + count.files, total.folders + count.folders)
            }
            return total
        }
        guard let seen = look("") else { return false }
        return seen.files == outputs.count && seen.folders == wanted.count
    }

    // MARK: - The file

    /// The stamp saved at `path`, or nil when there is none or any line of it cannot be read.
    static func read(from path: String) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(header), lines.last == "" else { return nil }
        lines.removeLast()
        // The last line counts the lines before it, so a stamp cut at a line's end is no stamp.
        guard let end = lines.popLast(), end.hasPrefix("end "), Int(end.dropFirst(4)) == lines.count else { return nil }
        func field(_ name: String) -> Substring? {
            guard let line = lines.popFirst(), line.hasPrefix(name + " ") else { return nil }
            return line.dropFirst(name.count + 1)
        }
        guard let inputs = field("inputs").flatMap({ ContentHash($0) }), let folder = field("folder").flatMap({ UInt64($0) }),
              let siteFiles = field("files").flatMap({ Int($0) }), let pages = field("pages").flatMap({ Int($0) }) else { return nil }
        var stamp = BuildStamp(inputs: inputs, folder: folder, siteFiles: siteFiles, pages: pages, diagnostics: [], outputs: [:])
        for line in lines {
            if line.hasPrefix("diagnostic ") {
                guard let diagnostic = decodeDiagnostic(line.dropFirst("diagnostic ".count)) else { return nil }
                stamp.diagnostics.append(diagnostic)
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, parts[0] == "file", let size = Int(parts[1]), let inode = UInt64(parts[2]),
                  let changed = Int64(parts[3]) else { return nil }
            stamp.outputs[OutputMark.unescape(parts[4])] = WriteManifest.FileIdentity(inode: inode, size: size, changed: changed)
        }
        return stamp
    }

    /// Saves the stamp through a temporary file and a rename, so a reader finds the old stamp
    /// or the new one, never half of one; a stamp that cannot be saved only costs the next
    /// build its shortcut.
    func write(to path: String) {
        var text = "\(Self.header)\ninputs \(inputs)\nfolder \(folder)\nfiles \(siteFiles)\npages \(pages)\n"
        for diagnostic in diagnostics { text += "diagnostic \(Self.encode(diagnostic))\n" }
        for (file, identity) in outputs.sorted(by: { $0.key < $1.key }) {
            text += "file \(identity.size) \(identity.inode) \(identity.changed) \(OutputMark.escape(file))\n"
        }
        text += "end \(4 + diagnostics.count + outputs.count)\n"
        let temporary = path + ".tmp"
        unlink(temporary)
        if SiteWriter.writeFile(Array(text.utf8), to: temporary) != nil, rename(temporary, path) == 0 { return }
        unlink(temporary)
    }

    /// One diagnostic as a JSON array on one line: severity, path, line, column, message, hint.
    private static func encode(_ diagnostic: Diagnostic) -> String {
        let fields: [Any] = [diagnostic.severity.rawValue, diagnostic.location.path, diagnostic.location.line,
                             diagnostic.location.column, diagnostic.message, diagnostic.hint ?? NSNull()]
        guard let data = try? JSONSerialization.data(withJSONObject: fields) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func decodeDiagnostic(_ line: Substring) -> Diagnostic? {
        guard let fields = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], fields.count == 6,
              let severity = (fields[0] as? String).flatMap(Diagnostic.Severity.init(rawValue:)),
              let path = fields[1] as? String, let line = fields[2] as? Int, let column = fields[3] as? Int,
              let message = fields[4] as? String else { return nil }
        return Diagnostic(severity, SourceLocation(path: path, line: line, column: column), message, hint: fields[5] as? String)
    }
}
