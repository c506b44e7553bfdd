/// What every producer reads, made once per build after the plan: the published
/// partnership, the plan, the theme, the page builder with what pages share, and the files
/// published from the content as they are. Nothing here is the unfiltered model. A class,
/// so that the producer of each of the site's files (100,000 and more) holds a reference to
/// it rather than a copy of it.
final class OutputContext: Sendable {
    let site: ResolvedPartnership
    let plan: SitePlan
    let theme: Theme
    let pages: ViewBuilder
    /// The bytes (or source) of each file of `media/` and `data/`, by its path on the site.
    let published: [String: OutputFile.Contents]
    /// The content files' JSON Schemas, by file name, made from the definitions validation reads.
    let contentSchemas: [String: String]

    /// How many files were read from `content/`, for `civic check` to say.
    let contentFiles: Int
    /// Parts of files kept from the build before (`KeptPieces`), for a build into an output.
    let pieces: KeptPieces?

    /// `archive`: what the pages say of the site's editions (see `ArchiveLinks`); `languages`,
    /// the site's languages (see `LanguageLinks`); `keeps`,
    /// when given, is kept alive as long as the context (the folder an edition was read into).
    init(_ resolved: ResolvedSite, plan: SitePlan, markdownCache: MarkdownCache? = nil, pieces: KeptPieces? = nil,
         archive: ArchiveLinks = ArchiveLinks(), languages: LanguageLinks = LanguageLinks(), keeps: (any Sendable)? = nil) {
        self.contentFiles = resolved.contentFiles
        self.contentSchemas = Dictionary(uniqueKeysWithValues: resolved.schemas.map { ($0.name, $0.text) })
        let site = resolved.resolved
        self.site = site
        self.plan = plan
        self.theme = resolved.theme
        // A site too large to hold its bodies renders each text when it needs it, and keeps nothing.
        self.pages = ViewBuilder(site, plan: plan, translations: resolved.theme.translations,
                                 markdownCache: site.model.bodiesOnDisk ? nil : markdownCache, archive: archive,
                                 languages: languages)
        self.published = resolved.published
        self.pieces = site.model.bodiesOnDisk ? nil : pieces
        self.kept = keeps
    }

    /// Something that must live as long as the context: the temporary folder an archived
    /// edition was read into, which its files are copied from as they are written.
    private let kept: (any Sendable)?

    var translations: Translations { theme.translations }
}
