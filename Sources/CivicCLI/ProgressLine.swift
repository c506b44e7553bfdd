import Civic
import Foundation
import Synchronization

/// `civic build`'s progress on a terminal: one line on standard error, redrawn in place,
/// saying what the build is doing ("writing the site: 3,412 of 10,513 files"). Nothing is
/// drawn in a build's first second (`after`), so a quick build prints only its result; a
/// heartbeat redraws it four times a second, so a long stage that reports nothing still
/// shows; counts are redrawn at most ten times a second. `clear` wipes it before anything
/// else is printed.
final class ProgressLine: Sendable {
    private struct Drawn {
        var text = ""
        var at = 0.0
        var stopped = false
    }

    private let start = Date()
    private let after: Double
    private let drawn = Mutex(Drawn())
    private let heartbeatDone = DispatchSemaphore(value: 0)
    /// Signalled by `clear`, so that the heartbeat stops at once rather than after its sleep.
    private let wake = DispatchSemaphore(value: 0)
    private let following = Mutex(false)

    /// Wipes the line and returns the cursor to its start (an ANSI "erase in line").
    private static let wipe = "\r\u{1B}[2K"

    /// `after`: seconds before anything is drawn; `CIVIC_PROGRESS_AFTER` changes it (tests draw at once).
    init(after: Double = Double(ProcessInfo.processInfo.environment["CIVIC_PROGRESS_AFTER"] ?? "") ?? 1) {
        self.after = after
    }

    /// A progress for the build to report to, drawn on this line, with a heartbeat that
    /// redraws it while a stage reports nothing.
    func progress() -> BuildProgress {
        let progress = BuildProgress { [self] state in show(state) }
        following.withLock { $0 = true }
        Thread.detachNewThread { [self] in
            while !drawn.withLock({ $0.stopped }) {
                show(progress.current, heartbeat: true)
                _ = wake.wait(timeout: .now() + 0.25)
            }
            heartbeatDone.signal()
        }
        return progress
    }

    /// Whether standard error is a terminal, where a line can be redrawn.
    static var canDraw: Bool { isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb" }

    private func show(_ state: BuildProgress.State, heartbeat: Bool = false) {
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed >= after, !state.stage.isEmpty else { return }
        let text = "civic: " + state.line
        drawn.withLock { drawn in
            guard !drawn.stopped, text != drawn.text else { return }
            // A new stage is drawn at once; another count only every tenth of a second.
            let sameStage = drawn.text.hasPrefix("civic: " + state.stage)
            if sameStage && !heartbeat && elapsed - drawn.at < 0.1 { return }
            FileHandle.standardError.write(Data((Self.wipe + TerminalText.escape(text)).utf8))
            drawn = Drawn(text: text, at: elapsed)
        }
    }

    /// Stops drawing and wipes the line, if one was drawn.
    func clear() {
        let hadLine = drawn.withLock { drawn -> Bool in
            drawn.stopped = true
            return !drawn.text.isEmpty
        }
        if following.withLock({ $0 }) {
            wake.signal()
            heartbeatDone.wait()
        }
        if hadLine { FileHandle.standardError.write(Data(Self.wipe.utf8)) }
    }
}
