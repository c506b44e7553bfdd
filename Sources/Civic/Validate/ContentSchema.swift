/// The fields of every content file: one definition that the validator reads with, that
/// `civic new` writes skeletons from, and that `civic schema` turns into JSON Schemas. The
/// fields of each kind of entry are declared beside the code that reads them
/// (`Validator+Outcome.swift`); those of `site.yml`, `framework.yml` and the parts they
/// share are here.
struct Field: Sendable {
    indirect enum Kind: Sendable {
        /// Plain text; a YAML number or date is taken as written.
        case text
        case markdown
        /// A full day, `YYYY-MM-DD`.
        case day
        /// A year, month or day.
        case indicatorDate
        case dateTime
        case number
        case integer(ClosedRange<Int>?)
        case boolean
        /// An http(s) URL.
        case url
        case choice([String])
        /// One id of the named kind of entry (or of site.yml's pillars or areas).
        case reference(String)
        /// One id or a list of ids.
        case references(String)
        /// What followed a conversation: a list of commitment ids and `REVIEW/QUESTION`s.
        case followUps
        /// A list of git tag names (`edition-2025`, `v1.2`).
        case tags
        /// A list of language tags (`en-GB`, `es`).
        case languages
        /// A path under `content/` starting with the folder.
        case path(String)
        case map(Fields)
        case list(Kind)
        /// Question id to rating.
        case ratings
        /// Group name to a count of people.
        case counts
        /// Text, or the map given.
        case textOrMap(Fields)
        /// A list of the kind given, or a path under the folder.
        case listOrPath(Kind, String)
    }

    var key: String
    var kind: Kind
    var required = false
    /// One line of help, for skeletons and schemas.
    var help: String
    /// A required key that may be null (a rating of null: asked, and not assessed).
    var nullable = false
}

/// The fields of one YAML map, with how messages name it ("a partner").
struct Fields: Sendable {
    var what: String
    var fields: [Field]
    /// Whether a key not in `fields` is an error rather than a warning: in a figure, where a
    /// stray key is most often half of a number (`value: 12,5` reads as `value: 12` and `5`).
    var unknownKeysAreErrors = false
    /// A key that, when given a value, needs another one with it: `image` needs
    /// `image_alt` (which may be "" for a purely decorative picture when `emptyAllowed`).
    var companions: [(given: String, needs: String, emptyAllowed: Bool)] = []

    var keys: [String] { fields.map(\.key) }

    func field(_ key: String) -> Field? { fields.first { $0.key == key } }
}

enum ContentSchema {
    /// What a new entry's required fields say until an editor fills them in (`civic new`).
    static let placeholder = "TODO"

    static let point = Fields(what: "a data point", fields: [
        Field(key: "date", kind: .indicatorDate, required: true, help: "a year, month or day: 2024, 2024-06 or 2024-06-30"),
        Field(key: "value", kind: .number, required: true, help: "the figure, a number"),
        Field(key: "note", kind: .text, help: "a short note on this figure"),
    ], unknownKeysAreErrors: true)

    static let referencePoint = Fields(what: "a baseline or target", fields: [
        Field(key: "date", kind: .indicatorDate, required: true, help: "a year, month or day"),
        Field(key: "value", kind: .number, required: true, help: "the figure, a number"),
    ], unknownKeysAreErrors: true)

    static let indicator = Fields(what: "an indicator", fields: [
        Field(key: "id", kind: .text, required: true, help: "lowercase letters, digits and hyphens, unique in this outcome"),
        Field(key: "title", kind: .text, required: true, help: "what is measured"),
        Field(key: "unit", kind: .text, help: "%, people, tonnes CO2e, ..."),
        Field(key: "precision", kind: .integer(0...6), help: "how many decimals to show on pages, 0 to 6 (downloads keep every digit)"),
        Field(key: "direction", kind: .choice(Indicator.Direction.allCases.map(\.rawValue)), required: true,
              help: "which way is better: increase, decrease or maintain"),
        Field(key: "baseline", kind: .map(referencePoint), help: "where we started: {date, value}"),
        Field(key: "target", kind: .map(referencePoint), help: "where we aim to be: {date, value}"),
        Field(key: "data", kind: .listOrPath(.map(point), "data"), help: "a list of {date, value} or a CSV file under data/"),
        Field(key: "source", kind: .textOrMap(Fields(what: "'source'", fields: [
            Field(key: "title", kind: .text, required: true, help: "who publishes the figures"),
            Field(key: "url", kind: .url, help: "where to find them"),
        ])), help: "where the figures come from: text, or {title, url}"),
    ])

