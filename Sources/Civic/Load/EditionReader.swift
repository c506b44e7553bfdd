import Foundation

/// A published edition of the site: the content as committed at a git tag that `site.yml`
/// lists under `editions`.
public struct Edition: Sendable, Hashable {
    public var tag: String
    /// The commit the tag points to.
    public var commit: String
    /// The day the tag was made (an annotated tag's own date, else its commit's), in the
    /// time zone it was made in: the day the edition was published.
    public var date: Day
}

/// Reads an edition's files with git itself (`git ls-tree` and `git cat-file`), never by
/// checking anything out: the work tree and the index are left as they are.
enum EditionReader {
    enum Problem: Error, Equatable {
        case noGit
        case notInRepository
        case missingTag
        case gitFailed(String)
    }

    /// The commit and date of `refs/tags/TAG` in the repository that holds `siteFolder`.
    static func find(tag: String, siteFolder: URL) -> Result<Edition, Problem> {
        guard let inside = Git.run(["rev-parse", "--is-inside-work-tree"], in: siteFolder), inside.status != 127 else {
            return .failure(.noGit)
        }
        guard inside.status == 0 else { return .failure(.notInRepository) }
        guard let commit = Git.run(["rev-parse", "--verify", "--quiet", "refs/tags/\(tag)^{commit}"], in: siteFolder) else {
            return .failure(.noGit)
        }
        let id = commit.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard commit.status == 0, !id.isEmpty else { return .failure(.missingTag) }
        guard let made = Git.run(["for-each-ref", "--format=%(creatordate:short)", "refs/tags/\(tag)"], in: siteFolder),
              made.status == 0 else {
            return .failure(.gitFailed("git could not read the date of the tag"))
        }
        guard let day = made.text.split(separator: "\n").first.flatMap({ Day.parse(String($0)) }) else {
            return .failure(.gitFailed("git gave no date for the tag"))
        }
        return .success(Edition(tag: tag, commit: id, date: day))
    }

    /// The folders of a site that make an edition: its content and its own templates.
    static let folders = ["content", "templates"]

    /// Writes the regular files of the site's `content/` and `templates/` as committed in
    /// `edition` into `folder`, as a site folder of their own; links and submodules are left
    /// out. Returns how many files were written.
    static func export(_ edition: Edition, siteFolder: URL, into folder: URL) -> Result<Int, Problem> {
        guard let prefixRun = Git.run(["rev-parse", "--show-prefix"], in: siteFolder), prefixRun.status == 0 else {
            return .failure(.notInRepository)
        }
        let prefix = prefixRun.text.trimmingCharacters(in: .newlines)
        guard let listing = Git.run(["-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--full-tree", edition.commit, "--"]
                                    + folders.map { prefix + $0 }, in: siteFolder), listing.status == 0 else {
            return .failure(.gitFailed("git could not list the files of \(edition.tag)"))
        }
        // Each entry is "MODE TYPE OBJECT\tPATH", ended by NUL; regular files only.
        var files: [(object: String, path: String)] = []
        for entry in listing.output.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            guard let tab = text.firstIndex(of: "\t") else { continue }
            let head = text[..<tab].split(separator: " ")
            let path = String(text[text.index(after: tab)...])
            guard head.count == 3, head[1] == "blob", head[0] == "100644" || head[0] == "100755", path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
            guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { continue }
            files.append((String(head[2]), relative))
        }
        guard !files.isEmpty else { return .success(0) }
        let request = Data(files.map { $0.object + "\n" }.joined().utf8)
        guard let blobs = Git.run(["cat-file", "--batch"], in: siteFolder, input: request), blobs.status == 0 else {
            return .failure(.gitFailed("git could not read the files of \(edition.tag)"))
        }
        // Each answer is "OBJECT blob SIZE\n", the bytes, then "\n", in the order asked.
        let bytes = blobs.output
        var offset = bytes.startIndex
        for file in files {
            guard let newline = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else {
                return .failure(.gitFailed("git's answer for \(file.path) was cut short"))
            }
            let header = String(decoding: bytes[offset..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), newline + 1 + size <= bytes.endIndex else {
                return .failure(.gitFailed("git could not read \(file.path) of \(edition.tag)"))
            }
            let body = bytes[(newline + 1)..<(newline + 1 + size)]
            offset = newline + 1 + size + 1
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(body).write(to: url)
            } catch {
                return .failure(.gitFailed("could not write \(file.path) of \(edition.tag) into a temporary folder: \(error.localizedDescription)"))
            }
        }
        return .success(files.count)
    }
}
