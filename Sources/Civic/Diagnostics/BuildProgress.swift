import Synchronization

/// What a running build is doing, for a progress line on a terminal: the stage, and while
/// the site's files are made and written, how many are done. The build tells it each stage
/// as it begins and each file as it is written, from any thread; `changed` hears every
/// change (and decides itself what to draw, and how often). When the build has written the
/// site, `finished` says what it wrote.
public final class BuildProgress: Sendable {
    public struct State: Sendable, Equatable {
        /// What the build is doing, in words for an editor ("checking the content").
        public var stage: String
        /// Files done of `total`, while files are made; 0 of 0 otherwise.
        public var done: Int
        public var total: Int

        /// The progress line: "checking the content", "writing the site: 3,412 of 10,513 files".
        public var line: String {
            total > 0 ? "\(stage): \(NumberText.grouped(done)) of \(NumberText.grouped(total)) files" : stage
        }
    }

    /// What a build wrote, once it has.
    public struct Finished: Sendable, Equatable {
        public var files: Int
        /// Of `files`, the HTML pages.
        public var pages: Int
        public var written: Int
        public var unchanged: Int
        /// Whether the build found its inputs and the output as the last build left them, and
        /// so made nothing (`BuildStamp`).
        public var nothingChanged = false

        /// "105 pages (132 files: 3 written, 129 unchanged)", or "105 pages (132 files, nothing
        /// changed since the last build)".
        public var sentence: String {
            let counted = "\(NumberText.grouped(pages)) \(pages == 1 ? "page" : "pages") (\(NumberText.grouped(files)) files"
            if nothingChanged { return counted + ", nothing changed since the last build)" }
            return counted + ": \(NumberText.grouped(written)) written, \(NumberText.grouped(unchanged)) unchanged)"
        }
    }

    private let state = Mutex(State(stage: "", done: 0, total: 0))
    private let outcome = Mutex<Finished?>(nil)
    private let changed: @Sendable (State) -> Void

    public init(changed: @escaping @Sendable (State) -> Void = { _ in }) {
        self.changed = changed
    }

    public var current: State { state.withLock { $0 } }
    public var finished: Finished? { outcome.withLock { $0 } }

    func begin(_ stage: String, files total: Int = 0) {
        let now = state.withLock { state in
            state = State(stage: stage, done: 0, total: total)
            return state
        }
        changed(now)
    }

    /// One more file done.
    func advance() {
        let now = state.withLock { state in
            state.done += 1
            return state
        }
        changed(now)
    }

    func finish(_ finished: Finished) {
        outcome.withLock { $0 = finished }
    }
}
