import CCivicSystem
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writes the built site into a staging folder beside the output and swaps it into place
/// only when every file was written, so a failed or interrupted build leaves the previous
/// output exactly as it was.
///
/// The site the swap replaces is kept beside the output as `.civic-previous-NAME`, and the
/// next build stages into it: a file whose bytes are already right is left alone, and only
/// new or changed files are written. Creating thousands of files and folders costs far more
/// than comparing them, and untouched files keep their times, so a deploy by `rsync` sends
/// only what changed. Deleting `.civic-previous-NAME` at any time is safe.
public enum SiteWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// How many files a build wrote, how many it found already right, and the warnings
    /// found while making them.
    public struct Summary: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var warnings: [Diagnostic] = []
        /// Which file on disk each written file is, in the order of the files written (nil
        /// where it could not be told), then the mark: what `BuildStamp` checks the output
        /// against before the next build.
        var identities: [WriteManifest.FileIdentity?] = []
        /// How many files were kept from the last build without being made (`KeptFiles`).
        var kept = 0
        /// For each file made, in the order of the files, which bodies it read and whether it
        /// reported nothing; nil for a file kept, and for every file when reads were not recorded.
        var made: [MadeFrom?] = []

        /// Two summaries say the same when they count the same and warn the same.
        public static func == (a: Summary, b: Summary) -> Bool {
            (a.written, a.unchanged, a.warnings) == (b.written, b.unchanged, b.warnings)
        }
    }

    /// What making one file read: the paths of the bodies, and whether it reported nothing.
    struct MadeFrom: Sendable {
        var reads: Set<String>
        var clean: Bool
    }

    /// A file was found wrong while it was made (a broken link in a page): nothing was
    /// published, and the output is as it was.
    public struct Refused: Error, CustomStringConvertible {
        /// What making the files found, errors and warnings, in the order of the files.
        public var diagnostics: [Diagnostic]
        public var description: String { "\(diagnostics.filter { $0.severity == .error }.count) errors in the files made" }
    }

    static let stagingPrefix = ".civic-staging-"
    static let retiredPrefix = ".civic-retired-"
    static let previousPrefix = ".civic-previous-"
    /// A file's new bytes, beside it until renamed over it.
    static let newFilePrefix = ".civic-new-"

    @discardableResult
    public static func write(_ files: [OutputFile], to output: URL) throws -> Summary {
        try write(files.map(PlannedFile.init), to: output)
    }

    /// Writes into `output` after checking that civic may (`OutputFolder.inspect`).
    @discardableResult
    public static func write(_ files: [PlannedFile], to output: URL) throws -> Summary {
        try write(files, into: OutputFolder.inspect(output.path, siteFolder: nil))
    }

    /// Writes the site into an output that `OutputFolder.inspect` accepted. Once the lock is
    /// held, the output is inspected again if another build has written it since (its mark
    /// is another file now), or if it had no mark.
    @discardableResult
    public static func write(_ files: [PlannedFile], into folder: OutputFolder, progress: BuildProgress? = nil) throws -> Summary {
        try write(files, into: folder, progress: progress, keeping: nil, recordingReads: false)
    }

    /// `write(_:into:progress:)`, where `keeping` names the files of the last build that may
    /// be kept without being made (`KeptFiles`), and `recordingReads` asks for which bodies
    /// each file made read (`Summary.made`).
    static func write(_ files: [PlannedFile], into folder: OutputFolder, progress: BuildProgress?,
                      keeping: KeptFiles?, recordingReads: Bool) throws -> Summary {
        let parent = parentFolder(of: folder.path)
        try FileManager.default.createDirectory(atPath: parent.isEmpty ? "/" : parent, withIntermediateDirectories: true)
        let lock = try OutputLock(for: folder.path)
        defer { lock.release() }
        let current = folder.changedSinceInspected ? try OutputFolder.inspect(folder.path, siteFolder: nil) : folder
        let mark = OutputMark(files: files.map(\.path))
        let how = How(progress: progress, keeping: keeping, recordingReads: recordingReads)
        switch current.mode {
        case .swap: return try swapIn(files, mark: mark, at: URL(fileURLWithPath: current.path), how: how)
        case .inPlace: return try writeInPlace(files, mark: mark, at: current.path, how: how)
        }
    }

    /// Writes the mark into `root`, `replacing` the one there; it is not counted in the
    /// summary, but its identity ends the summary's `identities`.
    private static func writeMark(_ mark: OutputMark, into root: String, replacing: Bool, summary: inout Summary) throws {
        switch writeOne(.bytes(mark.bytes), to: root + "/" + OutputMark.fileName, replacing: replacing) {
        case .success(let written): summary.identities.append(written.identity)
        case .failure(let error): throw error
        }
    }

    /// How the files are written: with what progress shown, which files of the last build
    /// may be kept, and whether the bodies each file reads are recorded.
    struct How {
        var progress: BuildProgress?
        var keeping: KeptFiles?
        var recordingReads: Bool
    }

    /// Stages the whole site beside the output and swaps it in at once.
    private static func swapIn(_ files: [PlannedFile], mark: OutputMark, at output: URL, how: How) throws -> Summary {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        removeLeftovers(in: parent, for: name)

        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent("\(stagingPrefix)\(name)-\(token)")
        let previous = parent.appendingPathComponent("\(previousPrefix)\(name)")
        var summary: Summary
        do {
            var existing: OutputTree
            if isFolder(previous.path), rename(previous.path, staging.path) == 0 {
                existing = OutputTree.scan(staging.path)
            } else {
                if fm.fileExists(atPath: previous.path) || isLink(previous.path) { try? fm.removeItem(at: previous) }
                try fm.createDirectory(at: staging, withIntermediateDirectories: false)
                existing = OutputTree()
            }
            let hadMark = existing.files.remove(OutputMark.fileName) != nil
            summary = try writeAll(files, into: staging.path, existing: &existing, parent: parent.path, name: name, how: how)
            try writeMark(mark, into: staging.path, replacing: hadMark, summary: &summary)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        try publish(staging, at: output, previous: previous, retiredName: "\(retiredPrefix)\(name)-\(token)")
        WriteManifest.removeOthers(in: parent.path, name: name,
                                   keep: [output.path, previous.path].compactMap(WriteManifest.folderInode))
        return summary
    }

    /// Replaces the output's files one by one, each by a rename, for an output that cannot be
    /// swapped (a mount point): a reader sees every file whole, old or new, but for a moment
    /// some pages old and some new. The mark is written last. Since a file written here is
    /// published at once, every file is made once beforehand, and the bytes thrown away, to
    /// find any error before the first file is replaced: such an output costs twice the making.
    private static func writeInPlace(_ files: [PlannedFile], mark: OutputMark, at output: String, how: How) throws -> Summary {
        let (progress, kept) = (how.progress, how.keeping?.paths ?? [])
        progress?.begin("checking the site", files: files.count)
        let found = Parallel.map(files) { file in
            defer { progress?.advance() }
            // A file kept reported nothing when it was made, from the same inputs.
            return kept.contains(file.path) ? [] : file.problems()
        }.flatMap { $0 }
        if found.contains(where: { $0.severity == .error }) { throw Refused(diagnostics: found) }
        let name = output.split(separator: "/").last.map(String.init) ?? ""
        var existing = OutputTree.scan(output, skipping: OutputMark.kept)
        let hadMark = existing.files.remove(OutputMark.fileName) != nil
        var summary = try writeAll(files, into: output, existing: &existing, parent: parentFolder(of: output), name: name, how: how)
        summary.warnings = found
        try writeMark(mark, into: output, replacing: hadMark, summary: &summary)
        return summary
    }

    /// Writes every file into `root`, whose folders and files are `existing` (left empty, so
    /// that the listing is not held while pages are made), and records what it wrote in the
    /// manifest beside the output `name` in `parent`. What is known of each file is kept by
    /// its place in `files`, not in tables of new path strings: at 100,000 entries there
    /// are 106,000 of them.
    private static func writeAll(_ files: [PlannedFile], into root: String, existing: inout OutputTree,
                                 parent: String, name: String, how: How) throws -> Summary {
        let (progress, keeping, recording) = (how.progress, how.keeping, how.recordingReads)
        progress?.begin("writing the site", files: files.count)
        let paths = files.map(\.path)
        let reusable = try prepareFolders(root, for: paths, existing: &existing)
        let manifestPath = WriteManifest.folderInode(root).map { WriteManifest.path(parent: parent, name: name, inode: $0) }
        let known: [WriteManifest.Entry?] = !reusable.contains(true) ? []
            : manifestPath.map { WriteManifest.read($0, for: paths) } ?? []
        // The files kept first, then the files made: kept files cost a look each, so the few
        // made among them (a feed, the open data) would otherwise share a core's share of
        // the work and be made one after another.
        let kept: [Written?] = keeping.map { keeping in
            Parallel.map(Array(files.indices)) { index in
                let written = keeping.keep(files[index].path, at: root + "/" + files[index].path, replacing: reusable[index],
                                           known: known.isEmpty ? nil : known[index])
                if written != nil { progress?.advance() }
                return written
            }
        } ?? []
        let toMake = kept.isEmpty ? Array(files.indices) : files.indices.filter { kept[$0] == nil }
        let made = Parallel.map(toMake) { index -> (Result<Written, WriteError>, [Diagnostic], Set<String>?) in
            let file = files[index]
            defer { progress?.advance() }
            let log = recording ? BodyReadLog() : nil
            return BodyReads.recording(into: log) {
                let made = file.make()
                return (writeOne(made.contents, to: root + "/" + file.path, replacing: reusable[index],
                                 known: known.isEmpty ? nil : known[index]), made.diagnostics, log?.read)
            }
        }
        var results: [(Result<Written, WriteError>, [Diagnostic], Set<String>?)] = []
        results.reserveCapacity(files.count)
        var nextMade = made.makeIterator()
        for index in files.indices {
            if !kept.isEmpty, let written = kept[index] {
                results.append((.success(written), [], nil))
            } else if let result = nextMade.next() {
                results.append(result)
            }
        }
        var summary = Summary()
        var entries: [WriteManifest.Entry?] = []
        entries.reserveCapacity(files.count)
        summary.identities.reserveCapacity(files.count + 1)
        if recording { summary.made.reserveCapacity(files.count) }
        for (result, found, read) in results {
            summary.warnings += found
            switch result {
            case .success(let written):
                summary.warnings += written.problems
                if written.wrote { summary.written += 1 } else { summary.unchanged += 1 }
                if recording {
                    summary.made.append(read.map { MadeFrom(reads: $0, clean: found.isEmpty && written.problems.isEmpty) })
                }
                if read == nil && recording { summary.kept += 1 }
                entries.append(written.entry)
                summary.identities.append(written.identity)
            case .failure(let error): throw error
            }
        }
        if let manifestPath { WriteManifest.write(entries, of: paths, to: manifestPath) }
        // What is staged stays unpublished; what was written in place was checked before.
        if summary.warnings.contains(where: { $0.severity == .error }) { throw Refused(diagnostics: summary.warnings) }
        return summary
    }

    /// Makes the staging folder's folders match the new site's: removes the files and
    /// folders the new site no longer has, creates the folders it needs. Returns, for each of
    /// `paths`, whether the file already exists and may be kept if its bytes are right.
    /// `existing` is emptied as it is used.
    static func prepareFolders(_ root: String, for paths: [String], existing: inout OutputTree) throws -> [Bool] {
        var wantedFolders = Set<String>()
        for path in paths {
            var folder = parentFolder(of: path)
            while !folder.isEmpty, wantedFolders.insert(folder).inserted {
                folder = parentFolder(of: folder)
            }
        }
        var leftover = existing.files
        existing.files = []
        let reusable = paths.map { leftover.remove($0) != nil }
        for file in leftover { unlink(root + "/" + file) }
        leftover = []
        let existingFolders = existing.folders
        existing.folders = []
        let staleFolders = existingFolders.subtracting(wantedFolders)
        for folder in staleFolders.sorted() where !staleFolders.contains(parentFolder(of: folder)) {
            try FileManager.default.removeItem(atPath: root + "/" + folder)
        }
        for folder in wantedFolders.subtracting(existingFolders).sorted() where mkdir(root + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw WriteError(description: "could not create \(root)/\(folder): \(String(cString: strerror(errno)))")
        }
        return reusable
    }

    /// `a/b` for `a/b/c`, and the empty path for `c`.
    static func parentFolder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// What writing one file did: whether it wrote, what the manifest records of it, and
    /// what making a stream found wrong (which stops the site from being published).
    struct Written: Sendable {
        var wrote: Bool
        var entry: WriteManifest.Entry?
        var problems: [Diagnostic] = []
        /// Which file a copy is (a copy has no manifest entry).
        var copied: WriteManifest.FileIdentity? = nil

        /// Which file on disk the file written is.
        var identity: WriteManifest.FileIdentity? { entry?.identity ?? copied }
    }

    /// Writes one file unless it already holds exactly these contents. `known` is what the
    /// manifest says the build before left at `target`.
    static func writeOne(_ contents: OutputFile.Contents, to target: String, replacing: Bool,
                         known: WriteManifest.Entry? = nil) -> Result<Written, WriteError> {
        switch contents {
        case .bytes(let bytes):
            let hash = ContentHash(bytes)
            if replacing {
                if let known, WriteManifest.FileIdentity.of(target) == known.identity {
                    // The very file the manifest describes: its fingerprint answers without reading it.
                    if known.hash == hash { return .success(Written(wrote: false, entry: known)) }
                } else if let identity = fileHolds(bytes, at: target) {
                    return .success(Written(wrote: false, entry: WriteManifest.Entry(hash: hash, identity: identity)))
                }
            }
            guard let identity = writeFile(bytes, to: target, replacing: replacing) else {
                return .failure(WriteError(description: "could not write \(target): \(String(cString: strerror(errno)))"))
            }
            return .success(Written(wrote: true, entry: WriteManifest.Entry(hash: hash, identity: identity)))
        case .stream(let stream):
            return writeStream(stream, to: target, replacing: replacing, known: known)
        case .copy(let source):
            if replacing, sameBytes(source, target) { return .success(Written(wrote: false, copied: .of(target))) }
            let destination = replacing ? temporaryPath(beside: target) : target
            if replacing { unlink(destination) }
            do {
                try FileManager.default.copyItem(atPath: source, toPath: destination)
                if replacing && rename(destination, target) != 0 {
                    unlink(destination)
                    return .failure(WriteError(description: "could not replace \(target): \(String(cString: strerror(errno)))"))
                }
                return .success(Written(wrote: true, copied: .of(target)))
            } catch {
                return .failure(WriteError(description: "could not copy \(source): \(error.localizedDescription)"))
            }
        }
    }

    /// Writes a stream as it is made, once, beside the file it replaces, fingerprinting it on
    /// the way. When the manifest knows the file there, the fingerprints say whether it
    /// changed; else the two files are compared. The new file takes the old one's place only
    /// if it differs, so an unchanged 250 MB file is never held, and the file there keeps its
    /// identity. (Fingerprinting first and writing only a changed stream made every changed
    /// stream twice: after an edit, the files made are the ones that change.)
    static func writeStream(_ stream: ByteStream, to target: String, replacing: Bool,
                            known: WriteManifest.Entry?) -> Result<Written, WriteError> {
        let identified = replacing && known != nil && WriteManifest.FileIdentity.of(target) == known?.identity
        let destination = replacing ? temporaryPath(beside: target) : target
        if replacing { unlink(destination) }
        let descriptor = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            return .failure(WriteError(description: "could not write \(target): \(String(cString: strerror(errno)))"))
        }
        let hasher = ContentHash.Streaming()
        var failure: Int32 = 0
        let sink = ByteSink { piece in
            hasher.add(piece)
            if failure == 0 && !writeFully(descriptor, piece) { failure = errno }
        }
        stream.make(sink)
        sink.finish()
        close(descriptor)
        let problems = sink.problems
        guard failure == 0 else {
            unlink(destination)
            return .failure(WriteError(description: "could not write \(target): \(String(cString: strerror(failure)))"))
        }
        let hash = hasher.finish()
        if replacing {
            if identified, let known, known.hash == hash {
                unlink(destination)
                return .success(Written(wrote: false, entry: known, problems: problems))
            }
            if !identified, sameBytes(destination, target) {
                unlink(destination)
                return .success(Written(wrote: false, entry: WriteManifest.FileIdentity.of(target).map { .init(hash: hash, identity: $0) },
                                        problems: problems))
            }
            guard rename(destination, target) == 0 else {
                unlink(destination)
                return .failure(WriteError(description: "could not replace \(target): \(String(cString: strerror(errno)))"))
            }
        }
        return .success(Written(wrote: true, entry: WriteManifest.FileIdentity.of(target).map { .init(hash: hash, identity: $0) },
                                problems: problems))
    }

    /// Writes every byte, going on after a partial write or an interruption.
    private static func writeFully(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
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

    /// Puts the staged site in place. Where the system can swap two folders in one step,
    /// the output is never missing, not even for an instant; elsewhere the old output is
    /// moved aside first, and a build interrupted between the two moves is repaired by
    /// the next one (`removeLeftovers`). The replaced site becomes `previous`.
    static func publish(_ staging: URL, at output: URL, previous: URL, retiredName: String) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) || isLink(output.path) else {
            try fm.moveItem(at: staging, to: output)
            return
        }
        let carried = try carryKept(from: output.path, to: staging.path)
        if civic_rename_exchange(staging.path, output.path) == 0 {
            // The staging path now holds the replaced site.
            keep(staging, as: previous)
            return
        }
        let retired = output.deletingLastPathComponent().appendingPathComponent(retiredName)
        do {
            try fm.moveItem(at: output, to: retired)
        } catch {
            for name in carried { rename(staging.path + "/" + name, output.path + "/" + name) }
            throw error
        }
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            try? fm.moveItem(at: retired, to: output)
            for name in carried { rename(staging.path + "/" + name, output.path + "/" + name) }
            try? fm.removeItem(at: staging)
            throw error
        }
        keep(retired, as: previous)
    }

    /// Moves what an output keeps across builds (`.git`, `CNAME`) into the staged site, by
    /// rename; returns the names moved.
    private static func carryKept(from output: String, to staging: String) throws -> [String] {
        var carried: [String] = []
        for name in OutputMark.kept.sorted() {
            var status = stat()
            guard lstat(output + "/" + name, &status) == 0 else { continue }
            try? FileManager.default.removeItem(atPath: staging + "/" + name)
            guard rename(output + "/" + name, staging + "/" + name) == 0 else {
                let reason = String(cString: strerror(errno))
                for moved in carried { rename(staging + "/" + moved, output + "/" + moved) }
                throw WriteError(description: "could not carry \(output)/\(name) into the new site: \(reason)")
            }
            carried.append(name)
        }
        return carried
    }

    private static func keep(_ replaced: URL, as previous: URL) {
        if !isFolder(replaced.path) || rename(replaced.path, previous.path) != 0 {
            try? FileManager.default.removeItem(at: replaced)
        }
    }

    /// Writes a file with plain system calls. A new file must not exist yet. A file that is
    /// replaced is never changed in place: the new bytes go into a new file beside it, which
    /// is renamed over it, so a reader sees the old file or the new one, and a copy of the
    /// site made with hard links (`cp -al`, `rsync --link-dest`) keeps the old bytes. Returns
    /// which file it wrote, or nil when it could not.
    static func writeFile(_ bytes: [UInt8], to path: String, replacing: Bool = false) -> WriteManifest.FileIdentity? {
        let target = replacing ? temporaryPath(beside: path) : path
        if replacing { unlink(target) }
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return nil }
        guard writeFully(descriptor, bytes) else {
            close(descriptor)
            if replacing { unlink(target) }
            return nil
        }
        close(descriptor)
        if replacing {
            guard rename(target, path) == 0 else {
                unlink(target)
                return nil
            }
        }
        // After the rename, which changes the file's change time on some file systems.
        return WriteManifest.FileIdentity.of(path)
    }

    /// A name beside `path` for the new file that will replace it.
    static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return String(path[..<slash]) + newFilePrefix + String(path[slash...])
    }

    /// Whether the regular file at `path` holds exactly `bytes`; if it does, which file it is.
    static func fileHolds(_ bytes: [UInt8], at path: String) -> WriteManifest.FileIdentity? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else {
            return nil
        }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        guard readFully(descriptor, into: &existing) == bytes.count, existing == bytes else { return nil }
        return WriteManifest.FileIdentity(status)
    }

    /// Whether two regular files hold the same bytes, read a mebibyte at a time.
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        let a = open(first, O_RDONLY | O_CLOEXEC)
        guard a >= 0 else { return false }
        defer { close(a) }
        let b = open(second, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard b >= 0 else { return false }
        defer { close(b) }
        var statusA = stat(), statusB = stat()
        guard fstat(a, &statusA) == 0, fstat(b, &statusB) == 0, statusB.st_mode & S_IFMT == S_IFREG,
              statusA.st_size == statusB.st_size else { return false }
        var bufferA = [UInt8](repeating: 0, count: 1 << 20), bufferB = bufferA
        while true {
            let countA = readFully(a, into: &bufferA), countB = readFully(b, into: &bufferB)
            guard countA == countB, countA >= 0 else { return false }
            if countA == 0 { return true }
            guard bufferA[..<countA] == bufferB[..<countB] else { return false }
        }
    }

    /// Reads until `buffer` is full or the file ends; the count read, or -1 on an error.
    private static func readFully(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
        var total = 0
        while total < buffer.count {
            let result = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + total, raw.count - total)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if result == 0 { break }
            total += result
        }
        return total
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    private static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
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
