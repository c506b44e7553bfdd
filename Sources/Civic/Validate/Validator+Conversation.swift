/// The front-matter fields of conversations, beside the code that reads them (`ContentSchema`).
extension ContentSchema {
    static let conversation = Fields(what: "a conversation", fields: [
        Field(key: "title", kind: .text, required: true, help: "what it is about"),
        Field(key: "start", kind: .dateTime, required: true, help: "date and time: 2025-02-10T18:00"),
        Field(key: "end", kind: .dateTime, help: "date and time it ends"),
        Field(key: "place", kind: .text, required: true, help: "the address, or online"),
        Field(key: "link", kind: .url, help: "where to join, for an online conversation"),
        Field(key: "format", kind: .choice(Conversation.Format.allCases.map(\.rawValue)), help: "what kind of conversation"),
        Field(key: "hosts", kind: .references("partner"), help: "ids of the partners hosting it"),
        Field(key: "outcomes", kind: .references("outcome"), help: "ids of the outcomes discussed"),
        Field(key: "area", kind: .reference("area"), help: "the id of the area it was held in, from site.yml"),
        Field(key: "led_to", kind: .followUps,
              help: "what followed from what people said: commitment ids, or a review's next steps as REVIEW/QUESTION"),
        Field(key: "access", kind: .list(.choice(Conversation.Access.allCases.map(\.rawValue))), help: "access support offered"),
        Field(key: "attendance", kind: .map(Fields(what: "'attendance'", fields: [
            Field(key: "total", kind: .integer(0...10_000_000), help: "how many people came"),
            Field(key: "groups", kind: .counts, help: "group name: number of people"),
        ])), help: "after the event: who came"),
        Field(key: "missing", kind: .markdown, help: "after the event: who was not there and how we will reach them"),
        Field(key: "heard", kind: .markdown, help: "after the event: what people said"),
    ])
}

extension Validator {
    static var attendanceSchema: Fields {
        guard case .map(let fields)? = ContentSchema.conversation.field("attendance")?.kind else { preconditionFailure("attendance is a map") }
        return fields
    }

    mutating func validateConversation(_ origin: EntryOrigin, _ yaml: YAMLValue) -> Conversation? {
        read(yaml, path: origin.path, schema: ContentSchema.conversation) { v, r in
            let title = r.text("title")
            let start = v.readDateTime(&r, key: "start", required: true)
            let end = v.readDateTime(&r, key: "end", required: false)
            let place = r.text("place")
            let link = r.url("link")
            if place?.lowercased() == "online" && link == nil && !r.pairs.contains(where: { $0.key == "link" }) {
                r.error(r.position, "an online conversation needs a 'link' where people join it")
            }
            let format = r.enumValue("format", Conversation.Format.self)
            var access: [Conversation.Access] = []
            if let value = r.value("access") {
                let items: [YAMLValue]
                if case .sequence(let list, _) = value { items = list } else { items = [value] }
                for item in items {
                    if let text = r.scalarText(item, key: "access", required: true),
                       let found = r.parseEnum(text, Conversation.Access.self, key: "access", at: item.position) {
                        access.append(found)
                    }
                }
            }
            var attendance: Conversation.Attendance?
            if let value = r.value("attendance") {
                attendance = r.nested(value, schema: Self.attendanceSchema) { a in
                    let total = a.integer("total", in: 0...10_000_000)
                    var groups: [(name: String, count: Int)] = []
                    if let groupsValue = a.value("groups") {
                        if case .mapping(let pairs, _) = groupsValue {
                            for pair in pairs {
                                if case .scalar(let text, _, _) = pair.value, let count = Int(text), count >= 0 {
                                    groups.append((pair.key, count))
                                } else {
                                    a.error(pair.value.position, "the count for '\(pair.key)' must be a whole number")
                                }
                            }
                        } else {
                            a.error(groupsValue.position, "'groups' must be a map from group name to number of people")
                        }
                    }
                    return Conversation.Attendance(total: total, groups: groups)
                }
            }
            if let start, let end, end.day < start.day {
                r.warning(r.position, "the conversation ends before it starts")
            }
            let conversation = Conversation(
                origin: origin, title: title ?? "", start: start ?? LocalDateTime(day: Day(ordinal: 0), hour: 0, minute: 0),
                end: end, place: place ?? "", link: link, format: format, hosts: r.references("hosts"),
                outcomes: r.references("outcomes"), access: access, attendance: attendance,
                missing: r.markdown("missing"), heard: r.markdown("heard"), area: r.reference("area"), ledTo: r.references("led_to"))
            return title == nil || start == nil || place == nil ? nil : conversation
        }
    }

    private func readDateTime(_ r: inout FieldReader, key: String, required: Bool) -> LocalDateTime? {
        guard let value = r.value(key, required: required),
              let text = r.scalarText(value, key: key, required: required) else { return nil }
        if let parsed = LocalDateTime.parse(text) { return parsed }
        if let parts = DateText.parts(String(text.prefix(10))), parts.count == 3, Day.parse(String(text.prefix(10))) == nil {
            r.error(value.position, "'\(text)' is not a date that exists", hint: "check the day and month")
        } else {
            r.error(value.position, "'\(key)' must be a date and time such as 2025-02-10T18:00 or 2025-02-10T18:00-05:00, not '\(text)'")
        }
        return nil
    }
}
