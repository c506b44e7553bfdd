import Foundation

/// Files that are made together, because they come from one costly model (the open data's
/// JSON and CSV tables), but are written one by one: the first one written makes them all,
/// each is let go once taken, and the model with the last one. So they are made while the
/// pages are written, on whichever core reaches them first, and are not all held from the
/// start of the build to its end. A file taken again (a check before the write) makes the
/// group again.
final class FileGroup: @unchecked Sendable {
    private let lock = NSLock()
    private let make: @Sendable () -> [OutputFile]
    private var made: [String: OutputFile.Contents] = [:]
    let paths: [String]

    /// `make` must produce exactly the files at `paths`.
    init(paths: [String], make: @escaping @Sendable () -> [OutputFile]) {
        self.paths = paths
        self.make = make
    }

    /// The file at `path`, one of `paths`; the first call makes them all. Each is given once.
    func take(_ path: String) -> OutputFile.Contents {
        lock.lock()
        defer { lock.unlock() }
        if made[path] == nil {
            made = [:]
            for file in make() { made[file.path] = file.contents }
        }
        guard let contents = made.removeValue(forKey: path) else {
            preconditionFailure("the file group made no file at \(path)")
        }
        return contents
    }
}
