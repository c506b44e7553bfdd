/// The folders of `content/` that hold entries, one Markdown file per entry.
public enum EntryKind: String, Sendable, CaseIterable, Hashable, Comparable {
    case partners
    case outcomes
    case commitments
    case assessments
    case celebrations
    case conversations
    case areas
    case communityAssets = "community-assets"
    case pages

    /// The singular noun an editor would use ("outcome").
    var singular: String {
        switch self {
        case .partners: return "partner"
        case .outcomes: return "outcome"
        case .commitments: return "commitment"
        case .assessments: return "assessment"
        case .celebrations: return "celebration"
        case .conversations: return "conversation"
        case .areas: return "area"
        case .communityAssets: return "community-asset"
        case .pages: return "page"
        }
    }

    public static func < (a: EntryKind, b: EntryKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Fields every entry has: its id (the file name) and where it came from.
public struct EntryOrigin: Sendable, Hashable {
    public var id: String
    /// The `.md` file, relative to the site folder.
    public var path: String
    public var body: EntryBody
    /// The language of its text, on a page in another of the site's languages that has no
    /// translation of it yet (nil where the text is in the page's language).
    public var language: String? = nil
    /// On a page in another language whose translation leaves some of the entry's text
    /// untranslated: each such key (`body` for the body) with the original's language.
    public var untranslatedParts: [String: String] = [:]

    /// The language of the text under `key` where it is not the page's.
    public func language(of key: String) -> String? { language ?? untranslatedParts[key] }

    /// The language of its title (or name) where it is not the page's.
    public var titleLanguage: String? { language ?? untranslatedParts["title"] ?? untranslatedParts["name"] }
}

public struct Partner: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case localAuthority = "local-authority", publicBody = "public-body", civilSociety = "civil-society"
        case voluntary, ngo, business, citizenGroup = "citizen-group", other
    }

    public var origin: EntryOrigin
    public var name: String
    public var kind: Kind
    /// Which side of the checklist it answers for: a framework side id.
    public var side: String
    public var website: String?
    public var logo: String?
    public var logoAlt: String?
    public var id: String { origin.id }
}

public struct Outcome: Sendable {
    public var origin: EntryOrigin
    public var title: String
    public var pillar: Reference
    public var summary: String
    public var leads: [Reference]
    public var indicators: [Indicator]
    public var id: String { origin.id }
}

public struct Commitment: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case proposed, planned, inProgress = "in-progress", done, atRisk = "at-risk", paused, withdrawn
    }

    public struct Update: Sendable {
        public var date: Day
        public var status: Status?
        public var progress: Int?
        public var note: MarkdownText
        /// Position in the written list, to order updates of the same day.
        public var index: Int
    }

    public var origin: EntryOrigin
    public var title: String
    public var lead: Reference
    public var partners: [Reference]
    public var outcomes: [Reference]
    public var status: Status
    public var start: Day?
    public var due: Day?
    public var area: Reference?
    public var futureGenerations: MarkdownText?
    public var updates: [Update]
    /// The conversations whose residents asked for it (`answers`): "why we are doing this".
    public var answers: [Reference] = []
    public var id: String { origin.id }
}

public struct Assessment: Sendable {
    public struct Rating: Sendable {
        /// Nil when the question was not assessed.
        public var value: Int?
        public var evidence: MarkdownText?
        public var nextSteps: MarkdownText?
    }

    public var origin: EntryOrigin
    public var title: String
    public var date: Day
    public var period: String
    public var method: String?
    public var participants: [Reference]
    /// By question id.
    public var ratings: [String: Rating]
    public var id: String { origin.id }
}

public struct Celebration: Sendable {
    public var origin: EntryOrigin
    public var title: String
    public var date: Day
    public var outcomes: [Reference]
    public var commitments: [Reference]
    public var partners: [Reference]
    public var image: String?
    /// Empty for a decorative image.
    public var imageAlt: String?
    /// The area of `site.yml` it happened in, if it belongs to one.
    public var area: Reference? = nil
    public var id: String { origin.id }
}

public struct Conversation: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case worldCafe = "world-cafe", workshop, publicMeeting = "public-meeting", walk, online, other
    }

    public enum Access: String, Sendable, CaseIterable {
        case stepFree = "step-free", hearingLoop = "hearing-loop", signLanguage = "sign-language", captions
        case easyRead = "easy-read", childcare, quietRoom = "quiet-room", interpreters, transportHelp = "transport-help"
    }

    public struct Attendance: Sendable {
        public var total: Int?
        public var groups: [(name: String, count: Int)]
    }

    public var origin: EntryOrigin
    public var title: String
    public var start: LocalDateTime
    public var end: LocalDateTime?
    public var place: String
    public var link: String?
    public var format: Format?
    public var hosts: [Reference]
    public var outcomes: [Reference]
    public var access: [Access]
    public var attendance: Attendance?
    public var missing: MarkdownText?
    public var heard: MarkdownText?
    /// The area of `site.yml` it was held in, if it belongs to one.
    public var area: Reference? = nil
    /// What followed from it (`led_to`): commitment ids, and review next steps written
    /// `REVIEW/QUESTION` (`review-2026/la13`).
    public var ledTo: [Reference] = []
    public var id: String { origin.id }
}

public struct Page: Sendable {
    public var origin: EntryOrigin
    public var title: String
    public var summary: String?
    public var navOrder: Double?
    public var id: String { origin.id }
}
