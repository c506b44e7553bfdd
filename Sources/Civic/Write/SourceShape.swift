import Foundation

/// What a build reads, split in two: the bodies of the entries (and of their translations),
/// each fingerprinted on its own, and everything else in one fingerprint, the *frame*: every
/// entry's front matter and where its body starts and whether it is blank, site.yml, the
/// framework, the tables, the theme, each published file's identity on disk, and what the
/// stamp takes beside the files (`BuildStamp.inputs`: the as-of date, the dates from git,
/// the tags, this civic executable).
///
/// Two builds with the same frame read the same everything but some bodies, so a file of the
/// site that read none of the bodies that changed comes out the same (see `ReadRecord`).
struct SourceShape: Sendable, Equatable {
    var frame: ContentHash
    /// Each body's fingerprint, by the path of the file it is in.
    var bodies: [String: ContentHash]

    /// The shape of `sources`, as the loader read them; `beside` is what else the build
    /// depends on (`BuildStamp.inputs(...).text`).
    init(of sources: SiteSources, beside: String) {
        let split = Parallel.map(Self.entryFiles(of: sources)) { source -> (String, String, ContentHash?) in
            guard case .success(let entry) = FrontMatterSplitter.split(source) else {
                return (source.path, "whole \(source.contentHash)", nil)
            }
            let blank = entry.body.allSatisfy(\.isWhitespace)
            let front = "front \(ContentHash(text: entry.yaml)) \(entry.yamlFirstLine) \(entry.bodyFirstLine) \(blank)"
            return (source.path, front, ContentHash(text: entry.body))
        }
        // Past a budget, bodies are read again from their files rather than held (`EntryBody`).
        let entryBytes = sources.entries.values.reduce(0) { total, files in files.reduce(total) { $0 + $1.text.utf8.count } }
        let onDisk = entryBytes > (Validator.bodyBudgetOverride ?? Validator.bodyBudget)
        var text = beside + "\nroot \(sources.root)\nbodies on disk \(onDisk)\n"
        var bodies: [String: ContentHash] = [:]
        bodies.reserveCapacity(split.count)
        for (path, front, body) in split {
            text += "entry \(OutputMark.escape(path)) \(front)\n"
            if let body { bodies[path] = body }
        }
        let others = [sources.siteYAML, sources.frameworkYAML].compactMap { $0 } + sources.siteTranslations
            + sources.dataTables.values + sources.geoJSON.values
        for source in others.sorted(by: { $0.path < $1.path }) {
            text += "text \(OutputMark.escape(source.path)) \(source.contentHash)\n"
        }
        for (path, bytes) in sources.themeFiles.sorted(by: { $0.key < $1.key }) {
            text += "theme \(OutputMark.escape(path)) \(ContentHash(bytes))\n"
        }
        for file in sources.publishedFiles.sorted(by: { $0.sitePath < $1.sitePath }) {
            let identity = WriteManifest.FileIdentity.of(file.sourcePath)
            text += "published \(OutputMark.escape(file.sitePath)) \(identity.map { "\($0.inode) \($0.size) \($0.changed)" } ?? "-")\n"
        }
        frame = ContentHash(text: text)
        self.bodies = bodies
    }

    init(frame: ContentHash, bodies: [String: ContentHash]) {
        (self.frame, self.bodies) = (frame, bodies)
    }

    /// The entries and their translations, in a fixed order.
    private static func entryFiles(of sources: SiteSources) -> [SourceText] {
        let files: [SourceText] = Array(sources.entries.values.joined()) + Array(sources.translations.values.joined())
        return files.sorted { $0.path < $1.path }
    }

    /// The paths of the bodies that differ between `self` and `other` (whose frames are the same).
    func changedBodies(since other: SourceShape) -> Set<String> {
        var changed = Set<String>()
        for (path, hash) in bodies where other.bodies[path] != hash { changed.insert(path) }
        for path in other.bodies.keys where bodies[path] == nil { changed.insert(path) }
        return changed
    }
}
