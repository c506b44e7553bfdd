extension Validator {
    /// The fields of the maps in a list field of `schema`.
    static func listItemSchema(_ schema: Fields, _ key: String) -> Fields {
        guard case .list(.map(let fields))? = schema.field(key)?.kind else { preconditionFailure("\(key) is a list of maps") }
        return fields
    }

    mutating func validateFramework(language: String) -> Framework? {
        let source = sources.frameworkYAML
            ?? SourceText(path: DefaultFramework.path, text: DefaultFramework.yaml(for: language))
        guard let yaml = parseYAMLFile(source) else { return nil }
        return read(yaml, path: source.path, schema: ContentSchema.framework) { v, r in
            let id = r.text("id") ?? "framework"
            let title = r.text("title")
            let sourceText = r.text("source")
            var scale: [Framework.Level] = []
            for item in r.list("scale") ?? [] {
                let level: Framework.Level? = r.nested(item, schema: Self.listItemSchema(ContentSchema.framework, "scale")) { n in
                    guard let value = n.integer("value"), let label = n.text("label") else {
                        return nil
                    }
                    return Framework.Level(value: value, label: label)
                }
                if let level {
                    if scale.contains(where: { $0.value == level.value }) {
                        r.error(item.position, "the scale value \(level.value) appears twice")
                    }
                    scale.append(level)
                }
            }
            var sides: [Framework.Side] = []
            for item in r.list("sides") ?? [] {
                let side: Framework.Side? = r.nested(item, schema: Self.listItemSchema(ContentSchema.framework, "sides")) { n in
                    guard let id = n.text("id"), let title = n.text("title") else { return nil }
                    return Framework.Side(id: id, title: title)
                }
                if let side { sides.append(side) }
            }
            var strands: [Framework.Strand] = []
            var questionIDs = Set<String>()
            for item in r.list("strands") ?? [] {
                let strand: Framework.Strand? = r.nested(item, schema: ContentSchema.strand) { s in
                    guard let id = s.text("id"), let title = s.text("title") else { return nil }
                    var pairs: [[Framework.Question]] = []
                    for pairValue in s.list("pairs") ?? [] {
                        let pair: [Framework.Question]? = s.nested(pairValue, schema: Fields(what: "a pair", fields: sides.map {
                            Field(key: $0.id, kind: .map(ContentSchema.question), required: true, help: $0.title)
                        })) { p in
                            var questions: [Framework.Question] = []
                            for side in sides {
                                guard let questionValue = p.value(side.id, required: true) else { continue }
                                let question: Framework.Question? = p.nested(questionValue, schema: ContentSchema.question) { q in
                                    guard let qid = q.text("id"), let text = q.text("text") else {
                                        return nil
                                    }
                                    if !questionIDs.insert(qid).inserted {
                                        q.error(questionValue.position, "the question id '\(qid)' appears twice")
                                    }
                                    return Framework.Question(id: qid, side: side.id, label: q.text("label") ?? qid, topic: q.text("topic"), text: text)
                                }
                                if let question { questions.append(question) }
                            }
                            return questions
                        }
                        if let pair { pairs.append(pair) }
                    }
                    return Framework.Strand(id: id, title: title, pairs: pairs)
                }
                if let strand { strands.append(strand) }
            }
            _ = v
            guard let title, !scale.isEmpty, !sides.isEmpty else { return nil }
            return Framework(id: id, title: title, source: sourceText, scale: scale, sides: sides, strands: strands)
        }
    }
}
