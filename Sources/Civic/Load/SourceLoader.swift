import Foundation

/// Reads a site folder into `SiteSources`: listings sorted so that the result never depends
/// on the order the file system returns names in, files decoded. Reads nothing outside the
/// site's `content/` and `templates/` folders: a symbolic link, at any level, must resolve
/// inside one of them and not into a hidden file or folder (`.git/config`, `.env`); and
/// only regular files are opened (a named pipe would block the build for ever).
struct SourceLoader {
    let siteFolder: URL
    private let siteRoot: String
    private(set) var diagnostics = DiagnosticList()
    private let files = FileManager.default

    /// The site folder's path, to which relative paths are joined with a `/`.
    private let sitePath: String
    /// The real paths of `content/` and `templates/`, which links must resolve inside.
    private var allowedRoots: [String] = []

    /// The files read by the load before, when the caller keeps them (the preview does).
    private let cache: SourceCache?

    init(siteFolder: URL, cache: SourceCache? = nil) {
        self.cache = cache
        self.siteFolder = siteFolder.standardizedFileURL
        self.siteRoot = self.siteFolder.resolvingSymlinksInPath().path
        self.sitePath = self.siteFolder.path
    }

    static func load(siteFolder: URL, cache: SourceCache? = nil) -> StageResult<SiteSources> {
        var loader = SourceLoader(siteFolder: siteFolder, cache: cache)
        let sources = loader.load()
        return StageResult(sources, loader.diagnostics.items)
    }

    mutating func load() -> SiteSources {
        var sources = SiteSources()
        sources.root = siteFolder.path
        let content = "content"
        guard checkRoot(content), isDirectory(content) else {
            diagnostics.error(SourceLocation(path: content), "no content/ folder in \(siteFolder.path)",
                              hint: "run civic in the folder that holds content/, or pass --site DIR")
            return sources
        }
        for name in listing(content) {
            let path = "\(content)/\(name)"
            if name.hasPrefix(".") || name.hasPrefix("_") { continue }
            guard checkInside(path) else { continue }
            if let kind = EntryKind(rawValue: name), isDirectory(path) {
                let loaded = loadEntries(kind, folder: path)
                sources.entries[kind] = loaded.entries
                if !loaded.translations.isEmpty { sources.translations[kind] = loaded.translations }
            } else if name == "site.yml" {
                sources.siteYAML = readText(path, limit: ContentLimits.textFileBytes)
            } else if name.hasPrefix("site."), name.hasSuffix(".yml"), Self.translationName("site." + name.dropFirst(5).dropLast(4)) != nil {
                // A translation of site.yml's text (`site.es.yml`).
                if let text = readText(path, limit: ContentLimits.textFileBytes) { sources.siteTranslations.append(text) }
            } else if name == "framework.yml" {
                sources.frameworkYAML = readText(path, limit: ContentLimits.textFileBytes)
            } else if (name == "media" || name == "data") && isDirectory(path) {
                collectPublished(path, into: &sources)
            } else {
                let known = EntryKind.allCases.map(\.rawValue) + ["site.yml", "framework.yml", "media", "data"]
                diagnostics.warning(SourceLocation(path: path), "'\(name)' is not part of the content model and is ignored",
                                    hint: Suggestions.hint(for: name, in: known))
            }
        }
        if sources.siteYAML == nil && !diagnostics.hasErrors {
            diagnostics.error(SourceLocation(path: "content/site.yml"), "content/site.yml is missing",
                              hint: "create it with name, locality, summary, base_url and language")
        }
        if checkRoot("templates"), isDirectory("templates") {
            collectTheme("templates", into: &sources)
        }
        return sources
    }

