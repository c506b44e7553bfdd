/// The folders of `content/` that hold entries, one Markdown file per entry.
public enum EntryKind: String, Sendable, CaseIterable, Hashable, Comparable {
    case partners
    case outcomes
    case commitments
    case assessments
    case celebrations
    case conversations
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
        case .pages: return "page"
        }
    }

    public static func < (a: EntryKind, b: EntryKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
