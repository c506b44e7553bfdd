/// The validated content of a site: every entry, sorted by id, with references checked.
public struct Partnership: Sendable {
    public var site: SiteSettings
    public var framework: Framework
    public var partners: [Partner]
    public var outcomes: [Outcome]
    public var commitments: [Commitment]
    public var assessments: [Assessment]
    public var celebrations: [Celebration]
    public var conversations: [Conversation]
    /// The stories of the areas that have one (`content/areas/`); every area of `site.areas` has a page.
    public var areaStories: [AreaStory]
    public var communityAssets: [CommunityAsset]
    public var pages: [Page]
    /// Paths under `content/` of published files (media and data), for link checks.
    public var publishedFiles: [String]
    /// Whether the entries' bodies are read again from disk when they are needed, rather than
    /// held: a site too large to keep its text in memory (`Validator.bodyBudget`).
    public var bodiesOnDisk = false
    /// The entries translated into each of the site's other languages, by language.
    var translations: [String: TranslatedEntries] = [:]
}
