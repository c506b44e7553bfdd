import Civic
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// `civic serve`: builds the site in memory (never into public/), serves it on 127.0.0.1,
/// rebuilds when a file under content/ or templates/ changes, and tells open pages to
/// reload through Server-Sent Events. Broken content never stops it: every page shows the
/// diagnostics above the last good build.
///
/// Served by Hummingbird (SwiftNIO): requests with oversized headers are refused by its
/// parser, accepting backs off when the process runs out of descriptors instead of
/// stopping, and files are streamed from disk. civic adds a cap on open connections, the
/// release of an event stream as soon as its page is closed, and a check of the `Host`
/// header, so that a web page on another name that resolves to 127.0.0.1 (DNS
/// rebinding) cannot read the preview.
public final class PreviewServer: Sendable {
    public static let eventsPath = "/_civic/events"
    /// Connections served at once; more wait in the listen queue.
    static let maxConnections = 200

    let siteFolder: URL
    let asOf: Day
    /// When each file was last committed, read once as the preview starts.
    let history: SourceHistory
    let port: UInt16
    let state = PreviewState()
    /// Seconds between two looks at the files.
    let pollInterval: Double
    let fileIO = FileIO()
    /// The Markdown rendered by the last build, for the next: a save re-renders only the
    /// texts it changed (and those whose links now lead elsewhere).
    let markdownCache = Mutex(MarkdownCache())
    /// The entries the last build validated, for the next: a save parses and checks only
    /// the files it changed.
    let entryCache = Mutex(EntryCache())
    /// The entry files the last build read, for the next: a save reads again only the files
    /// whose status changed.
    let sourceCache = Mutex(SourceCache())
    /// The archived editions read from git, which a save does not change.
    let editionCache = EditionCache()
    /// The check of the current plan, which makes every file in the background (see `rebuild`).
    let checking = Mutex<Task<Void, Never>?>(nil)
    /// Hears how long each stage of a save's plan took (`civic serve --timings`).
    let stageTimer: (@Sendable (String, Double) -> Void)?

    public init(siteFolder: URL, port: UInt16, asOf: Day, history: SourceHistory = .none, pollInterval: Double = 0.05,
                stageTimer: (@Sendable (String, Double) -> Void)? = nil) {
        self.stageTimer = stageTimer
        self.history = history
        self.siteFolder = siteFolder
        self.asOf = asOf
        self.port = port
        self.pollInterval = pollInterval
    }

