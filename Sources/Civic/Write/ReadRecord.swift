import Foundation

/// Which entries' bodies each file of the last build was made from, kept beside the output
/// (`.civic-reads-public`), so that a build after an edit to bodies alone makes again only
/// the files that read a body that changed, and keeps the others as they are.
///
/// A build may keep a file only when all of these hold:
/// - the record describes the output folder there now (its inode);
/// - the *frame* of the sources (`SourceShape`: everything but the bodies, the civic
///   executable and the as-of date included) is the same as the record's, so every input
///   but some bodies is the same;
/// - no body that changed was read outside the making of a file (by validation, say), in the
///   last build or in this one;
/// - the file read none of the bodies that changed, and reported nothing when it was made;
/// - the file in the output is still the very file the last build left (`SiteWriter`).
///
/// Making a file is deterministic: until it reads a body, it does the same as last time, so
/// a file that read no changed body comes out the same bytes. Deleting the record is always
/// safe: the next build makes every file.
struct ReadRecord: Sendable {
    /// What the making of one file read.
    struct Made: Sendable, Equatable {
        /// The bodies it read, each by its place in `paths`, in increasing order.
        var reads: [Int32]
        /// Whether it reported no problem.
        var clean: Bool
    }

    var folder: UInt64
    var shape: SourceShape
    /// The paths of the bodies read, each once: the files' reads name them by place.
    var paths: [String] = []
    /// The bodies read outside the making of any file.
    var global: [Int32] = []
    /// What each file was made from, by its path in the site.
    var files: [String: Made] = [:]
    /// Where each path is in `paths`.
    private var places: [String: Int32] = [:]

    static let prefix = ".civic-reads-"
    private static let header = "civic read record 2"

    init(folder: UInt64, shape: SourceShape) {
        (self.folder, self.shape) = (folder, shape)
    }

    /// The places of `read` in `paths`, which gains the paths it lacked.
    mutating func places(of read: some Sequence<String>) -> [Int32] {
        var found: [Int32] = []
        for path in read {
            if let place = places[path] {
                found.append(place)
            } else {
                let place = Int32(paths.count)
                paths.append(path)
                places[path] = place
                found.append(place)
            }
        }
        return found.sorted()
    }

    /// The paths a list of places names.
    func paths(at places: [Int32]) -> [String] { places.map { paths[Int($0)] } }

    /// Where the record of the output folder `output` is kept: beside it.
    static func path(forOutput output: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().path + "/" + prefix + url.lastPathComponent
    }

    /// The files of the site that a build with sources of `shape`, which read `global`
    /// outside the making of files, may keep as they are in the output folder `folder`: nil
    /// when the record does not apply to it (another folder, or more than bodies changed).
    func keepable(shape now: SourceShape, global readNow: Set<String>, folder inode: UInt64?) -> Set<String>? {
        guard inode == folder, now.frame == shape.frame else { return nil }
        let changed = now.changedBodies(since: shape)
        let changedPlace = paths.map { changed.contains($0) }
        guard changed.isDisjoint(with: readNow), !global.contains(where: { changedPlace[Int($0)] }) else { return nil }
        var keep = Set<String>()
        keep.reserveCapacity(files.count)
        for (path, made) in files where made.clean && !made.reads.contains(where: { changedPlace[Int($0)] }) { keep.insert(path) }
        return keep
    }

    // MARK: - The file

    /// The record's bytes: the paths read, then each body's fingerprint, the bodies read
    /// outside any file, and each file with the places of the bodies it read.
    var bytes: [UInt8] {
        var text = "\(Self.header)\nfolder \(folder)\nframe \(shape.frame)\n"
        text.reserveCapacity(paths.count * 48 + shape.bodies.count * 80 + files.count * 64)
        func append(_ places: [Int32]) {
            guard !places.isEmpty else { return text += "-" }
            for (index, place) in places.enumerated() {
                if index > 0 { text += "," }
                text += String(place)
            }
        }
        for path in paths { text += "read \(OutputMark.escape(path))\n" }
        for (path, hash) in shape.bodies.sorted(by: { $0.key < $1.key }) {
            text += "body \(hash) \(OutputMark.escape(path))\n"
        }
        text += "global "
        append(global)
        text += "\n"
        for (path, made) in files.sorted(by: { $0.key < $1.key }) {
            text += made.clean ? "file 1 " : "file 0 "
            append(made.reads)
            text += " \(OutputMark.escape(path))\n"
        }
        return Array(text.utf8)
    }

