extension Conversation {
    /// A conversation's place as shown: `online` (in any case) in the site's language,
    /// anything else as written.
    static func placeText(_ place: String, translations t: Translations) -> String {
        place.lowercased() == "online" ? t["format_online"] : place
    }
}
