import Foundation

/// The open data: `data/partnership.json` with its schema, one CSV per entity type, and
/// one CSV per indicator beside its outcome page.
enum OpenDataWriter {
    /// The files made together from one model: the JSON, its schema, the Data Package and
    /// the tables. Each indicator's CSV is made on its own.
    static let sharedRoutes = [Route.openDataJSON, .openDataSchema, .dataPackage] + OpenDataTable.allCases.map { Route.openDataTable($0) }

    /// The JSON, its schema and one CSV per entity type.
    static func entityFiles(_ p: ResolvedPartnership, _ t: Translations) -> [OutputFile] {
        let data = model(p, t)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var json = escapeMarkupCharacters((try? encoder.encode(data)) ?? Data("{}".utf8))
        json.append(10)
        var files = [OutputFile(path: Route.openDataJSON.path, contents: .bytes(json)),
                     .text(Route.openDataSchema.path, OpenDataSchema.json),
                     .text(Route.dataPackage.path, DataPackageWriter.json(p, t))]
        files += tables(data)
        return files
    }

    /// One indicator's published figures, with its breakdowns.
    static func indicatorCSV(_ indicator: Indicator) -> OutputFile.Contents {
        var rows = [["date", "value", "note", "disaggregation"]]
        for point in indicator.series + indicator.breakdowns {
            rows.append([point.date.isoText, point.value.text, point.note ?? "", point.disaggregation ?? ""])
        }
        return .bytes(CSVText.bytes(rows))
    }

    /// `<`, `>` and `&` written as `\u` escapes, so the file is inert even if a browser sniffs it as HTML.
    static func escapeMarkupCharacters(_ json: Data) -> [UInt8] {
        let lt = Array("\\u003c".utf8), gt = Array("\\u003e".utf8), amp = Array("\\u0026".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 65)
        json.withUnsafeBytes { buffer in
            for byte in buffer {
                switch byte {
                case 0x3C: out.append(contentsOf: lt)
                case 0x3E: out.append(contentsOf: gt)
                case 0x26: out.append(contentsOf: amp)
                default: out.append(byte)
                }
            }
        }
        return out
    }

    static func point(_ point: Indicator.Point) -> OpenData.PointData {
        .init(date: point.date.isoText, value: point.value.number, value_text: point.value.text, note: point.note,
              disaggregation: point.disaggregation)
    }

