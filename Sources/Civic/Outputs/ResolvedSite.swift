/// The site read, checked and resolved, with its theme and the files it publishes as they
/// are: everything the plan is made from.
struct ResolvedSite: Sendable {
    var resolved: ResolvedPartnership
    var theme: Theme
    var published: [String: OutputFile.Contents]
    var contentFiles: Int
    /// The site's own theme files (`templates/`), to load the theme in another language.
    var themeOverrides: [String: [UInt8]] = [:]

    /// The content files' JSON Schemas, published under the site's address.
    var schemas: [(name: String, text: String)] {
        ContentJSONSchema.files(baseURL: resolved.model.site.baseURL + Route.contentSchemaFolder)
    }

    func plan() -> SitePlan {
        SitePlan(resolved, themeAssets: theme.assets.keys.map { String($0.dropFirst("assets/".count)) },
                 contentSchemas: schemas.map(\.name))
    }
}
