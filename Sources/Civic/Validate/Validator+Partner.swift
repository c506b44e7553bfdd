/// The front-matter fields of partners, pages and celebrations, beside the code that reads them (`ContentSchema`).
extension ContentSchema {
    static let partner = Fields(what: "a partner", fields: [
        Field(key: "name", kind: .text, required: true, help: "the organisation's or group's name"),
        Field(key: "kind", kind: .choice(Partner.Kind.allCases.map(\.rawValue)), required: true, help: "what kind of organisation"),
        Field(key: "side", kind: .text, help: "which side of the checklist it answers for: authority or civil-society"),
        Field(key: "website", kind: .url, help: "its website"),
        Field(key: "logo", kind: .path("media"), help: "a picture under media/"),
        Field(key: "logo_alt", kind: .text, help: "what the logo says or shows, for people who cannot see it"),
    ], companions: [("logo", "logo_alt", false)])

    static let page = Fields(what: "a page", fields: [
        Field(key: "title", kind: .text, required: true, help: "the page's title"),
        Field(key: "summary", kind: .text, help: "one sentence about the page"),
        Field(key: "nav_order", kind: .number, help: "a number: the page joins the main menu in this order"),
    ])

    static let celebration = Fields(what: "a celebration", fields: [
        Field(key: "title", kind: .text, required: true, help: "the story's headline"),
        Field(key: "date", kind: .day, required: true, help: "when it happened, YYYY-MM-DD"),
        Field(key: "outcomes", kind: .references("outcome"), help: "ids of the outcomes it celebrates"),
        Field(key: "commitments", kind: .references("commitment"), help: "ids of the commitments it celebrates"),
        Field(key: "partners", kind: .references("partner"), help: "ids of the partners involved"),
        Field(key: "area", kind: .reference("area"), help: "the id of the area it happened in, from site.yml"),
        Field(key: "image", kind: .path("media"), help: "a picture under media/"),
        Field(key: "image_alt", kind: .text, help: "what the picture shows, for people who cannot see it (\"\" if purely decorative)"),
    ], companions: [("image", "image_alt", true)])
}

extension Validator {
    mutating func validatePartner(_ origin: EntryOrigin, _ yaml: YAMLValue, sides: [String]) -> Partner? {
        read(yaml, path: origin.path, schema: ContentSchema.partner) { v, r in
            let name = r.text("name")
            let kind = r.enumValue("kind", Partner.Kind.self)
            var side: String?
            if let value = r.value("side"), let text = r.scalarText(value, key: "side", required: false) {
                if sides.contains(text) {
                    side = text
                } else {
                    r.error(value.position, "'\(text)' is not a side of the checklist",
                            hint: Suggestions.hint(for: text, in: sides) ?? "use one of: \(sides.joined(separator: ", "))")
                }
            }
            let website = r.url("website")
            let logo = r.contentPath("logo", folder: "media", published: v.published)
            let logoAlt = r.text("logo_alt")
            if logo != nil && logoAlt == nil {
                r.error(r.position, "a partner with a 'logo' needs 'logo_alt', the text a screen reader says for it",
                        hint: "for example: logo_alt: \(name ?? "Partner name") logo")
            }
            guard let name, let kind else { return nil }
            let defaultSide = (kind == .localAuthority || kind == .publicBody) ? "authority" : "civil-society"
            return Partner(origin: origin, name: name, kind: kind, side: side ?? defaultSide, website: website,
                           logo: logo, logoAlt: logoAlt)
        }
    }

    mutating func validatePage(_ origin: EntryOrigin, _ yaml: YAMLValue) -> Page? {
        read(yaml, path: origin.path, schema: ContentSchema.page) { v, r in
            let title = r.text("title")
            let summary = r.text("summary")
            var navOrder: Double?
            if let value = r.value("nav_order"), let text = r.scalarText(value, key: "nav_order", required: false) {
                navOrder = NumberText.parse(text)
                if navOrder == nil { r.error(value.position, "'nav_order' must be a number, not '\(text)'") }
            }
            let reserved = Section.reservedPageNames
            if reserved.contains(origin.id) {
                r.error(r.position, "a page cannot be called '\(origin.id)': /\(origin.id)/ is a section of the site",
                        hint: "rename the file, for example to 'about-\(origin.id).md'")
            }
            _ = v
            guard let title else { return nil }
            return Page(origin: origin, title: title, summary: summary, navOrder: navOrder)
        }
    }

    mutating func validateCelebration(_ origin: EntryOrigin, _ yaml: YAMLValue) -> Celebration? {
        read(yaml, path: origin.path, schema: ContentSchema.celebration) { v, r in
            let title = r.text("title")
            let date = r.day("date")
            let image = r.contentPath("image", folder: "media", published: v.published)
            var imageAlt: String?
            let altPair = r.pairs.first { $0.key == "image_alt" }
            if let altPair, !altPair.value.isNull {
                imageAlt = r.scalarText(altPair.value, key: "image_alt", required: false) ?? ""
            }
            if r.pairs.contains(where: { $0.key == "image" && !$0.value.isNull }) && imageAlt == nil {
                r.error(altPair?.keyPosition ?? r.position,
                        "a celebration with an 'image' needs 'image_alt', the text a screen reader says for it",
                        hint: "describe what the picture shows; write image_alt: \"\" only if it is purely decorative")
            }
            let celebration = Celebration(
                origin: origin, title: title ?? "", date: date ?? Day(ordinal: 0),
                outcomes: r.references("outcomes"), commitments: r.references("commitments"),
                partners: r.references("partners"), image: image, imageAlt: imageAlt, area: r.reference("area"))
            return title == nil || date == nil ? nil : celebration
        }
    }
}
