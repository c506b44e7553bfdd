import Synchronization

/// Files that are made together, because they come from one costly model (the open data's
/// JSON and CSV tables), but are written one by one: the first one written makes them all,
/// each is let go once taken, and the model with the last one. So they are made while the
/// pages are written, on whichever core reaches them first, and are not all held from the
/// start of the build to its end.
final class FileGroup: Sendable {
    private struct State {
        var make: (@Sendable () -> [OutputFile])?
        var made: [String: OutputFile.Contents] = [:]
    }

    private let state: Mutex<State>
    let paths: [String]

    /// `make` must produce exactly the files at `paths`.
    init(paths: [String], make: @escaping @Sendable () -> [OutputFile]) {
        self.paths = paths
        self.state = Mutex(State(make: make))
    }

    /// The group's files, each made when it is written.
    var planned: [PlannedFile] {
        paths.map { path in PlannedFile(path: path) { self.take(path) } }
    }

    private func take(_ path: String) -> OutputFile.Contents {
        state.withLock { state in
            if let make = state.make {
                for file in make() { state.made[file.path] = file.contents }
                state.make = nil
            }
            guard let contents = state.made.removeValue(forKey: path) else {
                preconditionFailure("the file group made no file at \(path)")
            }
            return contents
        }
    }
}
