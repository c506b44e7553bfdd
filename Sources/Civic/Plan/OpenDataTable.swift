/// The tables of the open data, one CSV each under `data/`, in the order the data page
/// lists them and the Data Package describes them.
enum OpenDataTable: String, CaseIterable, Sendable {
    case outcomes, indicators, figures, commitments, updates, ratings, celebrations, conversations, partners, areas
    case communityAssets = "community-assets"

    /// The table's columns in order, with their Table Schema type and what they hold: the
    /// CSV's first row and its description in the Data Package both come from here.
    var columns: [(name: String, type: String, description: String)] {
        switch self {
        case .outcomes:
            [("id", "string", "the outcome's id"), ("title", "string", ""), ("pillar", "string", "the pillar's id"),
             ("summary", "string", ""), ("leads", "string", "lead partner ids, separated by spaces"),
             ("indicators", "integer", "how many indicators it has"), ("url", "string", "its page"),
             ("body", "string", "its text, as Markdown")]
        case .indicators:
            [("outcome", "string", "the outcome's id"), ("id", "string", "the indicator's id"), ("title", "string", ""),
             ("unit", "string", ""), ("direction", "string", "increase, decrease or maintain"),
             ("status", "string", "its status at the as-of date"),
             ("baseline_date", "string", "a year, month or day (2024, 2024-06 or 2024-06-30)"), ("baseline_value", "number", ""),
             ("target_date", "string", "a year, month or day"), ("target_value", "number", ""),
             ("latest_date", "string", "a year, month or day"), ("latest_value", "number", ""),
             ("source", "string", "who publishes the figures"), ("csv", "string", "the indicator's own table")]
        case .figures:
            [("outcome", "string", "the outcome's id"), ("indicator", "string", "the indicator's id"),
             ("date", "string", "a year, month or day (2024, 2024-06 or 2024-06-30)"), ("value", "number", "as published, every digit kept"),
             ("note", "string", ""), ("disaggregation", "string", "empty for the headline figure; else the group, such as 'Sex: Female'")]
        case .commitments:
            [("id", "string", ""), ("title", "string", ""), ("lead", "string", "the lead partner's id"),
             ("partners", "string", "partner ids, separated by spaces"), ("outcomes", "string", "outcome ids, separated by spaces"),
             ("status", "string", ""), ("start", "date", ""), ("due", "date", ""), ("area", "string", "the area's id"),
             ("overdue", "boolean", "at the as-of date"), ("quiet", "boolean", "at the as-of date"),
             ("progress", "integer", "latest progress reported, 0 to 100"), ("url", "string", "its page"),
             ("answers", "string", "ids of the conversations where residents asked for it, separated by spaces"),
             ("future_generations", "string", "as Markdown"), ("body", "string", "its text, as Markdown")]
        case .updates:
            [("commitment", "string", "the commitment's id"), ("date", "date", ""), ("status", "string", ""),
             ("progress", "integer", "0 to 100"), ("note", "string", "as Markdown")]
        case .ratings:
            [("assessment", "string", "the review's id"), ("date", "date", ""), ("period", "string", ""),
             ("question", "string", "the question's id"), ("rating", "integer", "on the review scale; empty when not rated"),
             ("change", "string", "since the review before"), ("evidence", "string", "as Markdown"), ("next_steps", "string", "as Markdown")]
        case .celebrations:
            [("id", "string", ""), ("title", "string", ""), ("date", "date", ""),
             ("outcomes", "string", "outcome ids, separated by spaces"), ("commitments", "string", "commitment ids, separated by spaces"),
             ("partners", "string", "partner ids, separated by spaces"), ("area", "string", "the area's id"),
             ("image", "string", ""), ("url", "string", "its page"),
             ("body", "string", "its story, as Markdown")]
        case .conversations:
            [("id", "string", ""), ("title", "string", ""), ("start", "datetime", "with its offset from UTC"),
             ("end", "datetime", "with its offset from UTC"), ("place", "string", ""), ("area", "string", "the area's id"),
             ("format", "string", ""),
             ("upcoming", "boolean", "at the as-of date"), ("hosts", "string", "partner ids, separated by spaces"),
             ("outcomes", "string", "outcome ids, separated by spaces"), ("access", "string", "access offered, separated by spaces"),
             ("led_to", "string", "what followed: commitment ids, and review next steps as REVIEW/QUESTION, separated by spaces"),
             ("attendance", "integer", "how many people came"), ("url", "string", "its page"),
             ("heard", "string", "what was heard, as Markdown"), ("missing", "string", "who was missing, as Markdown"),
             ("body", "string", "its text, as Markdown")]
        case .partners:
            [("id", "string", ""), ("name", "string", ""), ("kind", "string", ""), ("side", "string", ""),
             ("website", "string", ""), ("url", "string", "its page"), ("body", "string", "its text, as Markdown")]
        case .areas:
            [("id", "string", ""), ("name", "string", ""), ("summary", "string", ""),
             ("boundary", "string", "its boundary as GeoJSON"), ("url", "string", "its page"), ("body", "string", "its story, as Markdown")]
        case .communityAssets:
            [("id", "string", ""), ("name", "string", ""), ("kind", "string", "one of the site's kinds of asset"),
             ("area", "string", "the area's id"), ("address", "string", ""),
             ("latitude", "number", "degrees north, WGS 84"), ("longitude", "number", "degrees east, WGS 84"),
             ("features", "string", "accessibility feature ids, separated by spaces"), ("contact", "string", ""),
             ("website", "string", ""), ("partners", "string", "partner ids, separated by spaces"),
             ("outcomes", "string", "outcome ids, separated by spaces"), ("url", "string", "its page"),
             ("summary", "string", ""), ("body", "string", "its text, as Markdown")]
        }
    }

    /// Every file of the open data under `data/`, and the data page itself: what a file of
    /// the content's own `data/` folder may not replace.
    static var generatedPaths: [String] {
        let files: [Route] = allCases.map { .openDataTable($0) } + [.openDataJSON, .openDataSchema, .dataPackage, .areasGeoJSON, .assetsGeoJSON]
        return files.map(\.path) + [Route.section(.data).filePath]
    }
}