    static let site = Fields(what: "site.yml", fields: [
        Field(key: "name", kind: .text, required: true, help: "the partnership's name"),
        Field(key: "locality", kind: .text, required: true, help: "the place it serves"),
        Field(key: "summary", kind: .text, required: true, help: "one or two sentences in plain language"),
        Field(key: "base_url", kind: .url, required: true, help: "the address the site is published at"),
        Field(key: "language", kind: .text, required: true, help: "language tag such as en-GB, es-CO or cy"),
        Field(key: "languages", kind: .languages,
              help: "every language the site is published in, 'language' first; each other one at /TAG/, from translations named ID.TAG.md"),
        Field(key: "licence", kind: .text, help: "licence of the content and data, such as CC-BY-4.0"),
        Field(key: "timezone", kind: .text, help: "time zone such as Europe/London (default UTC)"),
        Field(key: "conversation_minutes", kind: .integer(1...1440), help: "how long a conversation lasts when its entry gives no end, in minutes, for calendars (default 120)"),
        Field(key: "contact", kind: .map(Fields(what: "contact", fields: [
            Field(key: "email", kind: .text, help: "email address"),
            Field(key: "phone", kind: .text, help: "phone number"),
            Field(key: "address", kind: .text, help: "postal address"),
        ])), help: "shown in every page's footer"),
        Field(key: "pillars", kind: .list(.map(Fields(what: "a pillar", fields: [
            Field(key: "id", kind: .text, required: true, help: "the pillar's id"),
            Field(key: "title", kind: .text, required: true, help: "its name"),
        ]))), help: "the outcome pillars (default: environment, economy, social-justice)"),
        Field(key: "areas", kind: .list(.map(Fields(what: "an area", fields: [
            Field(key: "id", kind: .text, required: true, help: "the area's id"),
            Field(key: "name", kind: .text, required: true, help: "its name"),
        ]))), help: "neighbourhoods or districts; each has a page, and may have a story in areas/ID.md"),
        Field(key: "asset_kinds", kind: .list(.map(Fields(what: "a kind of community asset", fields: [
            Field(key: "id", kind: .text, required: true, help: "the kind's id"),
            Field(key: "name", kind: .text, required: true, help: "its name"),
        ]))), help: "kinds of community asset beside the built-in ones (\(CommunityAsset.builtInKinds.joined(separator: ", ")))"),
        Field(key: "asset_features", kind: .list(.map(Fields(what: "an accessibility feature", fields: [
            Field(key: "id", kind: .text, required: true, help: "the feature's id"),
            Field(key: "name", kind: .text, required: true, help: "its name"),
        ]))), help: "accessibility features of community assets beside the built-in ones"),
        Field(key: "navigation", kind: .references("section or page"), help: "the main menu: section names and page ids"),
        Field(key: "raw_html", kind: .boolean, help: "allow raw HTML in Markdown (default false)"),
        Field(key: "repository", kind: .map(repository),
              help: "where the content is kept in git, for an 'Edit this page' link on each page"),
        Field(key: "editions", kind: .tags,
              help: "git tags of published editions, oldest first; each is built as it was committed, at /archive/TAG/"),
    ])

    static let repository = Fields(what: "repository", fields: [
        Field(key: "url", kind: .url, required: true, help: "the repository's web address, such as https://github.com/our-town/partnership"),
        Field(key: "branch", kind: .text, help: "the branch that is published (default main)"),
        Field(key: "host", kind: .choice(SiteSettings.Repository.Host.allCases.map(\.rawValue)),
              help: "github, gitlab, gitea or forgejo (read from url for github.com, gitlab.com and codeberg.org)"),
        Field(key: "edit_url", kind: .text, help: "for another host: the edit address of a file, with {path} (and {branch})"),
        Field(key: "folder", kind: .text, help: "the site folder's path in the repository, when it is not at the top"),
    ])










    static let framework = Fields(what: "framework.yml", fields: [
        Field(key: "id", kind: .text, help: "the checklist's id"),
        Field(key: "title", kind: .text, required: true, help: "the checklist's name"),
        Field(key: "source", kind: .text, help: "where it comes from"),
        Field(key: "scale", kind: .list(.map(Fields(what: "a scale level", fields: [
            Field(key: "value", kind: .integer(nil), required: true, help: "the number"),
            Field(key: "label", kind: .text, required: true, help: "what it means"),
        ]))), required: true, help: "the rating scale, worst first"),
        Field(key: "sides", kind: .list(.map(Fields(what: "a side", fields: [
            Field(key: "id", kind: .text, required: true, help: "the side's id"),
            Field(key: "title", kind: .text, required: true, help: "its name"),
        ]))), required: true, help: "the two sides of the partnership"),
        Field(key: "strands", kind: .list(.map(strand)), required: true, help: "the strands of questions"),
    ])

    static let question = Fields(what: "a question", fields: [
        Field(key: "id", kind: .text, required: true, help: "the question's id, used in ratings"),
        Field(key: "label", kind: .text, help: "its number as shown: 1 or I"),
        Field(key: "topic", kind: .text, help: "a few words naming what it asks, shown in its heading"),
        Field(key: "text", kind: .text, required: true, help: "the question"),
    ])

    static let strand = Fields(what: "a strand", fields: [
        Field(key: "id", kind: .text, required: true, help: "the strand's id"),
        Field(key: "title", kind: .text, required: true, help: "its name"),
        Field(key: "pairs", kind: .list(.map(Fields(what: "a pair", fields: [
            Field(key: "authority", kind: .map(question), help: "the question for the local authority"),
            Field(key: "civil-society", kind: .map(question), help: "the question for civil society"),
        ]))), required: true, help: "pairs of questions, one for each side"),
    ])
}
