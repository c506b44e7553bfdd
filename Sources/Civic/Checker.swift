import Foundation

/// `civic check`: load and validate a site, writing nothing.
public enum Checker {
    public static func check(siteFolder: URL) -> DiagnosticList {
        let (sources, loadDiagnostics) = SourceLoader.load(siteFolder: siteFolder)
        var diagnostics = loadDiagnostics
        let (_, validation) = Validator.validate(sources)
        diagnostics.append(contentsOf: validation)
        return diagnostics
    }
}
