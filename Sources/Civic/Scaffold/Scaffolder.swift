import Foundation

/// `civic new` and `civic init`: start an entry or a whole site from a correct skeleton.
public enum Scaffolder {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The entry kinds by the names an editor may type: `commitment` or `commitments`.
    public static func kind(named name: String) -> EntryKind? {
        EntryKind.allCases.first { $0.rawValue == name || $0.singular == name }
    }

    public static var kindNames: [String] { EntryKind.allCases.map(\.singular) }

    /// Writes `content/KIND/ID.md` in the site folder and returns its path and the placeholders left to fill.
    public static func newEntry(kind name: String, id: String, siteFolder: URL) throws(Failure) -> (path: String, placeholders: [String]) {
        guard let kind = kind(named: name) else {
            throw Failure(description: "'\(name)' is not a kind of entry; use one of: \(kindNames.joined(separator: ", "))"
                          + (Suggestions.hint(for: name, in: kindNames).map { " (\($0))" } ?? ""))
        }
        if let problem = IDRule.problem(with: id) {
            throw Failure(description: "'\(id)' is not a valid id: \(problem)"
                          + (IDRule.suggestion(for: id).map { "; try '\($0)'" } ?? ""))
        }
        let content = siteFolder.appendingPathComponent("content")
        guard FileManager.default.fileExists(atPath: content.path) else {
            throw Failure(description: "no content/ folder in \(siteFolder.path); run civic init first, or pass --site")
        }
        let path = "content/\(kind.rawValue)/\(id).md"
        let text = EntrySkeleton.text(for: kind, id: id)
        try write(text, to: siteFolder.appendingPathComponent(path), path: path)
        return (path, EntrySkeleton.placeholders(in: text))
    }

    /// Creates a new site folder with a starter partnership and a copy of the default theme.
    public static func initSite(at folder: URL) throws(Failure) -> [String] {
        let content = folder.appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: content.path) {
            throw Failure(description: "\(content.path) already exists; civic init only starts new sites")
        }
        var written: [String] = []
        for (path, text) in StarterSite.files.sorted(by: { $0.key < $1.key }) {
            try write(text, to: folder.appendingPathComponent(path), path: path)
            written.append(path)
        }
        for (path, text) in DefaultTheme.files.sorted(by: { $0.key < $1.key }) {
            try write(text, to: folder.appendingPathComponent("templates/\(path)"), path: "templates/\(path)")
            written.append("templates/\(path)")
        }
        return written + (try addWorkflows(at: folder))
    }

    /// Writes the CI files (GitHub Actions and GitLab CI) into a site's repository: part of
    /// `civic init`, and on its own (`civic init --workflows-only`) for a site that exists.
    /// Checks first that none of them exists, so it writes all or nothing.
    public static func addWorkflows(at folder: URL) throws(Failure) -> [String] {
        let files = CIWorkflows.files().sorted(by: { $0.key < $1.key })
        for (path, _) in files where FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) {
            throw Failure(description: "\(path) already exists; civic never overwrites a file (move it aside to have civic write its own)")
        }
        for (path, text) in files {
            try write(text, to: folder.appendingPathComponent(path), path: path)
        }
        return files.map(\.key)
    }

    /// Writes a new file, refusing to replace one that exists.
    private static func write(_ text: String, to url: URL, path: String) throws(Failure) {
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path) {
            throw Failure(description: "\(path) already exists; civic never overwrites a file")
        }
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard fm.createFile(atPath: url.path, contents: Data(text.utf8)) else {
                throw Failure(description: "could not write \(path)")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "could not write \(path): \(error.localizedDescription)")
        }
    }
}
