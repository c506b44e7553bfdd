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

    init(site: ResolvedPartnership, plan: SitePlan, theme: Theme, published: [String: OutputFile.Contents],
         contentSchemas: [String: String], contentFiles: Int = 0, markdownCache: MarkdownCache? = nil) {
        self.contentFiles = contentFiles
        self.contentSchemas = contentSchemas
        self.site = site
        self.plan = plan
        self.theme = theme
        // A site too large to hold its bodies renders each text when it needs it, and keeps nothing.
        self.pages = ViewBuilder(site, plan: plan, translations: theme.translations,
                                 markdownCache: site.model.bodiesOnDisk ? nil : markdownCache)
        self.published = published
    }

    var translations: Translations { theme.translations }
}