    static func model(_ p: ResolvedPartnership, _ t: Translations) -> OpenData {
        let m = p.model
        let base = m.site.baseURL
        let site = OpenData.SiteData(
            name: m.site.name, locality: m.site.locality, summary: m.site.summary, base_url: base, language: m.site.language,
            timezone: m.site.timezone, licence: m.site.licence,
            pillars: m.site.pillars.map { .init(id: $0.id, title: $0.title ?? t["pillar_\($0.id)"]) },
            areas: m.site.areas.map { .init(id: $0.id, title: $0.name) })
        let f = m.framework
        let framework = OpenData.FrameworkData(
            id: f.id, title: f.title, source: f.source, scale: f.scale.map { .init(id: String($0.value), title: $0.label) },
            sides: f.sides.map { .init(id: $0.id, title: $0.title) }, strands: f.strands.map { .init(id: $0.id, title: $0.title) },
            questions: f.strands.flatMap { s in s.pairs.flatMap { $0 }.map { .init(id: $0.id, side: $0.side, label: $0.label, text: $0.text, strand: s.id) } })
        let outcomes = m.outcomes.map { o in
            OpenData.OutcomeData(
                id: o.id, title: o.title, pillar: o.pillar.id, summary: o.summary, url: "\(base)outcomes/\(o.id)/",
                leads: o.leads.map(\.id),
                status_counts: Dictionary(uniqueKeysWithValues: p.statusCounts(of: o).map { ($0.0.rawValue, $0.1) }),
                indicators: o.indicators.map { i in
                    let hasData = !i.series.isEmpty || !i.breakdowns.isEmpty
                    return OpenData.IndicatorData(
                        id: i.id, title: i.title, direction: i.direction.rawValue,
                        status: p.status(outcome: o.id, indicator: i.id).rawValue, unit: i.unit, precision: i.precision,
                        baseline: i.baseline.map(point), target: i.target.map(point),
                        data: i.series.map(point),
                        breakdowns: i.breakdowns.map(point),
                        source: i.source?.title, source_url: i.source?.url,
                        csv: hasData ? Route.indicatorTable(outcome: o.id, indicator: i.id).url(under: base) : nil)
                }, body: source(o.origin.body))
        }
        let commitments = m.commitments.map { c in
            let state = p.commitmentStates[c.id]!
            return OpenData.CommitmentData(
                id: c.id, title: c.title, lead: c.lead.id, status: c.status.rawValue, url: "\(base)commitments/\(c.id)/",
                partners: c.partners.map(\.id), outcomes: c.outcomes.map(\.id), start: c.start?.description,
                due: c.due?.description, area: c.area?.id, future_generations: c.futureGenerations?.text,
                last_heard: state.lastHeard?.description, overdue: state.overdue, quiet: state.quiet, progress: state.progress,
                updates: state.updates.map { .init(date: $0.date.description, status: $0.status?.rawValue, progress: $0.progress, note: $0.note.text) },
                body: source(c.origin.body))
        }
        let assessments = p.assessments.map { a in
            OpenData.AssessmentData(
                id: a.id, title: a.title, date: a.date.description, period: a.period, url: "\(base)assessments/\(a.id)/",
                method: a.method, participants: a.participants.map(\.id),
                ratings: f.questions.map { q in
                    let rating = a.ratings[q.id]
                    return .init(question: q.id, rating: rating?.value ?? nil, change: changeKey(p.ratingChanges[a.id]?[q.id]),
                                 evidence: rating?.evidence?.text, next_steps: rating?.nextSteps?.text)
                }, body: source(a.origin.body))
        }
        let celebrations = p.celebrations.map { c in
            OpenData.CelebrationData(id: c.id, title: c.title, date: c.date.description, url: "\(base)celebrations/\(c.id)/",
                                     outcomes: c.outcomes.map(\.id), commitments: c.commitments.map(\.id),
                                     partners: c.partners.map(\.id), image: c.image.map { base + $0 }, image_alt: c.imageAlt,
                                     body: source(c.origin.body))
        }
        let conversations = m.conversations.map { c in
            OpenData.ConversationData(
                id: c.id, title: c.title, start: c.start.rfc3339(in: m.site.timezone),
                place: c.place, url: "\(base)conversations/\(c.id)/",
                end: c.end.map { $0.rfc3339(in: m.site.timezone) },
                link: c.link, format: c.format?.rawValue, upcoming: p.isUpcoming(c), hosts: c.hosts.map(\.id),
                outcomes: c.outcomes.map(\.id), access: c.access.map(\.rawValue), attendance_total: c.attendance?.total,
                attendance_groups: c.attendance.map { a in Dictionary(a.groups.map { ($0.name, $0.count) }, uniquingKeysWith: +) },
                heard: source(c.heard), missing: source(c.missing), body: source(c.origin.body))
        }
        let partners = m.partners.map { pa in
            OpenData.PartnerData(id: pa.id, name: pa.name, kind: pa.kind.rawValue, side: pa.side, url: "\(base)partners/\(pa.id)/",
                                 website: pa.website, logo: pa.logo.map { base + $0 }, logo_alt: pa.logoAlt,
                                 body: source(pa.origin.body))
        }
        return OpenData(as_of: p.asOf.description, site: site, framework: framework, partners: partners, outcomes: outcomes,
                        commitments: commitments, assessments: assessments, celebrations: celebrations,
                        conversations: conversations)
    }

    /// A Markdown text as the editor wrote it, or nil when there is none.
    static func source(_ text: MarkdownText?) -> String? {
        guard let text, !text.isBlank else { return nil }
        return text.text
    }

    static func changeKey(_ change: RatingChange?) -> String {
        switch change ?? .first {
        case .first: return "first"
        case .up(let n): return "up \(n)"
        case .down(let n): return "down \(n)"
        case .same: return "same"
        case .newlyRated: return "newly rated"
        case .noLongerRated: return "no longer rated"
        case .notRated: return "not rated"
        }
    }

