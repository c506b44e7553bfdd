/// The front-matter fields of updates, commitments, ratings and assessments, beside the code that reads them (`ContentSchema`).
extension ContentSchema {
    static let update = Fields(what: "an update", fields: [
        Field(key: "date", kind: .day, required: true, help: "when, YYYY-MM-DD"),
        Field(key: "status", kind: .choice(Commitment.Status.allCases.map(\.rawValue)), help: "the status from this date"),
        Field(key: "progress", kind: .integer(0...100), help: "how far along, 0 to 100"),
        Field(key: "note", kind: .markdown, required: true, help: "what happened, in Markdown"),
    ])

    static let commitment = Fields(what: "a commitment", fields: [
        Field(key: "title", kind: .text, required: true, help: "the action, starting with a verb"),
        Field(key: "lead", kind: .reference("partner"), required: true, help: "id of the partner accountable for it"),
        Field(key: "partners", kind: .references("partner"), help: "ids of other partners taking part"),
        Field(key: "outcomes", kind: .references("outcome"), required: true, help: "ids of the outcomes it advances"),
        Field(key: "status", kind: .choice(Commitment.Status.allCases.map(\.rawValue)), required: true, help: "where it stands"),
        Field(key: "start", kind: .day, help: "when it started, YYYY-MM-DD"),
        Field(key: "due", kind: .day, help: "when it is due, YYYY-MM-DD"),
        Field(key: "area", kind: .reference("area"), help: "id of an area from site.yml"),
        Field(key: "future_generations", kind: .markdown, help: "what it means for our children and grandchildren"),
        Field(key: "answers", kind: .references("conversation"), help: "ids of the conversations where residents asked for it"),
        Field(key: "updates", kind: .list(.map(update)), help: "a dated log of progress"),
    ])

    static let rating = Fields(what: "a rating", fields: [
        Field(key: "rating", kind: .integer(nil), required: true, help: "a value of the checklist's scale, or null for not assessed",
              nullable: true),
        Field(key: "evidence", kind: .markdown, help: "what shows it"),
        Field(key: "next_steps", kind: .markdown, help: "what we will do next"),
    ])

    static let assessment = Fields(what: "an assessment", fields: [
        Field(key: "title", kind: .text, required: true, help: "the review's name"),
        Field(key: "date", kind: .day, required: true, help: "when it was held, YYYY-MM-DD"),
        Field(key: "period", kind: .text, required: true, help: "what it covers: 2025, 2025-H1, 2024/25"),
        Field(key: "method", kind: .text, help: "how it was done"),
        Field(key: "participants", kind: .references("partner"), help: "ids of the partners who took part"),
        Field(key: "ratings", kind: .ratings, required: true, help: "question id: rating (la1: 2), or {rating, evidence, next_steps}"),
    ])
}

extension Validator {
    mutating func validateCommitment(_ origin: EntryOrigin, _ yaml: YAMLValue) -> Commitment? {
        read(yaml, path: origin.path, schema: ContentSchema.commitment) { v, r in
            let title = r.text("title")
            let lead = r.reference("lead")
            let partners = r.references("partners")
            let outcomes = r.references("outcomes")
            let status = r.enumValue("status", Commitment.Status.self)
            let start = r.day("start")
            let due = r.day("due")
            if let start, let due, due < start {
                r.warning(r.position, "the due date \(due) is before the start \(start)")
            }
            let area = r.reference("area")
            let future = r.markdown("future_generations")
            var updates: [Commitment.Update] = []
            for (index, item) in (r.list("updates") ?? []).enumerated() {
                let update: Commitment.Update? = r.nested(item, schema: ContentSchema.update) { u in
                    let date = u.day("date")
                    let updateStatus = u.enumValue("status", Commitment.Status.self)
                    let progress = u.integer("progress", in: 0...100)
                    let note = u.markdown("note")
                    guard let date, let note else { return nil }
                    return Commitment.Update(date: date, status: updateStatus, progress: progress, note: note, index: index)
                }
                if let update { updates.append(update) }
            }
            _ = v
            let answers = r.references("answers")
            guard let title, let lead, let status, !outcomes.isEmpty else { return nil }
            return Commitment(origin: origin, title: title, lead: lead, partners: partners, outcomes: outcomes,
                              status: status, start: start, due: due, area: area, futureGenerations: future,
                              updates: updates, answers: answers)
        }
    }

    mutating func validateAssessment(_ origin: EntryOrigin, _ yaml: YAMLValue, framework: Framework?) -> Assessment? {
        read(yaml, path: origin.path, schema: ContentSchema.assessment) { v, r in
            let title = r.text("title")
            let date = r.day("date")
            let period = r.text("period")
            let method = r.text("method")
            let participants = r.references("participants")
            var ratings: [String: Assessment.Rating] = [:]
            let questionIDs = framework?.questions.map(\.id) ?? []
            let scale = framework?.scale ?? []
            if let value = r.value("ratings") {
                if case .mapping(let pairs, _) = value {
                    for pair in pairs {
                        if framework != nil && !questionIDs.contains(pair.key) {
                            r.error(pair.keyPosition, "'\(pair.key)' is not a question of the checklist",
                                    hint: Suggestions.hint(for: pair.key, in: questionIDs))
                            continue
                        }
                        if let rating = v.readRating(pair.value, scale: scale, reader: &r) {
                            ratings[pair.key] = rating
                        }
                    }
                } else {
                    r.error(value.position, "'ratings' must be a map from question id to rating, such as 'la1: 2'")
                }
            }
            guard let title, let date, let period else { return nil }
            return Assessment(origin: origin, title: title, date: date, period: period, method: method,
                              participants: participants, ratings: ratings)
        }
    }

    private func readRating(_ value: YAMLValue, scale: [Framework.Level],
                            reader r: inout FieldReader) -> Assessment.Rating? {
        func checked(_ text: String?, at position: YAMLValue.Position, reader r: inout FieldReader) -> Int?? {
            guard let text else { return .some(nil) }
            guard let number = Int(text), scale.contains(where: { $0.value == number }) else {
                let allowed = scale.map { "\($0.value) (\($0.label))" }.joined(separator: ", ")
                r.error(position, "'\(text)' is not on the checklist's scale", hint: "use one of: \(allowed), or null for not assessed")
                return nil
            }
            return .some(number)
        }
        switch value {
        case .scalar(let text, _, let position):
            guard let rating = checked(value.isNull ? nil : text, at: position, reader: &r) else { return nil }
            return Assessment.Rating(value: rating, evidence: nil, nextSteps: nil)
        case .mapping:
            return r.nested(value, schema: ContentSchema.rating) { n in
                guard n.pairs.contains(where: { $0.key == "rating" }) else {
                    n.error(n.position, "a rating needs 'rating' (a scale value, or null for not assessed)")
                    return nil
                }
                let ratingValue = n.value("rating", required: false)
                let text = ratingValue.flatMap { n.scalarText($0, key: "rating", required: false) }
                guard let rating = checked(text, at: ratingValue?.position ?? n.position, reader: &n) else { return nil }
                return Assessment.Rating(value: rating, evidence: n.markdown("evidence"), nextSteps: n.markdown("next_steps"))
            }
        case .sequence:
            r.error(value.position, "a rating must be a scale value or a map with 'rating', not a list")
            return nil
        }
    }
}
