import ArgumentParser
import Civic
import Foundation

@main
struct CivicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "civic",
        abstract: "Build a civic partnership's public-learning website from plain files.",
        subcommands: [Build.self, Check.self]
    )

    /// Bad usage exits with 2 (as documented), not ArgumentParser's default of 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
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

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
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
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the content and report every problem; writes nothing.",
        discussion: "Exit status: 0 when the content has no errors (warnings allowed), 1 when it has errors, 2 for bad usage."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "How to print the diagnostics: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let diagnostics = Checker.check(siteFolder: options.siteURL)
        report(diagnostics, format: format)
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder (public/ by default).",
        discussion: """
        The site is built into a staging folder and swapped into place only when every page was \
        built: a failed build leaves the previous output exactly as it was.
        Exit status: 0 on success, 1 when the content has errors, 2 for bad usage.
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "Where to write the site (default: public/ inside the site folder).")
    var output: String?

    @Option(name: .customLong("as-of"), help: "The date statuses are computed at, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).")
    var asOf: String?

    @Option(help: "How to print the diagnostics: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if let asOf, Day.parse(asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not '\(asOf)'")
        }
    }

    func run() throws {
        let day = try asOfDay(asOf)
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? options.siteURL.appendingPathComponent("public")
        let diagnostics = SiteBuilder.build(siteFolder: options.siteURL, output: outputURL, asOf: day)
        report(diagnostics, format: format)
        if diagnostics.hasErrors { throw ExitCode(1) }
        if format == .text {
            FileHandle.standardError.write(Data("built \(outputURL.standardizedFileURL.path) as of \(day)\n".utf8))
        }
    }
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