    /// The entries of one folder, and the translations beside them (`ID.LANG.md`).
    private mutating func loadEntries(_ kind: EntryKind, folder: String) -> (entries: [SourceText], translations: [SourceText]) {
        var paths: [String] = []
        var translationPaths: Set<String> = []
        var statuses: [stat?] = []
        let names = (DirectoryListing.entries(of: full(folder)) ?? []).sorted { $0.name < $1.name }
        for entry in names where !(entry.name.hasPrefix(".") || entry.name.hasPrefix("_")) {
            let name = entry.name
            let path = "\(folder)/\(name)"
            // A plain file, as the folder's listing says, is looked at by the core that reads
            // it; a link, a folder or anything else is looked at here, where it can be refused.
            let plainEntry = entry.kind == DT_REG && name.hasSuffix(".md")
            var status: stat? = nil
            if !plainEntry {
                guard let found = self.status(path) else { continue }
                if found.st_mode & S_IFMT == S_IFDIR {
                    diagnostics.warning(SourceLocation(path: path), "subfolders of \(folder)/ are ignored")
                    continue
                }
                status = found
            }
            guard name.hasSuffix(".md") else {
                diagnostics.warning(SourceLocation(path: path), "only .md files are entries; this file is ignored")
                continue
            }
            let id = String(name.dropLast(3))
            if let translated = Self.translationName(id) {
                if let problem = IDRule.problem(with: translated.id) {
                    diagnostics.error(SourceLocation(path: path), "the file name '\(name)' does not start with a valid id: \(problem)",
                                      hint: IDRule.suggestion(for: translated.id).map { "rename it to '\($0).\(translated.language).md'" })
                    continue
                }
                translationPaths.insert(path)
                paths.append(path)
                statuses.append(status)
                continue
            }
            if let problem = IDRule.problem(with: id) {
                diagnostics.error(SourceLocation(path: path), "the file name '\(name)' is not a valid id: \(problem)",
                                  hint: IDRule.suggestion(for: id).map { "rename it to '\($0).md'" })
                continue
            }
            paths.append(path)
            statuses.append(status)
        }
        // Reading and decoding are independent per file: all cores at once.
        let root = siteFolder.path
        let cache = self.cache
        var texts: [SourceText] = []
        var translations: [SourceText] = []
        let (found, statusOf) = (paths, statuses)
        let read = Parallel.map(Array(found.indices)) { (index: Int) -> (Result<SourceText, Diagnostic>, fromCache: Bool) in
            var status = statusOf[index]
            if status == nil {
                // Listed as a plain file: still one now, not a link put in its place since?
                var info = stat()
                let path: String = root + "/" + found[index]
                guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                    return (.failure(.error(SourceLocation(path: found[index]), "the file cannot be read")), false)
                }
                status = info
            }
            if let cache, let status, let text = cache.text(at: found[index], status) { return (.success(text), true) }
            return (Self.readText(root: root, found[index], limit: ContentLimits.textFileBytes, cache: cache, status: status), false)
        }
        if let cache {
            // The paths alone: filtering the pairs would copy every text read.
            var carried: [String] = []
            carried.reserveCapacity(found.count)
            for index in found.indices where read[index].fromCache { carried.append(found[index]) }
            cache.carryOver(carried)
        }
        for (result, _) in read {
            switch result {
            // One binding per file: a `where` clause binds (and copies) the text twice.
            case .success(let text):
                if !translationPaths.isEmpty && translationPaths.contains(text.path) { translations.append(text) } else { texts.append(text) }
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (texts, translations)
    }

    /// The id and language of a translation's file name without `.md` (`clean-air.es`), or
    /// nil when it names no language after a dot.
    static func translationName(_ name: String) -> (id: String, language: String)? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let language = String(name[name.index(after: dot)...])
        guard LanguageTag.isValid(language) else { return nil }
        return (String(name[..<dot]), language)
    }

