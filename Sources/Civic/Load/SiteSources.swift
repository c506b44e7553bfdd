/// Everything read from a site folder, before any of it is interpreted.
struct SiteSources: Sendable {
    /// A file published as it is (media, and files under `data/`).
    struct PublishedFile: Sendable, Hashable {
        /// Path under `content/`, which is also its path in the site (`media/map.png`).
        var sitePath: String
        /// Absolute path to read it from.
        var sourcePath: String
    }

    /// The site folder the paths are under, as the loader read it.
    var root = ""
    var siteYAML: SourceText?
    /// Translations of site.yml's text (`site.es.yml`).
    var siteTranslations: [SourceText] = []
    var frameworkYAML: SourceText?
    var entries: [EntryKind: [SourceText]] = [:]
    /// The translations of entries (`clean-air.es.md`), by the folder they are in.
    var translations: [EntryKind: [SourceText]] = [:]
    /// CSV files under `content/data/`, keyed by their path from `content/` (`data/jobs.csv`).
    var dataTables: [String: SourceText] = [:]
    /// GeoJSON files under `content/data/` (area boundaries), keyed by path from `content/`.
    var geoJSON: [String: SourceText] = [:]
    var publishedFiles: [PublishedFile] = []
    /// The site's own theme files under `templates/`, keyed by path inside it.
    var themeFiles: [String: [UInt8]] = [:]

    /// The text files read from `content/`: `site.yml`, the framework, every entry and every CSV table.
    var contentFileCount: Int {
        (siteYAML == nil ? 0 : 1) + siteTranslations.count + (frameworkYAML == nil ? 0 : 1) + entries.values.map(\.count).reduce(0, +)
            + translations.values.map(\.count).reduce(0, +) + dataTables.count + geoJSON.count
    }
}
