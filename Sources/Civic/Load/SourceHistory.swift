import Foundation

/// When each file of the site was last changed in git: the "Last updated" date of the pages
/// made from it. Read in one `git log` pass over the whole history, not one process per
/// file. The same commit gives the same dates, so a build stays reproducible; a file that
/// was never committed has none, and so has every file of a site outside git.
public struct SourceHistory: Sendable {
    /// Seconds since 1970 of the last commit that touched each file, by its path relative
    /// to the site folder.
    public var lastCommitted: [String: Int64]

    public init(lastCommitted: [String: Int64] = [:]) {
        self.lastCommitted = lastCommitted
    }

    /// No dates: for a site outside git, or a build asked not to read them.
    public static let none = SourceHistory()

    /// The history of the site folder's files, with a note to show when git holds the site
    /// but its dates could not be read. A folder that is not in a git repository, or a
    /// machine without git, gives no dates and no note.
    public static func read(siteFolder: URL) -> (history: SourceHistory, note: String?) {
        guard let state = run(["rev-parse", "--is-inside-work-tree", "--is-shallow-repository"], in: siteFolder) else {
            return (.none, nil)
        }
        let lines = state.output.split(separator: "\n").map(String.init)
        // 127: env found no git on this machine.
        guard state.status != 127 else { return (.none, nil) }
        guard state.status == 0, lines.first == "true" else {
            // Not in a repository is the common case; anything else git says is worth passing on.
            let said = state.errors.split(separator: "\n").first.map(String.init) ?? ""
            return (.none, said.contains("not a git repository") || said.isEmpty ? nil : "git: \(said)")
        }
        if lines.count > 1, lines[1] == "true" {
            return (.none, "the repository is a shallow clone, so the dates its files were last changed are unknown: "
                          + "'Last updated' is left out (fetch the whole history, for example with fetch-depth: 0)")
        }
        // %x01 marks a commit's time; -z ends it and each file name with NUL; --relative gives
        // the paths from the site folder and leaves out the rest of the repository.
        guard let log = run(["-c", "core.quotepath=off", "log", "--format=%x01%ct", "--name-only", "-z", "--relative",
                             "--no-renames", "--", "."], in: siteFolder), log.status == 0 else {
            return (.none, "git log failed, so 'Last updated' is left out")
        }
        return (parse(log.output), nil)
    }

    /// Reads `git log --format=%x01%ct --name-only -z` output: each commit's time, then the
    /// files it touched. The newest time of each file wins, whatever order commits come in.
    static func parse(_ output: String) -> SourceHistory {
        var dates: [String: Int64] = [:]
        var time: Int64?
        for field in output.split(separator: "\0", omittingEmptySubsequences: true) {
            if field.first == "\u{01}" {
                time = Int64(field.dropFirst())
                continue
            }
            let path = field.first == "\n" ? field.dropFirst() : field[...]
            guard let time, !path.isEmpty else { continue }
            let key = String(path)
            if time > dates[key] ?? Int64.min { dates[key] = time }
        }
        return SourceHistory(lastCommitted: dates)
    }

    private static func run(_ arguments: [String], in folder: URL) -> (status: Int32, output: String, errors: String)? {
        Git.run(arguments, in: folder).map { ($0.status, $0.text, $0.errors) }
    }
}