    /// One CSV per entity type, from the same data as the JSON.
    static func tables(_ d: OpenData) -> [OutputFile] {
        var names = OpenDataTable.allCases.makeIterator()
        func file(_ table: OpenDataTable, _ rows: [[String]]) -> OutputFile {
            precondition(names.next() == table, "OpenDataTable is out of step with tables(_:)")
            return .text(Route.openDataTable(table).path, CSVText.table(rows))
        }
        let opt: (String?) -> String = { $0 ?? "" }
        return [
            file(.outcomes, [["id", "title", "pillar", "summary", "leads", "indicators", "url", "body"]]
                + d.outcomes.map { [$0.id, $0.title, $0.pillar, $0.summary, $0.leads.joined(separator: " "), String($0.indicators.count), $0.url, opt($0.body)] }),
            file(.indicators, [["outcome", "id", "title", "unit", "direction", "status", "baseline_date", "baseline_value",
                                 "target_date", "target_value", "latest_date", "latest_value", "source", "csv"]]
                + d.outcomes.flatMap { o in o.indicators.map { i in
                    [o.id, i.id, i.title, opt(i.unit), i.direction, i.status, opt(i.baseline?.date), opt(i.baseline?.value_text),
                     opt(i.target?.date), opt(i.target?.value_text), opt(i.data.last?.date), opt(i.data.last?.value_text),
                     opt(i.source), opt(i.csv)]
                } }),
            file(.figures, [["outcome", "indicator", "date", "value", "note", "disaggregation"]]
                + d.outcomes.flatMap { o in o.indicators.flatMap { i in (i.data + i.breakdowns).map { point in
                    [o.id, i.id, point.date, point.value_text, opt(point.note), opt(point.disaggregation)]
                } } }),
            file(.commitments, [["id", "title", "lead", "partners", "outcomes", "status", "start", "due", "area", "overdue",
                                  "quiet", "progress", "url", "future_generations", "body"]]
                + d.commitments.map { c in
                    [c.id, c.title, c.lead, c.partners.joined(separator: " "), c.outcomes.joined(separator: " "), c.status,
                     opt(c.start), opt(c.due), opt(c.area), String(c.overdue), String(c.quiet), c.progress.map(String.init) ?? "", c.url,
                     opt(c.future_generations), opt(c.body)]
                }),
            file(.updates, [["commitment", "date", "status", "progress", "note"]]
                + d.commitments.flatMap { c in c.updates.map { [c.id, $0.date, opt($0.status), $0.progress.map(String.init) ?? "", $0.note] } }),
            file(.ratings, [["assessment", "date", "period", "question", "rating", "change", "evidence", "next_steps"]]
                + d.assessments.flatMap { a in a.ratings.map {
                    [a.id, a.date, a.period, $0.question, $0.rating.map(String.init) ?? "", $0.change, opt($0.evidence), opt($0.next_steps)]
                } }),
            file(.celebrations, [["id", "title", "date", "outcomes", "commitments", "partners", "image", "url", "body"]]
                + d.celebrations.map { [$0.id, $0.title, $0.date, $0.outcomes.joined(separator: " "),
                                        $0.commitments.joined(separator: " "), $0.partners.joined(separator: " "), opt($0.image), $0.url,
                                        opt($0.body)] }),
            file(.conversations, [["id", "title", "start", "end", "place", "format", "upcoming", "hosts", "outcomes", "access",
                                    "attendance", "url", "heard", "missing", "body"]]
                + d.conversations.map { [$0.id, $0.title, $0.start, opt($0.end), $0.place, opt($0.format), String($0.upcoming),
                                         $0.hosts.joined(separator: " "), $0.outcomes.joined(separator: " "),
                                         $0.access.joined(separator: " "), $0.attendance_total.map(String.init) ?? "", $0.url,
                                         opt($0.heard), opt($0.missing), opt($0.body)] }),
            file(.partners, [["id", "name", "kind", "side", "website", "url", "body"]]
                + d.partners.map { [$0.id, $0.name, $0.kind, $0.side, opt($0.website), $0.url, opt($0.body)] }),
        ]
    }
}
