import ArgumentParser
import Civic
import Foundation

@main
struct CivicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "civic",
        abstract: "Build a civic partnership's public-learning website from plain files.",
        subcommands: [Check.self]
    )
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
