import Civic
import Foundation

/// The preview's current site: the files of the last good build, the diagnostics of the
/// latest build, and the clients waiting to hear that something changed.
actor PreviewState {
    private(set) var files: [String: OutputFile] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var version = 0
    private(set) var basePath = "/"
    /// The port the server listens on, once it does.
    private(set) var port: UInt16 = 0
    private var listeners: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var closed = false

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    var hasBuild: Bool { !files.isEmpty }

    /// Takes a new build: its files when it succeeded, its diagnostics always; then tells every client.
    func accept(_ result: SiteBuilder.Result, basePath: String?) {
        diagnostics = result.diagnostics.sorted
        if !result.diagnostics.hasErrors {
            files = Dictionary(result.files.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
            if let basePath { self.basePath = basePath }
        }
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

    func file(_ path: String) -> OutputFile? { files[path] }

    func listening(on port: UInt16) { self.port = port }

    /// How many pages hold an event stream open.
    var listenerCount: Int { listeners.count }
}