    /// Builds once, then serves and watches until interrupted (SIGINT or SIGTERM).
    /// `onListening` hears the port once the server accepts connections.
    public func run(onListening: @escaping @Sendable (UInt16) -> Void = { _ in },
                    onBuild: @escaping @Sendable (DiagnosticList, Double) -> Void = { _, _ in }) async throws {
        // The files as they are before the first build: an edit saved while it runs is seen.
        let watcher = SourceWatcher(siteFolder: siteFolder)
        let before = watcher.fingerprint()
        await rebuild(onBuild)

        var logger = Logger(label: "civic-serve")
        logger.logLevel = .critical
        let state = self.state
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { [self] request, context in
                try await self.respond(to: request, context: context)
            },
            configuration: ApplicationConfiguration(
                address: .hostname("127.0.0.1", port: Int(port)), serverName: nil,
                availableConnectionsDelegate: MaximumAvailableConnections(Self.maxConnections)),
            onServerRunning: { channel in
                let port = UInt16(channel.localAddress?.port ?? 0)
                await state.listening(on: port)
                onListening(port)
            },
            logger: logger)
        // Shut down in reverse order on SIGINT or SIGTERM: the watcher first, which ends every
        // event stream, so that the server's own graceful shutdown has no request left open.
        let watching = SourceWatchService({ [self] in
            try await self.watch(watcher, from: before, onBuild)
        }, onShutdown: {
            await state.closeStreams()
        })
        let group = ServiceGroup(configuration: .init(services: [app, watching], gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger))
        try await group.run()
    }

    /// Looks for changes when the kernel says a file under `content/` or `templates/`
    /// changed (`FileEvents`), and at least every second. Where it cannot hear that, it
    /// looks every `pollInterval`, or, where looking takes long (a site of many thousands of
    /// files), after nine times as long as looking took, so that an idle preview never
    /// spends more than a tenth of a core on it.
    func watch(_ watcher: SourceWatcher, from first: SourceFingerprint,
                       _ onBuild: @escaping @Sendable (DiagnosticList, Double) -> Void) async throws {
        let events = FileEvents(roots: ["content", "templates"].map { siteFolder.appendingPathComponent($0).path })
        var last = first
        // Whether the kernel's events have just been quiet for 15 ms: then a change seen is a
        // finished save. A change found otherwise (by the look once a second, or by polling)
        // is built once two looks agree.
        var quiet = false
        while !Task.isCancelled {
            let started = Date()
            let now = watcher.fingerprint()
            let looked = Date().timeIntervalSince(started)
            if now != last {
                stageTimer?("look at every file's status", looked)
                last = quiet ? now : try await settled(watcher, from: now)
                await rebuild(onBuild)
            }
            let interval = max(pollInterval, 9 * looked)
            quiet = false
            if let events {
                if try await events.wait(upTo: max(1, interval)) {
                    try await events.settle(quiet: 0.015)
                    quiet = true
                }
            } else {
                try await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            }
        }
    }

    /// The files once two looks 15 ms apart agree. An editor that saves in place empties
    /// the file, then writes it: a look between the two would build, and show, a page with
    /// nothing in it, then build again.
    private func settled(_ watcher: SourceWatcher, from changed: SourceFingerprint) async throws -> SourceFingerprint {
        var seen = changed
        while true {
            try await Task.sleep(nanoseconds: 15_000_000)
            let again = watcher.fingerprint()
            if again == seen || Task.isCancelled { return again }
            seen = again
        }
    }

    /// Plans the site again and tells the open pages to reload at once: a page is made when
    /// a browser asks for it, so an editor waits for the plan and one page, never for the
    /// whole site. Then every file is made in the background, on one core so that the pages
    /// asked for meanwhile are not kept waiting, for the problems only making them finds (a
    /// broken link in a page), and let go; if those change what the pages show, they reload.
    /// `onBuild` hears the whole build's problems and time once that check is done. A newer
    /// save stops the check, and its files made so far are dropped.
    private func rebuild(_ onBuild: @escaping @Sendable (DiagnosticList, Double) -> Void) async {
        let start = Date()
        // The check of the files before this save is out of date: it stops now rather than
        // take a core from this plan.
        checking.withLock { $0?.cancel() }
        let cache = markdownCache.withLock { $0 }
        let entries = entryCache.withLock { $0 }
        let sources = sourceCache.withLock { $0 }
        let build = SiteBuilder.planBuild(siteFolder: siteFolder, asOf: asOf, history: history,
                                          caches: BuildCaches(sources: sources, entries: entries, markdown: cache, editions: editionCache),
                                          stageTimer: stageTimer)
        let generation = await state.accept(build)
        // The caches for the next save, made once the pages can reload. The files read are
        // the files, whatever the build found in them; a build that stopped at an error
        // keeps what it had, and what it made, for the next.
        sourceCache.withLock { $0 = sources.next() }
        if !build.diagnostics.hasErrors { entryCache.withLock { $0 = entries.next() } }
        guard !build.diagnostics.hasErrors else {
            onBuild(build.diagnostics, Date().timeIntervalSince(start))
            return
        }
        let shown = await state.diagnostics
        let state = self.state
        // The pages first: they are small, so the pages a browser asks for meanwhile wait
        // little; the feed and the open data, each made in one piece, last.
        let order = build.files.filter { $0.path.hasSuffix(".html") } + build.files.filter { !$0.path.hasSuffix(".html") }
        let task = Task.detached { [self] in
            for file in order {
                if Task.isCancelled { return }
                guard await state.record(file.madeWhole().diagnostics, of: file.path, generation: generation) else { return }
            }
            // Every text of the site was rendered from this cache: the next build starts from what it used.
            self.markdownCache.withLock { $0 = cache.next() }
            let diagnostics = await state.diagnostics
            if diagnostics != shown { await state.announce() }
            onBuild(DiagnosticList(diagnostics), Date().timeIntervalSince(start))
        }
        checking.withLock { $0 = task }
    }

    /// The file at a path of the site, made now if it was not yet.
    private func file(_ sitePath: String) async -> OutputFile? {
        switch await state.lookup(sitePath) {
        case .made(let file): return file
        case .planned(let planned, let generation):
            let made = planned.madeWhole()
            await state.store(made, generation: generation)
            return made.file
        case .none: return nil
        }
    }

    private func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        guard await PreviewHost.isAllowed(request.head.authority, port: state.port) else {
            return text(.misdirectedRequest, "This preview answers only at http://127.0.0.1:\(await state.port)/ and http://localhost:\(await state.port)/.\n")
        }
        guard request.method == .get || request.method == .head else {
            return text(.methodNotAllowed, "The preview only serves pages.\n")
        }
        let path = request.uri.path.removingPercentEncoding ?? request.uri.path
        if path == Self.eventsPath { return await events(for: request) }
        return try await respond(to: path, context: context)
    }

    /// The event stream of one open page: a comment at once, a `reload` event after each
    /// build. It ends, and lets go of its connection, as soon as the page is closed.
    private func events(for request: Request) async -> Response {
        let stream = await state.subscribe()
        let body = ResponseBody { writer in
            _ = try await request.body.consumeWithCancellationOnInboundClose { _ in
                for await event in stream {
                    try await writer.write(ByteBuffer(bytes: event))
                }
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    /// The response for a request path, as sent (decoded, trailing slash kept).
    func respond(to path: String, context: BasicRequestContext) async throws -> Response {
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
        guard let file = await file(sitePath) else {
            if await file(sitePath + "/index.html") != nil { return redirect(path + "/") }
            return await notFound(basePath)
        }
        return try await response(for: file, context: context)
    }

    private func response(for file: OutputFile, context: BasicRequestContext) async throws -> Response {
        let type = PreviewPages.contentType(for: file.path)
        switch file.contents {
        case .stream(let stream):
            return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: stream.bytes())))
        case .bytes(let content):
            if type.hasPrefix("text/html") {
                let page = PreviewPages.inject(into: String(decoding: content, as: UTF8.self), diagnostics: await state.diagnostics)
                return html(.ok, page)
            }
            return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: content)))
        case .copy(let source):
            // Streamed from disk in chunks, never read whole into memory.
            let body = try await fileIO.loadFile(path: source, context: context)
            return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
        }
    }

    private func notFound(_ basePath: String) async -> Response {
        if let page = await file("404.html"), case .bytes(let content) = page.contents {
            return html(.notFound, PreviewPages.inject(into: String(decoding: content, as: UTF8.self),
                                                       diagnostics: await state.diagnostics))
        }
        return html(.notFound, PreviewPages.errorPage(await state.diagnostics))
    }

    private func html(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private func redirect(_ location: String) -> Response {
        Response(status: .found, headers: [.location: location])
    }
}

/// The file watcher as a service beside the HTTP server: it stops watching, and runs
/// `onShutdown`, when the preview shuts down.
struct SourceWatchService: Service {
    let watch: @Sendable () async throws -> Void
    let onShutdown: @Sendable () async -> Void

    init(_ watch: @escaping @Sendable () async throws -> Void, onShutdown: @escaping @Sendable () async -> Void) {
        self.watch = watch
        self.onShutdown = onShutdown
    }

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await watch() }
        } catch is CancellationError {}
        await onShutdown()
    }
}
