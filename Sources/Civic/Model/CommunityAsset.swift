/// What a neighbourhood has to offer (`content/community-assets/`): a local association, a
/// business, a venue, a green space, a service. The partnership maps these strengths, not
/// only its needs.
public struct CommunityAsset: Sendable {
    /// The kinds every site knows; `site.yml` may add its own (`asset_kinds`).
    public static let builtInKinds = ["association", "business", "venue", "green-space", "service", "other"]
    /// The accessibility features every site knows; `site.yml` may add its own (`asset_features`).
    public static let builtInFeatures = ["step-free", "accessible-toilet", "changing-places", "hearing-loop", "quiet-space",
                                         "sign-language", "easy-read", "assistance-dogs", "seating"]

    public var origin: EntryOrigin
    public var name: String
    /// One of the site's asset kinds.
    public var kind: String
    public var summary: String?
    public var area: Reference?
    public var address: String?
    public var location: GeoPoint?
    /// The site's accessibility feature ids, in the order written.
    public var features: [String]
    public var contact: String?
    public var website: String?
    public var partners: [Reference]
    public var outcomes: [Reference]
    public var id: String { origin.id }
}

/// The story of one of the areas `site.yml` lists (`content/areas/ID.md`): a sentence, the
/// boundary drawn on its map, and the narrative in the body.
public struct AreaStory: Sendable {
    public var origin: EntryOrigin
    public var summary: String
    public var boundary: Boundary?
    public var id: String { origin.id }
}
