import Foundation

/// `civic check`: everything a build does (load, validate, resolve, render, check every
/// link) except writing, so an editor sees every problem the build would find.
public enum Checker {
    public static func check(siteFolder: URL, asOf: Day) -> DiagnosticList {
        SiteBuilder.check(siteFolder: siteFolder, asOf: asOf)
    }
}
