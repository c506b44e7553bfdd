import Foundation

/// Runs git, the one program civic starts: for the dates files were last changed
/// (`SourceHistory`) and for the content of archived editions (`EditionReader`).
enum Git {
    struct Run {
        var status: Int32
        var output: Data
        var errors: String

        var text: String { String(decoding: output, as: UTF8.self) }
        /// The first line git wrote on standard error, or "".
        var firstError: String { errors.split(separator: "\n").first.map(String.init) ?? "" }
    }

    /// Runs `git ARGUMENTS` in `folder`, with `input` on its standard input; nil when git
    /// cannot be started. Status 127 means the machine has no git.
    static func run(_ arguments: [String], in folder: URL, input: Data? = nil) -> Run? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        // The user's pager, editor or language must not change what is read.
        environment["GIT_PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        do { try process.run() } catch { return nil }
        // Every pipe is fed or drained while git runs, so that none can fill and stall it.
        nonisolated(unsafe) var errorData = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        if let input {
            // Should git stop reading early, the write fails with EPIPE rather than end civic.
            signal(SIGPIPE, SIG_IGN)
            DispatchQueue.global().async {
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal { return nil }
        return Run(status: process.terminationStatus, output: outputData, errors: String(decoding: errorData, as: UTF8.self))
    }
}
