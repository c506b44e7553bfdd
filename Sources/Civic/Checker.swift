import Foundation

/// `civic check`: everything a build does (load, validate, resolve, make every file, check
/// every link) except writing, so an editor sees every problem the build would find.
public enum Checker {
    /// What a check found, and how much it read and made.
    public struct Report: Sendable {
        public var diagnostics: DiagnosticList
        /// The files read from `content/` (entries, `site.yml`, the framework, CSV tables).
        public var contentFiles: Int
        /// The files the site would publish, each made and checked; 0 when errors stopped the check first.
        public var siteFiles: Int
    }

    public static func check(siteFolder: URL, asOf: Day) -> DiagnosticList {
        report(siteFolder: siteFolder, asOf: asOf).diagnostics
    }

    /// `verbose`: name each entry not translated yet into one of the site's languages,
    /// rather than count them.
    public static func report(siteFolder: URL, asOf: Day, verbose: Bool = false) -> Report {
        SiteBuilder.check(siteFolder: siteFolder, asOf: asOf, verbose: verbose)
    }
}
