import Synchronization
import Civic
import Foundation

/// The preview's current site: the files of the last good plan, each made when a browser
/// first asks for it; the diagnostics of the latest build and of the files made so far
/// (the check that follows each build makes them all, and keeps only what it found); and
/// the clients waiting to hear that something changed.
actor PreviewState {
    /// Each file of the last good plan, by its path; made when it is first asked for.
    private var planned: [String: PlannedFile] = [:]
    /// The files of the last good plan made so far, by path.
    private var made: [String: OutputFile] = [:]
    /// What the stages up to the plan found, in the latest build.
    private var stageDiagnostics: [Diagnostic] = []
    /// What making each file found, by path: of this plan for the files made since it came,
    /// of the plan before for the others, until the check after each build has made them all.
    private var found: [String: [Diagnostic]] = [:]
    /// Which plan is current: each good plan is a new generation.
    private(set) var generation = 0
    private(set) var version = 0
    private(set) var basePath = "/"
    /// The port the server listens on, once it does.
    private(set) var port: UInt16 = 0
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var closed = false

    /// What a page shows in its alert: the latest build's problems, and those found while
    /// making the site's files.
    var diagnostics: [Diagnostic] {
        DiagnosticList(stageDiagnostics + found.keys.sorted().flatMap { found[$0] ?? [] }).sorted
    }

    var hasBuild: Bool { !planned.isEmpty }

    /// Takes a new build: its plan when it has no error, its diagnostics always; then tells
    /// every client. Returns the generation of the plan now served.
    func accept(_ build: SiteBuilder.PlannedBuild) -> Int {
        stageDiagnostics = build.diagnostics.sorted
        if !build.diagnostics.hasErrors {
            // The plan before, and all it holds (at 10,000 entries, tens of milliseconds to
            // let go), is let go on another thread: here it would keep the page a browser
            // asks for on the reload waiting.
            let retired = Retired(planned, made)
            planned = Dictionary(build.files.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
            made = [:]
            Task.detached(priority: .utility) { retired.letGo() }
            found = found.filter { planned[$0.key] != nil }
            if let basePath = build.basePath { self.basePath = basePath }
            generation += 1
        }
        announce()
        return generation
    }

    /// A made file of the current plan, or the planned file to make (with the plan's
    /// generation), or nothing at that path.
    func lookup(_ path: String) -> Lookup {
        if let file = made[path] { return .made(file) }
        if let file = planned[path] { return .planned(file, generation) }
        return .none
    }

    enum Lookup {
        case made(OutputFile)
        case planned(PlannedFile, Int)
        case none
    }

    /// Keeps a file made from the plan of `generation` for the next browser that asks, with
    /// what making it found; false when a newer plan has come since, and it is dropped.
    @discardableResult
    func store(_ made: (file: OutputFile, diagnostics: [Diagnostic]), generation: Int) -> Bool {
        guard record(made.diagnostics, of: made.file.path, generation: generation) else { return false }
        self.made[made.file.path] = made.file
        return true
    }

    /// Notes what making the file at `path` from the plan of `generation` found, without
    /// keeping the file (the check after each build makes every file, and a large site is
    /// not held whole); false when a newer plan has come since.
    func record(_ diagnostics: [Diagnostic], of path: String, generation: Int) -> Bool {
        guard generation == self.generation else { return false }
        found[path] = diagnostics.isEmpty ? nil : diagnostics
        return true
    }

    /// Tells every client to reload.
    func announce() {
        version += 1
        let event = Array("event: reload\ndata: \(version)\n\n".utf8)
        for continuation in listeners.values { continuation.yield(event) }
    }

    /// Ends every event stream, and every one asked for later: the preview is shutting down.
    func closeStreams() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    /// A stream of Server-Sent Events for one client, starting with a comment so the
    /// connection opens at once.
    func subscribe() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        if closed {
            continuation.finish()
            return stream
        }
        continuation.yield(Array(": connected \(version)\n\n".utf8))
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }

    func listening(on port: UInt16) { self.port = port }

    /// How many pages hold an event stream open.
    var listenerCount: Int { listeners.count }
}

/// A plan no longer served and the files made from it, held until `letGo` releases them
/// on the thread that calls it.
private final class Retired: Sendable {
    private let held: Mutex<(planned: [String: PlannedFile], made: [String: OutputFile])?>

    init(_ planned: [String: PlannedFile], _ made: [String: OutputFile]) {
        held = Mutex((planned, made))
    }

    func letGo() {
        let taken = held.withLock { $0.take() }
        withExtendedLifetime(taken) {}
    }
}
