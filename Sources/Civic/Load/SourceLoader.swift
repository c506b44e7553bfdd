import Foundation

/// Reads a site folder into `SiteSources`: listings sorted so that the result never depends
/// on the order the file system returns names in, files decoded, symlinks that leave the
/// site folder refused. Reads nothing outside the site folder.
struct SourceLoader {
    let siteFolder: URL
    private let siteRoot: String
    private(set) var diagnostics = DiagnosticList()
    private let files = FileManager.default

    /// The site folder's path, to which relative paths are joined with a `/`.
    private let sitePath: String

    init(siteFolder: URL) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.siteRoot = self.siteFolder.resolvingSymlinksInPath().path
        self.sitePath = self.siteFolder.path
    }

    static func load(siteFolder: URL) -> (SiteSources, DiagnosticList) {
        var loader = SourceLoader(siteFolder: siteFolder)
        let sources = loader.load()
        return (sources, loader.diagnostics)
    }

    mutating func load() -> SiteSources {
        var sources = SiteSources()
        let content = "content"
        guard isDirectory(content) else {
            diagnostics.error(SourceLocation(path: content), "no content/ folder in \(siteFolder.path)",
                              hint: "run civic in the folder that holds content/, or pass --site DIR")
            return sources
        }
        for name in listing(content) {
            let path = "\(content)/\(name)"
            if name.hasPrefix(".") || name.hasPrefix("_") { continue }
            if let kind = EntryKind(rawValue: name), isDirectory(path) {
                sources.entries[kind] = loadEntries(kind, folder: path)
            } else if name == "site.yml" {
                sources.siteYAML = readText(path, limit: ContentLimits.textFileBytes)
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
        if isDirectory("templates") {
            collectTheme("templates", into: &sources)
        }
        return sources
    }

    private mutating func loadEntries(_ kind: EntryKind, folder: String) -> [SourceText] {
        var paths: [String] = []
        for name in listing(folder) where !(name.hasPrefix(".") || name.hasPrefix("_")) {
            let path = "\(folder)/\(name)"
            guard checkInside(path) else { continue }
            if isDirectory(path) {
                diagnostics.warning(SourceLocation(path: path), "subfolders of \(folder)/ are ignored")
                continue
            }
            guard name.hasSuffix(".md") else {
                diagnostics.warning(SourceLocation(path: path), "only .md files are entries; this file is ignored")
                continue
            }
            let id = String(name.dropLast(3))
            if let problem = IDRule.problem(with: id) {
                diagnostics.error(SourceLocation(path: path), "the file name '\(name)' is not a valid id: \(problem)",
                                  hint: IDRule.suggestion(for: id).map { "rename it to '\($0).md'" })
                continue
            }
            paths.append(path)
        }
        // Reading and decoding are independent per file: all cores at once.
        let root = siteFolder.path
        var texts: [SourceText] = []
        for result in Parallel.map(paths, { Self.readText(root: root, $0, limit: ContentLimits.textFileBytes) }) {
            switch result {
            case .success(let text): texts.append(text)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return texts
    }

    /// Reads and decodes one text file, checking its size first.
    static func readText(root: String, _ relative: String, limit: Int) -> Result<SourceText, Diagnostic> {
        let full = root + "/" + relative
        var info = stat()
        guard stat(full, &info) == 0 else { return .failure(.error(SourceLocation(path: relative), "the file cannot be read")) }
        if Int(info.st_size) > limit {
            return .failure(.error(SourceLocation(path: relative),
                                   "the file is \(Int(info.st_size) / 1_048_576) MiB, more than the limit of \(limit / 1_048_576) MiB"))
        }
        guard let bytes = readAll(full, expectedSize: Int(info.st_size)) else {
            return .failure(.error(SourceLocation(path: relative), "the file cannot be read"))
        }
        return SourceText.decode(path: relative, bytes: bytes)
    }

    /// The whole file, with plain system calls (no Data to copy out of).
    private static func readAll(_ path: String, expectedSize: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
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
            let limit = isCSV ? ContentLimits.csvFileBytes : ContentLimits.mediaFileBytes
            guard checkSize(path, limit: limit) else { continue }
            if isCSV, let text = readText(path, limit: limit) {
                sources.dataTables[sitePath] = text
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
        ((try? files.contentsOfDirectory(atPath: full(relative))) ?? []).sorted()
    }

    private func isDirectory(_ relative: String) -> Bool {
        var info = stat()
        return stat(full(relative), &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Follows symlinks, refusing those that resolve outside the site folder or nowhere.
    /// Only links need resolving: listings start at the site folder and never follow a
    /// link without coming through here.
    private mutating func checkInside(_ relative: String) -> Bool {
        var info = stat()
        if lstat(full(relative), &info) == 0 && (info.st_mode & S_IFMT) != S_IFLNK { return true }
        let resolved = url(relative).resolvingSymlinksInPath().path
        if resolved != siteRoot && !resolved.hasPrefix(siteRoot + "/") {
            diagnostics.error(SourceLocation(path: relative), "this is a symbolic link to \(resolved), outside the site folder",
                              hint: "copy the file into the site folder instead of linking to it")
            return false
        }
        if !files.fileExists(atPath: resolved) {
            diagnostics.error(SourceLocation(path: relative), "this symbolic link points to nothing")
            return false
        }
        return true
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
        guard let data = files.contents(atPath: full(relative)) else {
            diagnostics.error(SourceLocation(path: relative), "the file cannot be read")
            return nil
        }
        return [UInt8](data)
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
