/// What each section of the site is made of: its own page, the template that lays it out,
/// and the template of its entries' pages. The menu, the names a page of content may not
/// take and the templates a theme must have all come from this table.
extension Section {
    /// The section's own page.
    var route: Route {
        switch self {
        case .outcomes: .outcomes
        case .commitments: .commitments
        case .progress: .progress
        case .assessments: .assessments
        case .conversations: .conversations
        case .celebrations: .celebrations(page: 1)
        case .partners: .partners
        case .data: .data
        }
    }

    /// The template of the section's own page (named as the section).
    var template: String { rawValue }

    /// The template of each entry's page, for the sections that have entries.
    var entryTemplate: String? {
        switch self {
        case .outcomes: "outcome"
        case .commitments: "commitment"
        case .assessments: "assessment"
        case .conversations: "conversation"
        case .celebrations: "celebration"
        case .partners: "partner"
        case .progress, .data: nil
        }
    }

    /// The words for the section in the menu (`nav_outcomes`).
    var menuKey: String { "nav_\(rawValue)" }

    /// Pages that belong to no section, with their templates.
    static let otherTemplates = ["layout", "home", "page", "glossary", "not-found"]

    /// Every template a theme must have.
    static var requiredTemplates: [String] {
        otherTemplates + allCases.flatMap { [$0.template] + ($0.entryTemplate.map { [$0] } ?? []) }
    }

    /// The names a page of content may not take: every section's, and the folders the site uses.
    static var reservedPageNames: [String] { allCases.map(\.rawValue) + Route.reservedNames }
}

extension Route {
    /// The template that lays out what is published here; nil for a file made without one.
    var template: String? {
        switch self {
        case .home: "home"
        case .outcomes: Section.outcomes.template
        case .outcome: Section.outcomes.entryTemplate
        case .commitments, .commitmentsByPartner, .commitmentsByOutcome, .commitmentsByArea: Section.commitments.template
        case .commitment: Section.commitments.entryTemplate
        case .progress: Section.progress.template
        case .assessments: Section.assessments.template
        case .assessment: Section.assessments.entryTemplate
        case .celebrations: Section.celebrations.template
        case .celebration: Section.celebrations.entryTemplate
        case .conversations: Section.conversations.template
        case .conversation: Section.conversations.entryTemplate
        case .partners: Section.partners.template
        case .partner: Section.partners.entryTemplate
        case .data: Section.data.template
        case .page: "page"
        case .glossary: "glossary"
        case .notFound: "not-found"
        case .indicatorTable, .indicatorChart, .conversationCalendar, .calendar, .openDataJSON, .openDataSchema,
             .dataPackage, .openDataTable, .feed, .sitemap, .robots, .contentSchema, .themeAsset, .published: nil
        }
    }
}
