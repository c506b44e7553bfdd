import ArgumentParser
import CCivicSystem
import Civic
import CivicServer
import Foundation

@main
struct CivicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "civic",
        abstract: "Build a civic partnership's public-learning website from plain files.",
        version: CivicVersion.number,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Init.self, Schema.self]
    )

    /// Bad usage exits with 2 (as documented), not ArgumentParser's default of 64.
    static func main() async {
        civic_tune_allocator()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, which holds content/ (default: the current folder).")
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site) }
}

/// `--as-of`, shared by the commands that compute statuses.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The date statuses are computed at, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).")
    var asOf: String?

    func validate() throws {
        if let asOf, Day.parse(asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not '\(asOf)'")
        }
    }

    func day() throws -> Day { try asOfDay(asOf) }
}

/// Whether pages say when their content was last changed, from the site's git history.
struct HistoryOption: ParsableArguments {
    @Flag(name: .customLong("no-git-dates"),
          help: "Leave out each page's 'Last updated' date, which is otherwise read from git (as the example site in civic's own repository does).")
    var noGitDates = false

    /// The history of the site's files, or none; a note on standard error when git holds the
    /// site but its dates cannot be read (a shallow clone).
    func read(siteFolder: URL) -> SourceHistory {
        guard !noGitDates else { return .none }
        let (history, note) = SourceHistory.read(siteFolder: siteFolder)
        if let note { FileHandle.standardError.write(Data("note: \(TerminalText.escape(note))\n".utf8)) }
        return history
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github, gitlab
}

/// Prints diagnostics to standard error (text) or standard output (JSON).
func report(_ diagnostics: DiagnosticList, format: OutputFormat) {
    switch format {
    case .text:
        var text = DiagnosticReport.text(diagnostics.sorted)
        if !diagnostics.items.isEmpty { text += DiagnosticReport.summary(diagnostics) + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    case .json:
        FileHandle.standardOutput.write(Data(DiagnosticReport.json(diagnostics.sorted).utf8))
    case .github:
        FileHandle.standardOutput.write(Data(DiagnosticReport.github(diagnostics.sorted).utf8))
    case .gitlab:
        FileHandle.standardOutput.write(Data(DiagnosticReport.gitlab(diagnostics.sorted).utf8))
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the content and report every problem; writes nothing.",
        discussion: "Exit status: 0 when the content has no errors (warnings allowed), 1 when it has errors, 2 for bad usage."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "How to print the diagnostics: text, json, github (workflow annotations) or gitlab (a Code Quality report).")
    var format: OutputFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Flag(help: "For a site in several languages, name each entry not translated yet, rather than count them.")
    var verbose = false

    func run() throws {
        let checked = Checker.report(siteFolder: options.siteURL, asOf: try asOf.day(), verbose: verbose)
        let diagnostics = checked.diagnostics
        if format == .text && !diagnostics.hasErrors {
            // Said even when all is well, so an editor sees that it ran and what it covered.
            let text = DiagnosticReport.text(diagnostics.sorted)
                + "checked \(checked.contentFiles) content files and the \(checked.siteFiles) files of the site: "
                + DiagnosticReport.summary(diagnostics) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            report(diagnostics, format: format)
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder (public/ by default).",
        discussion: """
        The site is built into a staging folder and swapped into place only when every page was \
        built: a failed build leaves the previous output exactly as it was.
        Exit status: 0 on success, 1 when the content has errors or the site could not be written, 2 for bad usage or an output that civic will not write into (one it did not make).
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "Where to write the site (default: public/ inside the site folder).")
    var output: String?

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var history: HistoryOption

    @Option(help: "How to print the diagnostics: text, json, github (workflow annotations) or gitlab (a Code Quality report).")
    var format: OutputFormat = .text

    @Flag(help: "Print how long each stage of the build took, and the memory in use after it.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print only problems: no progress line on a terminal, no line saying what was built.")
    var quiet = false

    func run() throws {
        let started = Date()
        let day = try asOf.day()
        let outputPath = output ?? options.siteURL.appendingPathComponent("public").path
        let folder: OutputFolder
        do {
            folder = try OutputFolder.inspect(outputPath, siteFolder: options.siteURL.path)
        } catch {
            FileHandle.standardError.write(Data("error: \(TerminalText.escape(error.description))\n".utf8))
            throw ExitCode(2)
        }
        let timer: ((String, Double) -> Void)? = timings ? { stage, seconds in
            FileHandle.standardError.write(Data("\(String(format: "%7.1f", seconds * 1000)) ms  \(stage)\(memoryInUse())\n".utf8))
        } : nil
        // A progress line only where it can be redrawn, and never beside --timings' lines.
        let line = format == .text && !quiet && !timings && ProgressLine.canDraw ? ProgressLine() : nil
        let progress = line?.progress() ?? BuildProgress()
        let diagnostics = SiteBuilder.build(siteFolder: options.siteURL, output: folder, asOf: day,
                                            history: history.read(siteFolder: options.siteURL), progress: progress,
                                            stageTimer: timer)
        line?.clear()
        report(diagnostics, format: format)
        if diagnostics.hasErrors { throw ExitCode(1) }
        if format == .text && !quiet {
            let what = progress.finished.map { ": \($0.sentence)" } ?? ""
            let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("built \(folder.path) as of \(day)\(what) in \(seconds) s\n".utf8))
        }
    }
}

/// The memory the process holds now and at most so far, from Linux's `/proc/self/status`
/// (empty elsewhere): what `--timings` prints after each stage.
func memoryInUse() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
    func mebibytes(_ field: String) -> String? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
        return "\(kilobytes / 1024) MiB"
    }
    guard let now = mebibytes("VmRSS"), let peak = mebibytes("VmHWM") else { return "" }
    let heap = civic_heap_in_use()
    return " [memory \(now), peak \(peak)" + (heap >= 0 ? ", heap in use \(heap / 1_048_576) MiB]" : "]")
}

/// The as-of date: `--as-of`, else `SOURCE_DATE_EPOCH` (seconds since 1970, read as a UTC day), else today (UTC).
func asOfDay(_ option: String?) throws -> Day {
    if let option, let day = Day.parse(option) { return day }
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
        guard let seconds = Int(epoch) else {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, not '\(epoch)'")
        }
        return Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down)))
    }
    return Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new entry from a skeleton: civic new commitment bus-passes",
        discussion: "TYPE is one of: \(Scaffolder.kindNames.joined(separator: ", ")). The file is never overwritten."
    )

    @OptionGroup var options: SiteOptions

    @Argument(help: "The kind of entry.")
    var type: String

    @Argument(help: "Its id: lowercase letters, digits and hyphens; the file name without .md.")
    var id: String

    func run() throws {
        do {
            let (path, placeholders) = try Scaffolder.newEntry(kind: type, id: id, siteFolder: options.siteURL)
            print("wrote \(path)")
            if !placeholders.isEmpty {
                print("fill in the placeholders marked TODO: \(placeholders.joined(separator: ", ")); then run civic check")
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site folder with a starter partnership, the default theme's templates and CI files.",
        discussion: "The CI files check every change and publish the default branch, on GitHub (.github/workflows/civic.yml) or GitLab (.gitlab-ci.yml); see docs/publishing.md. No file is ever overwritten."
    )

    @Argument(help: "The folder to create the site in.")
    var folder: String

    @Flag(help: "Only add the CI files (.github/workflows/civic.yml and .gitlab-ci.yml) to a site that exists.")
    var workflowsOnly = false

    func run() throws {
        do {
            if workflowsOnly {
                for path in try Scaffolder.addWorkflows(at: URL(fileURLWithPath: folder)) {
                    print("created \((folder as NSString).appendingPathComponent(path))")
                }
                return
            }
            let written = try Scaffolder.initSite(at: URL(fileURLWithPath: folder))
            print("created \(written.count) files in \(folder); next: civic check --site \(folder)")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the JSON Schemas of the content files, for editors' YAML language servers."
    )

    @Option(help: "The folder to write them into.")
    var output: String = "schemas"

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in ContentJSONSchema.files() {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            print(folder.appendingPathComponent(name).path)
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site at http://127.0.0.1:PORT/, rebuilding and reloading as you edit.",
        discussion: "The preview is built in memory: public/ is never touched. Broken content shows its errors in the browser."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "The port to listen on, on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8080

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var history: HistoryOption

    @Flag(help: "Print how long each stage of each rebuild took, up to the plan the pages are made from.")
    var timings = false

    func run() async throws {
        @Sendable func printTime(_ stage: String, _ seconds: Double) {
            FileHandle.standardError.write(Data("\(String(format: "%7.1f", seconds * 1000)) ms  \(stage)\n".utf8))
        }
        let timer: (@Sendable (String, Double) -> Void)? = timings ? printTime : nil
        let server = PreviewServer(siteFolder: options.siteURL, port: port, asOf: try asOf.day(),
                                   history: history.read(siteFolder: options.siteURL), stageTimer: timer)
        try await server.run(onListening: { port in
            FileHandle.standardOutput.write(Data("serving http://127.0.0.1:\(port)/ (Ctrl-C to stop)\n".utf8))
        }, onBuild: { diagnostics, seconds in
            let status = diagnostics.hasErrors ? "build failed" : "built"
            var text = DiagnosticReport.text(diagnostics.sorted)
            text += "\(status) in \(Int(seconds * 1000)) ms; \(DiagnosticReport.summary(diagnostics))\n"
            FileHandle.standardError.write(Data(text.utf8))
        })
    }
}