    /// Reads and decodes one text file, checking its size first; the text read is kept in
    /// `cache`, when given, for the next load.
    /// `status`, when given, is the file's, just taken.
    static func readText(root: String, _ relative: String, limit: Int, cache: SourceCache? = nil,
                         status: stat? = nil) -> Result<SourceText, Diagnostic> {
        let full = root + "/" + relative
        var info = status ?? stat()
        guard status != nil || stat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .failure(.error(SourceLocation(path: relative), "the file cannot be read"))
        }
        if Int(info.st_size) > limit {
            return .failure(.error(SourceLocation(path: relative),
                                   "the file is \(Int(info.st_size) / 1_048_576) MiB, more than the limit of \(limit / 1_048_576) MiB"))
        }
        guard let bytes = readAll(full, expectedSize: Int(info.st_size)) else {
            return .failure(.error(SourceLocation(path: relative), "the file cannot be read"))
        }
        let decoded = SourceText.decode(path: relative, bytes: bytes)
        if let cache, case .success(let text) = decoded { cache.keep(text, info) }
        return decoded
    }

    /// The whole file, with plain system calls (no Data to copy out of).
    private static func readAll(_ path: String, expectedSize: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(expectedSize, 0) + 1)
        var total = 0
        while true {
            if total == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let count = bytes.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + total, raw.count - total) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            total += count
        }
        bytes.removeLast(bytes.count - total)
        return bytes
    }

    private mutating func collectPublished(_ folder: String, into sources: inout SiteSources) {
        for name in listing(folder) where !(name.hasPrefix(".") || name.hasPrefix("_")) {
            let path = "\(folder)/\(name)"
            guard checkInside(path) else { continue }
            if isDirectory(path) {
                collectPublished(path, into: &sources)
                continue
            }
            let sitePath = String(path.dropFirst("content/".count))
            let isCSV = sitePath.hasPrefix("data/") && name.hasSuffix(".csv")
            let isGeoJSON = sitePath.hasPrefix("data/") && name.lowercased().hasSuffix(".geojson")
            let limit = isCSV || isGeoJSON ? ContentLimits.csvFileBytes : ContentLimits.mediaFileBytes
            guard checkSize(path, limit: limit) else { continue }
            if let problem = ActiveContent.problem(name: name, bytes: { readBytes(path) }) {
                diagnostics.error(SourceLocation(path: path), problem,
                                  hint: "make it a page in content/pages/, an image without scripts (PNG, JPEG, or SVG without them), or a PDF")
                continue
            }
            if isCSV, let text = readText(path, limit: limit) {
                sources.dataTables[sitePath] = text
            }
            if isGeoJSON, let text = readText(path, limit: limit) {
                sources.geoJSON[sitePath] = text
            }
            sources.publishedFiles.append(.init(sitePath: sitePath, sourcePath: url(path).path))
        }
    }

    private mutating func collectTheme(_ folder: String, into sources: inout SiteSources) {
        for name in listing(folder) where !name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            guard checkInside(path) else { continue }
            if isDirectory(path) {
                collectTheme(path, into: &sources)
            } else if checkSize(path, limit: ContentLimits.mediaFileBytes), let bytes = readBytes(path) {
                sources.themeFiles[String(path.dropFirst("templates/".count))] = bytes
            }
        }
    }

    // MARK: File system

    private func url(_ relative: String) -> URL {
        URL(fileURLWithPath: full(relative))
    }

    private func full(_ relative: String) -> String {
        sitePath + "/" + relative
    }

    private func listing(_ relative: String) -> [String] {
        (DirectoryListing.entries(of: full(relative))?.map(\.name) ?? []).sorted()
    }

    private func isDirectory(_ relative: String) -> Bool {
        var info = stat()
        return stat(full(relative), &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Accepts `content` or `templates` as a root the site's files may come from: a folder,
    /// or a link to one inside the site folder. Returns false when there is none to read
    /// (a missing `templates/` is no error; a refused one is).
    private mutating func checkRoot(_ relative: String) -> Bool {
        var info = stat()
        guard lstat(full(relative), &info) == 0 else { return false }
        guard let resolved = Self.realPath(full(relative)) else {
            diagnostics.error(SourceLocation(path: relative), "this symbolic link points to nothing")
            return false
        }
        guard let rest = Self.path(resolved, within: siteRoot), !Self.isHidden(rest) else {
            diagnostics.error(SourceLocation(path: relative), "this is a symbolic link to \(resolved), outside the site folder",
                              hint: "keep \(relative)/ inside the site folder instead of linking to it")
            return false
        }
        allowedRoots.append(resolved)
        return true
    }

    /// Accepts a file or folder reached while listing `content/` or `templates/`: a regular
    /// file or a folder, or a symbolic link to one that resolves inside those folders and
    /// not into a hidden file or folder. Listings never follow a link without coming here.
    private mutating func checkInside(_ relative: String) -> Bool {
        status(relative) != nil
    }

    /// The status of the file or folder at `relative` (of what a link leads to), when it may
    /// be read (see `checkInside`); nil, with the reason reported, when not.
    private mutating func status(_ relative: String) -> stat? {
        var info = stat()
        guard lstat(full(relative), &info) == 0 else {
            diagnostics.error(SourceLocation(path: relative), "the file cannot be read")
            return nil
        }
        guard info.st_mode & S_IFMT == S_IFLNK else { return checkKind(relative, info) ? info : nil }
        guard let resolved = Self.realPath(full(relative)) else {
            diagnostics.error(SourceLocation(path: relative), "this symbolic link points to nothing")
            return nil
        }
        guard let rest = allowedRoots.lazy.compactMap({ Self.path(resolved, within: $0) }).first else {
            diagnostics.error(SourceLocation(path: relative), "this is a symbolic link to \(resolved), outside the site's content/ and templates/ folders",
                              hint: "copy the file into content/ instead of linking to it")
            return nil
        }
        if Self.isHidden(rest) {
            diagnostics.error(SourceLocation(path: relative), "this is a symbolic link to \(resolved), a hidden file or folder, which is never published",
                              hint: "files and folders whose names start with '.' (.git, .env) stay private; link to something else")
            return nil
        }
        guard stat(resolved, &info) == 0 else {
            diagnostics.error(SourceLocation(path: relative), "the file cannot be read")
            return nil
        }
        return checkKind(relative, info) ? info : nil
    }

    /// Only regular files and folders: opening a named pipe or a device could block for ever.
    private mutating func checkKind(_ relative: String, _ info: stat) -> Bool {
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return true
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFSOCK: kind = "a socket"
        case S_IFCHR, S_IFBLK: kind = "a device"
        default: kind = "not a regular file"
        }
        diagnostics.error(SourceLocation(path: relative), "this is \(kind), not a file; civic reads only regular files and folders",
                          hint: "remove it from the site folder")
        return false
    }

    /// The path with every link followed, or nil when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` relative to `root` ("" for the root itself), or nil when it is not inside it.
    static func path(_ path: String, within root: String) -> String? {
        if path == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// Whether a relative path goes through a file or folder whose name starts with `.`.
    static func isHidden(_ relative: String) -> Bool {
        relative.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    private mutating func checkSize(_ relative: String, limit: Int) -> Bool {
        let size = ((try? files.attributesOfItem(atPath: full(relative)))?[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            diagnostics.error(SourceLocation(path: relative),
                              "the file is \(size / 1_048_576) MiB, more than the limit of \(limit / 1_048_576) MiB")
            return false
        }
        return true
    }

    private mutating func readBytes(_ relative: String) -> [UInt8]? {
        var info = stat()
        guard stat(full(relative), &info) == 0, let bytes = Self.readAll(full(relative), expectedSize: Int(info.st_size)) else {
            diagnostics.error(SourceLocation(path: relative), "the file cannot be read")
            return nil
        }
        return bytes
    }

    private mutating func readText(_ relative: String, limit: Int) -> SourceText? {
        guard checkInside(relative), checkSize(relative, limit: limit), let bytes = readBytes(relative) else { return nil }
        switch SourceText.decode(path: relative, bytes: bytes) {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
