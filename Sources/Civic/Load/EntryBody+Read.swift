/// Reads entry bodies back from the site folder, as the loader read and split them the
/// first time (`EntryBody`): the same size limit, the same decoding, the same front-matter
/// split, and the body compared with the one validated.
final class SiteBodyReader: EntryBodyReader {
    let root: String

    init(root: String) {
        self.root = root
    }

    func readBody(at location: SourceLocation, byteCount: Int, fingerprint: UInt64) -> Result<String, Diagnostic> {
        guard case .success(let source) = SourceLoader.readText(root: root, location.path, limit: ContentLimits.textFileBytes),
              case .success(let split) = FrontMatterSplitter.split(source),
              split.bodyFirstLine == location.line,
              split.body.utf8.count == byteCount,
              Self.fingerprint(split.body) == fingerprint else {
            return .failure(.error(SourceLocation(path: location.path),
                                   "the file changed while the site was being built, so its text is not the text that was checked",
                                   hint: "build again"))
        }
        return .success(split.body)
    }

    static func fingerprint(_ text: String) -> UInt64 {
        ContentHash(Array(text.utf8)).high
    }
}

extension EntryBody {
    /// The same body, kept on disk instead of in memory, read back by `reader`.
    func onDisk(_ reader: SiteBodyReader) -> EntryBody {
        guard case .kept(let text) = storage else { return self }
        return EntryBody(location: location, isBlank: isBlank,
                         storage: .onDisk(byteCount: text.utf8.count, fingerprint: SiteBodyReader.fingerprint(text), reader: reader))
    }
}
