import Civic
import FlyingFox
import FlyingSocks
import Foundation

/// `civic serve`: builds the site in memory (never into public/), serves it on 127.0.0.1,
/// rebuilds when a file under content/ or templates/ changes, and tells open pages to
/// reload through Server-Sent Events. Broken content never stops it: every page shows the
/// diagnostics above the last good build.
public final class PreviewServer: Sendable {
    public static let eventsPath = "/_civic/events"

    let siteFolder: URL
    let asOf: Day
    let port: UInt16
    let state = PreviewState()
    let server: HTTPServer
    /// Seconds between two looks at the files.
    let pollInterval: Double

    public init(siteFolder: URL, port: UInt16, asOf: Day, pollInterval: Double = 0.05) throws {
        self.siteFolder = siteFolder
        self.asOf = asOf
        self.port = port
        self.pollInterval = pollInterval
        // Loopback only: the preview is for the editor's own machine.
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        self.server = HTTPServer(address: address, timeout: 30, logger: .disabled)
    }

    /// The port the server listens on (useful when started with port 0).
    public func listeningPort() async -> UInt16? {
        guard case .ip4(_, let port)? = await server.listeningAddress else { return nil }
        return port
    }

    /// Builds once, then serves and watches until cancelled.
    public func run(onBuild: @escaping @Sendable (DiagnosticList, Double) -> Void = { _, _ in }) async throws {
        await rebuild(onBuild)
        let state = self.state
        await server.appendRoute(HTTPRoute(stringLiteral: "GET \(Self.eventsPath)")) { _ in
            let stream = await state.subscribe()
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventStreamBody(events: stream)))
        }
        await server.appendRoute("GET *") { [self] request in
            await self.respond(to: request.target.path(percentEncoded: false))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask { try await self.watch(onBuild) }
            try await group.next()
            group.cancelAll()
        }
    }

    public func waitUntilListening() async throws {
        try await server.waitUntilListening()
    }

    private func watch(_ onBuild: @escaping @Sendable (DiagnosticList, Double) -> Void) async throws {
        let watcher = SourceWatcher(siteFolder: siteFolder)
        var last = watcher.fingerprint()
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: UInt64(pollInterval * 1_000_000_000))
            let now = watcher.fingerprint()
            if now != last {
                last = now
                await rebuild(onBuild)
            }
        }
    }

    private func rebuild(_ onBuild: @Sendable (DiagnosticList, Double) -> Void) async {
        let start = Date()
        let result = SiteBuilder.build(siteFolder: siteFolder, asOf: asOf)
        await state.accept(result, basePath: result.basePath)
        onBuild(result.diagnostics, Date().timeIntervalSince(start))
    }

    /// The response for a request path, as sent (decoded, trailing slash kept).
    func respond(to path: String) async -> HTTPResponse {
        let basePath = await state.basePath
        // Nothing outside the built site is ever served: `..` has no meaning here.
        if path.split(separator: "/").contains("..") { return await notFound(basePath) }
        guard await state.hasBuild else {
            return html(.ok, PreviewPages.errorPage(await state.diagnostics))
        }
        guard path.hasPrefix(basePath) else {
            if path == "/" { return redirect(basePath) }
            return await notFound(basePath)
        }
        var sitePath = String(path.dropFirst(basePath.count))
        if sitePath.isEmpty || sitePath.hasSuffix("/") { sitePath += "index.html" }
        guard let file = await state.file(sitePath) else {
            if await state.file(sitePath + "/index.html") != nil { return redirect(path + "/") }
            return await notFound(basePath)
        }
        return await response(for: file)
    }

    private func response(for file: OutputFile) async -> HTTPResponse {
        let bytes: Data
        switch file.contents {
        case .bytes(let content): bytes = Data(content)
        case .copy(let source): bytes = (try? Data(contentsOf: URL(fileURLWithPath: source))) ?? Data()
        }
        let type = PreviewPages.contentType(for: file.path)
        if type.hasPrefix("text/html") {
            let page = PreviewPages.inject(into: String(decoding: bytes, as: UTF8.self), diagnostics: await state.diagnostics)
            return html(.ok, page)
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: bytes)
    }

    private func notFound(_ basePath: String) async -> HTTPResponse {
        if let page = await state.file("404.html"), case .bytes(let content) = page.contents {
            return html(.notFound, PreviewPages.inject(into: String(decoding: content, as: UTF8.self),
                                                       diagnostics: await state.diagnostics))
        }
        return html(.notFound, PreviewPages.errorPage(await state.diagnostics))
    }

    private func html(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: Data(text.utf8))
    }

    private func redirect(_ location: String) -> HTTPResponse {
        HTTPResponse(statusCode: .found, headers: [.location: location])
    }
}
