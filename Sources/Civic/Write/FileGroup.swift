import Foundation

/// Files that are made together, because they come from one costly model (the open data's
/// JSON and CSV tables), but are written one by one: the first one written makes them all,
/// each is let go once taken, and the model with the last one. So they are made while the
/// pages are written, on whichever core reaches them first, and are not all held from the
/// start of the build to its end.
final class FileGroup: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (@Sendable () -> [OutputFile])?
    private var made: [String: OutputFile.Contents] = [:]
    let paths: [String]

    /// `make` must produce exactly the files at `paths`.
    init(paths: [String], make: @escaping @Sendable () -> [OutputFile]) {
        self.paths = paths
        self.make = make
    }

    /// The group's files, each made when it is written.
    var planned: [PlannedFile] {
        paths.map { path in PlannedFile(path: path) { self.take(path) } }
    }

    private func take(_ path: String) -> OutputFile.Contents {
        lock.lock()
        defer { lock.unlock() }
        if let make {
            for file in make() { made[file.path] = file.contents }
            self.make = nil
        }
        guard let contents = made.removeValue(forKey: path) else {
            preconditionFailure("the file group made no file at \(path)")
        }
        return contents
    }
}
