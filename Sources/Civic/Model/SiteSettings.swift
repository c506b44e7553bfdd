/// The partnership itself, from `content/site.yml`.
public struct SiteSettings: Sendable {
    public struct Contact: Sendable {
        public var email: String?
        public var phone: String?
        public var address: String?
    }

    public struct Pillar: Sendable, Hashable {
        public var id: String
        /// Nil for a default pillar, whose title comes from the theme's translations.
        public var title: String?
    }

    /// The three pillars of the triple bottom line, used when site.yml names none.
    public static let defaultPillars: [Pillar] = ["environment", "economy", "social-justice"].map { Pillar(id: $0, title: nil) }

    public struct Area: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    public var name: String
    public var locality: String
    public var summary: String
    /// Always ends with `/`.
    public var baseURL: String
    public var language: String
    public var licence: String?
    public var timezone: String
    /// How long a conversation lasts when its entry gives no end, in minutes (for calendars).
    public var conversationMinutes = 120
    public var contact: Contact
    public var pillars: [Pillar]
    public var areas: [Area]
    /// Section names and page ids, as written; nil for the default menu.
    public var navigation: [Reference]?
    /// Raw HTML in Markdown: off unless the site opts in.
    public var allowRawHTML: Bool

    /// The path part of `baseURL` (`/` or `/uk-sdg/`), which every internal link starts with.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[schemeEnd.upperBound...]
        guard let slash = afterHost.firstIndex(of: "/") else { return "/" }
        return String(afterHost[slash...])
    }
}

/// The sections of the site that can appear in the main menu.
public enum Section: String, Sendable, CaseIterable {
    case outcomes, commitments, progress, assessments, conversations, celebrations, partners, data
}