    /// Writes the record to `path` through a temporary file and a rename.
    func write(to path: String) {
        let temporary = path + ".tmp"
        unlink(temporary)
        if SiteWriter.writeFile(bytes, to: temporary) != nil, rename(temporary, path) == 0 { return }
        unlink(temporary)
        unlink(path)
    }

    /// The record at `path`, or nil when there is none or it cannot be read whole.
    static func read(from path: String) -> ReadRecord? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return parse([UInt8](data))
    }

    /// Reads `bytes` back; nil when any line is not as `bytes` writes it.
    static func parse(_ bytes: [UInt8]) -> ReadRecord? {
        guard bytes.last == 10 else { return nil }
        var lines: [ArraySlice<UInt8>] = []
        lines.reserveCapacity(4096)
        var start = 0
        for index in bytes.indices where bytes[index] == 10 {
            lines.append(bytes[start..<index])
            start = index + 1
        }
        func text(_ slice: ArraySlice<UInt8>) -> String? { String(validating: slice, as: UTF8.self) }
        func after(_ line: ArraySlice<UInt8>, _ name: String) -> ArraySlice<UInt8>? {
            let prefix = Array((name + " ").utf8)
            guard line.starts(with: prefix) else { return nil }
            return line.dropFirst(prefix.count)
        }
        guard lines.count >= 3, text(lines[0]) == header,
              let folder = after(lines[1], "folder").flatMap(text).flatMap({ UInt64($0) }),
              let frame = after(lines[2], "frame").flatMap(text).flatMap({ ContentHash(Substring($0)) }) else { return nil }
        var record = ReadRecord(folder: folder, shape: SourceShape(frame: frame, bodies: [:]))
        var sawGlobal = false
        func path(_ slice: ArraySlice<UInt8>) -> String? { text(slice).map { OutputMark.unescape(Substring($0)) } }
        /// The places in `slice` (`-`, or numbers between commas), each one of `record.paths`.
        func places(_ slice: ArraySlice<UInt8>) -> [Int32]? {
            guard !slice.elementsEqual([UInt8(ascii: "-")]) else { return [] }
            var found: [Int32] = []
            var value: Int32 = 0, digits = 0
            for byte in slice {
                if byte == UInt8(ascii: ",") {
                    guard digits > 0, value < record.paths.count else { return nil }
                    found.append(value)
                    (value, digits) = (0, 0)
                } else {
                    guard byte >= 48, byte <= 57, digits < 9 else { return nil }
                    value = value * 10 + Int32(byte - 48)
                    digits += 1
                }
            }
            guard digits > 0, value < record.paths.count else { return nil }
            found.append(value)
            return found
        }
        for line in lines.dropFirst(3) {
            if let rest = after(line, "read") {
                guard let read = path(rest) else { return nil }
                record.places[read] = Int32(record.paths.count)
                record.paths.append(read)
            } else if let rest = after(line, "body") {
                guard let space = rest.firstIndex(of: UInt8(ascii: " ")), let hashText = text(rest[..<space]),
                      let hash = ContentHash(Substring(hashText)), let body = path(rest[(space + 1)...]) else { return nil }
                record.shape.bodies[body] = hash
            } else if let rest = after(line, "global") {
                guard !sawGlobal, let read = places(rest) else { return nil }
                (record.global, sawGlobal) = (read, true)
            } else if let rest = after(line, "file") {
                guard rest.count > 2, let clean = rest.first, clean == UInt8(ascii: "0") || clean == UInt8(ascii: "1"),
                      rest[rest.startIndex + 1] == UInt8(ascii: " ") else { return nil }
                let numbers = rest.dropFirst(2)
                guard let space = numbers.firstIndex(of: UInt8(ascii: " ")), let read = places(numbers[..<space]),
                      let file = path(numbers[(space + 1)...]) else { return nil }
                record.files[file] = Made(reads: read, clean: clean == UInt8(ascii: "1"))
            } else {
                return nil
            }
        }
        return sawGlobal ? record : nil
    }
}
