/// The front-matter fields of outcomes, beside the code that reads them (`ContentSchema`).
extension ContentSchema {
    static let outcome = Fields(what: "an outcome", fields: [
        Field(key: "title", kind: .text, required: true, help: "the outcome, stated as a result"),
        Field(key: "pillar", kind: .reference("pillar"), required: true, help: "environment, economy or social-justice"),
        Field(key: "summary", kind: .text, required: true, help: "one sentence in plain language"),
        Field(key: "leads", kind: .references("partner"), help: "ids of the partners who lead it"),
        Field(key: "indicators", kind: .list(.map(indicator)), help: "how we will know it is getting better"),
    ])
}

extension Validator {
    mutating func validateOutcome(_ origin: EntryOrigin, _ yaml: YAMLValue, pillars: [SiteSettings.Pillar]?) -> Outcome? {
        read(yaml, path: origin.path, schema: ContentSchema.outcome) { v, r in
            let title = r.text("title")
            let pillar = r.reference("pillar")
            if let pillar, let pillars, !pillars.contains(where: { $0.id == pillar.id }) {
                r.diagnostics.append(.error(pillar.location, "unknown pillar '\(pillar.id)'",
                                            hint: Suggestions.hint(for: pillar.id, in: pillars.map(\.id))
                                                ?? "the pillars are: \(pillars.map(\.id).joined(separator: ", "))"))
            }
            let summary = r.text("summary")
            let leads = r.references("leads")
            var indicators: [Indicator] = []
            var seen = Set<String>()
            for item in r.list("indicators") ?? [] {
                guard let indicator = v.readIndicator(item, reader: &r) else { continue }
                if !seen.insert(indicator.id).inserted {
                    r.error(item.position, "the indicator id '\(indicator.id)' appears twice in this outcome")
                    continue
                }
                indicators.append(indicator)
            }
            guard let title, let pillar, let summary else { return nil }
            return Outcome(origin: origin, title: title, pillar: pillar, summary: summary, leads: leads, indicators: indicators)
        }
    }

    private func readIndicator(_ item: YAMLValue, reader r: inout FieldReader) -> Indicator? {
        r.nested(item, schema: ContentSchema.indicator) { n in
            let id = n.text("id")
            if let id, let problem = IDRule.problem(with: id) {
                n.error(item.position, "the indicator id '\(id)' is not valid: \(problem)",
                        hint: IDRule.suggestion(for: id).map { "use '\($0)'" })
            }
            let title = n.text("title")
            let unit = n.text("unit")
            let precision = n.integer("precision", in: 0...6)
            let direction = n.enumValue("direction", Indicator.Direction.self)
            let baseline = readReferencePoint(&n, key: "baseline")
            let target = readReferencePoint(&n, key: "target")
            var series: [Indicator.Point] = []
            var breakdowns: [Indicator.Point] = []
            var dataPath: String?
            if let data = n.value("data") {
                switch data {
                case .sequence(let items, _):
                    series = readInlineData(items, reader: &n)
                case .scalar:
                    if let path = n.contentPath("data", folder: "data", published: published) {
                        dataPath = path
                        (series, breakdowns) = readCSVData(path, at: data.position, reader: &n)
                    }
                case .mapping:
                    n.error(data.position, "'data' must be a list of {date, value} points or the path of a CSV file under data/")
                }
            }
            let source = readSource(&n)
            guard let id, IDRule.problem(with: id) == nil, let title, let direction else { return nil }
            series.sort { $0.date < $1.date }
            return Indicator(id: id, title: title, unit: unit, precision: precision, direction: direction, baseline: baseline, target: target,
                             series: series, breakdowns: breakdowns, dataPath: dataPath, source: source,
                             location: n.location(item.position))
        }
    }

    private func readReferencePoint(_ r: inout FieldReader, key: String) -> Indicator.Point? {
        guard let value = r.value(key) else { return nil }
        return r.nested(value, schema: ContentSchema.referencePoint) { p in
            let date = p.indicatorDate("date")
            let number = p.number("value")
            guard let date, let number else { return nil }
            return Indicator.Point(date: date, value: number, note: nil, disaggregation: nil)
        }
    }

    private func readSource(_ r: inout FieldReader) -> Indicator.Source? {
        guard let value = r.value("source") else { return nil }
        if case .scalar = value {
            return r.scalarText(value, key: "source", required: false).map { Indicator.Source(title: $0, url: nil) }
        }
        guard case .textOrMap(let sourceSchema)? = ContentSchema.indicator.field("source")?.kind else { return nil }
        return r.nested(value, schema: sourceSchema) { s in
            let title = s.text("title")
            let url = s.url("url")
            return title.map { Indicator.Source(title: $0, url: url) }
        }
    }

    private func readInlineData(_ items: [YAMLValue], reader r: inout FieldReader) -> [Indicator.Point] {
        var points: [Indicator.Point] = []
        var dates: [Day: Int] = [:]
        for item in items {
            let point: Indicator.Point? = r.nested(item, schema: ContentSchema.point) { p in
                let date = p.indicatorDate("date")
                let value = p.number("value")
                let note = p.text("note")
                guard let date, let value else { return nil }
                if let earlier = dates[date.day] {
                    p.error(item.position, "two data points fall on \(date.day) (the first is on line \(earlier))",
                            hint: "a year or month stands for its first day: 2024 and 2024-01 are the same date")
                    return nil
                }
                dates[date.day] = item.position.line
                return Indicator.Point(date: date, value: value, note: note, disaggregation: nil)
            }
            if let point { points.append(point) }
        }
        return points
    }
}
