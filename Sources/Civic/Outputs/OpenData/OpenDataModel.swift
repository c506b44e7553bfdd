/// The shape of `/data/partnership.json`: the whole validated model with resolved
/// references and computed statuses. Keys are snake_case, like the content files.
struct OpenData: Encodable {
    struct SiteData: Encodable {
        var name, locality, summary, base_url, language, timezone: String
        var licence: String?
        var pillars: [IDTitle]
        var areas: [IDTitle]
    }

    struct IDTitle: Encodable {
        var id: String
        var title: String
    }

    struct PointData: Encodable {
        var date: String
        var value: Double
        var value_text: String
        var note: String?
        var disaggregation: String?
    }

    struct IndicatorData: Encodable {
        var id, title, direction, status: String
        var unit: String?
        var precision: Int?
        var baseline, target: PointData?
        var data: [PointData]
        var breakdowns: [PointData]
        var source: String?
        var source_url: String?
        var csv: String?
    }

    struct OutcomeData: Encodable, EntryProvenance {
        var id, title, pillar, summary, url: String
        var leads: [String]
        var status_counts: [String: Int]
        var indicators: [IndicatorData]
        var body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct UpdateData: Encodable {
        var date: String
        var status: String?
        var progress: Int?
        var note: String
    }

    struct CommitmentData: Encodable, EntryProvenance {
        var id, title, lead, status, url: String
        var partners, outcomes: [String]
        var start, due, area, future_generations, last_heard: String?
        var overdue, quiet: Bool
        var progress: Int?
        var updates: [UpdateData]
        var answers: [String]
        var body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct RatingData: Encodable {
        var question: String
        var rating: Int?
        var change: String
        var evidence, next_steps: String?
    }

    struct AssessmentData: Encodable, EntryProvenance {
        var id, title, date, period, url: String
        var method: String?
        var participants: [String]
        var ratings: [RatingData]
        var body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct CelebrationData: Encodable, EntryProvenance {
        var id, title, date, url: String
        var outcomes, commitments, partners: [String]
        var image, image_alt, area: String?
        var body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct ConversationData: Encodable, EntryProvenance {
        var id, title, start, place, url: String
        var end, link, format, area: String?
        var upcoming: Bool
        var hosts, outcomes, access, led_to: [String]
        var attendance_total: Int?
        var attendance_groups: [String: Int]?
        var heard, missing, body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct PartnerData: Encodable, EntryProvenance {
        var id, name, kind, side, url: String
        var website, logo, logo_alt: String?
        var body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct AreaData: Encodable, EntryProvenance {
        var id, name, url: String
        var summary, boundary: String?
        var body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct CommunityAssetData: Encodable, EntryProvenance {
        var id, name, kind, url: String
        var summary, area, address: String?
        var latitude, longitude: Double?
        var features: [String]
        var contact, website: String?
        var partners, outcomes: [String]
        var body: String?
        var edit_url: String? = nil
        var last_updated: String? = nil
    }

    struct QuestionData: Encodable {
        var id, side, label, text, strand: String
    }

    struct FrameworkData: Encodable {
        var id, title: String
        var source: String?
        var scale: [IDTitle]
        var sides: [IDTitle]
        var strands: [IDTitle]
        var questions: [QuestionData]
    }

    static let generator = "civic"
    var generator = OpenData.generator
    var as_of: String
    var site: SiteData
    var framework: FrameworkData
    var partners: [PartnerData]
    var outcomes: [OutcomeData]
    var commitments: [CommitmentData]
    var assessments: [AssessmentData]
    var celebrations: [CelebrationData]
    var conversations: [ConversationData]
    var areas: [AreaData]
    var community_assets: [CommunityAssetData]
    /// A site in several languages: each translation's text, by language, folder, id and field.
    var translations: [String: [String: [String: [String: String]]]]? = nil
}

/// The two fields of an entry that say where it comes from (`Provenance`): where to edit
/// its file, and the day its files last changed in git. Both are left out when unknown.
/// Every entry also carries its body, which `OpenDataWriter.json` writes itself.
protocol EntryProvenance {
    var edit_url: String? { get set }
    var last_updated: String? { get set }
    var body: String? { get set }
}

extension EntryProvenance {
    func with(_ provenance: Provenance) -> Self {
        var copy = self
        copy.edit_url = provenance.editURL
        copy.last_updated = provenance.lastUpdated?.description
        return copy
    }
}
