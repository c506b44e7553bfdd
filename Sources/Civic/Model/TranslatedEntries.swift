/// The translated entries of one language, by kind and id: each a `Partner`, an `Outcome`,
/// ... made from the original with the translation's text.
struct TranslatedEntries: Sendable {
    var entries: [EntryKind: [String: any Sendable]] = [:]
    /// The translations that leave a text of the original untranslated, by kind and id: the
    /// keys left (`body` for the body).
    var untranslatedParts: [EntryKind: [String: [String]]] = [:]
    /// The text each translation gives, by kind, id and key (`body` for the body), as
    /// written: what the open data carries in every language.
    var texts: [EntryKind: [String: [String: String]]] = [:]
    /// The indicators whose title each translated outcome gives, by outcome id.
    var indicators: [String: Set<String>] = [:]
    /// The text of `site.LANG.yml`, when the site has one for this language.
    var site: SiteTranslation?
    /// The built-in checklist in this language, for a site without a framework.yml of its own.
    var framework: Framework?

    func entry<T>(_ kind: EntryKind, _ id: String) -> T? { entries[kind]?[id] as? T }
}

/// The text of site.yml in another language (`site.es.yml`): each given, the rest as written.
struct SiteTranslation: Sendable {
    var name: String?
    var locality: String?
    var summary: String?
    /// By id.
    var pillars: [String: String] = [:]
    var areas: [String: String] = [:]
}
