import Foundation

/// The open data: `data/partnership.json` with its schema, one CSV per entity type, and
/// one CSV per indicator beside its outcome page. Each file is made on its own, entry by
/// entry from the published partnership, so that no file holds another's data and the JSON
/// is never a whole model, an encoded copy and an escaped copy at once.
enum OpenDataWriter {
    /// `partnership.json`: what `JSONEncoder` would write for the whole `OpenData` (keys
    /// sorted, no spaces), assembled from each entry encoded alone, with `<`, `>` and `&`
    /// escaped. Tests check it against the whole model encoded at once.
    /// Entries are encoded `batch` at a time, `chunk` in a row on one core.
    static func json(_ p: ResolvedPartnership, _ t: Translations, batch: Int = batchSize, chunk: Int = chunkSize,
                     pieces: KeptPieces? = nil, name: String = "data/partnership.json") -> ByteStream {
        ByteStream { json(p, t, into: $0, batch: batch, chunk: chunk, pieces: pieces, name: name) }
    }

    /// `pieces`, when given, keeps each run of `chunk` entries encoded for the next build,
    /// under `name` (the file's path) and the run's place, and gives it again while the
    /// bodies it read are the same (`KeptPieces`).
    static func json(_ p: ResolvedPartnership, _ t: Translations, into sink: ByteSink, batch batchSize: Int = batchSize,
                     chunk chunkSize: Int = chunkSize, pieces: KeptPieces? = nil, name: String = "data/partnership.json") {
        let encoder = Self.encoder()
        var piece: [UInt8] = []
        func value<T: Encodable>(_ value: T) {
            piece.removeAll(keepingCapacity: true)
            appendEscaping((try? encoder.encode(value)) ?? Data("null".utf8), to: &piece)
            sink.write(piece)
        }
        var problems: [Diagnostic] = []
        defer { problems.forEach(sink.report) }
        /// The entries of `sources`, made and encoded a run of `chunkSize` at a time on every
        /// core (encoding is most of the work), `batchSize` at most at once (`inRuns`).
        func list<Source: Sendable, Item: Encodable & EntryProvenance>(_ key: String, _ sources: [Source],
                                                                        _ make: @escaping @Sendable (Source, BodyReading) -> Item) {
            sink.write(UInt8(ascii: "["))
            var first = true
            problems += inRuns(count: sources.count, batch: batchSize, chunk: chunkSize, { run in
                var found: [Diagnostic] = []
                func encode() -> (bytes: [UInt8], clean: Bool) {
                    let bodies = BodyReading()
                    let bytes = Self.encoded(sources[run].map { make($0, bodies) })
                    found = bodies.problems
                    return (bytes, found.isEmpty)
                }
                let bytes = pieces?.bytes("\(name) \(key) \(run.lowerBound)-\(run.upperBound)", make: encode) ?? encode().bytes
                return (bytes, found)
            }, emit: { bytes in
                if !first { sink.write(UInt8(ascii: ",")) }
                first = false
                sink.write(bytes)
            })
            sink.write(UInt8(ascii: "]"))
        }
        var opened = false
        func key(_ name: String) {
            sink.write(opened ? UInt8(ascii: ",") : UInt8(ascii: "{"))
            opened = true
            sink.write("\"\(name)\":")
        }
        let m = p.model, base = m.site.baseURL
        // In the order JSONEncoder's sorted keys give.
        key("areas"); list("areas", m.site.areas) { areaData($0, p, base: base, bodies: $1) }
        key("as_of"); value(p.asOf.description)
        key("assessments"); list("assessments", p.assessments) { assessmentData($0, p, base: base, bodies: $1) }
        key("celebrations"); list("celebrations", p.celebrations) { celebrationData($0, p, base: base, bodies: $1) }
        key("commitments"); list("commitments", m.commitments) { commitmentData($0, p, base: base, bodies: $1) }
        key("community_assets"); list("community_assets", m.communityAssets) { assetData($0, p, base: base, bodies: $1) }
        key("conversations"); list("conversations", m.conversations) { conversationData($0, p, base: base, bodies: $1) }
        key("framework"); value(frameworkData(p))
        key("generator"); value(OpenData.generator)
        key("outcomes"); list("outcomes", m.outcomes) { outcomeData($0, p, base: base, bodies: $1) }
        key("partners"); list("partners", m.partners) { partnerData($0, p, base: base, bodies: $1) }
        key("site"); value(siteData(p, t))
        if let translations = translationsData(p) { key("translations"); value(translations) }
        sink.write(UInt8(ascii: "}"))
        sink.write(10)
    }

    /// How many entries are held at once, and how many one core encodes in a row.
    static let batchSize = 1024
    static let chunkSize = 64

    /// The runs `0..<count` made `chunk` in a row on one core, every core at work and `batch`
    /// at most at once, each run's bytes handed to `emit` in their order (whichever core
    /// finished first); what the runs found wrong, in the same order.
    static func inRuns(count: Int, batch: Int, chunk: Int, _ make: @Sendable (Range<Int>) -> (bytes: [UInt8], problems: [Diagnostic]),
                       emit: ([UInt8]) -> Void) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for start in stride(from: 0, to: count, by: batch) {
            let end = min(start + batch, count)
            let runs = stride(from: start, to: end, by: chunk).map { $0..<min($0 + chunk, end) }
            for run in Parallel.map(runs, make) {
                emit(run.bytes)
                problems += run.problems
            }
        }
        return problems
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `entries` encoded, between commas: each body written by `appendJSONString` in the
    /// place the encoder gave a placeholder (found once, or the entry is encoded whole).
    static func encoded<T: Encodable & EntryProvenance>(_ entries: [T]) -> [UInt8] {
        let encoder = Self.encoder()
        var out: [UInt8] = []
        var piece: [UInt8] = []
        func whole(_ data: T) {
            appendEscaping((try? encoder.encode(data)) ?? Data("null".utf8), to: &out)
        }
        for (index, data) in entries.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            guard let body = data.body else {
                whole(data)
                continue
            }
            var stripped = data
            stripped.body = bodyPlaceholder
            piece.removeAll(keepingCapacity: true)
            appendEscaping((try? encoder.encode(stripped)) ?? Data("null".utf8), to: &piece)
            let marks = ByteSearch.offsets(of: encodedPlaceholder, in: piece, limit: 2)
            guard marks.count == 1 else {
                whole(data)
                continue
            }
            out.append(contentsOf: piece[..<marks[0]])
            appendJSONString(body, to: &out)
            out.append(contentsOf: piece[(marks[0] + encodedPlaceholder.count)...])
        }
        return out
    }

    /// What stands for a body while its entry is encoded, and how the encoder writes it. No
    /// content holds a NUL (the loader refuses such a file), so no field can look like it;
    /// were it found twice all the same, the entry is encoded whole.
    static let bodyPlaceholder = "\u{0}civic body\u{0}"
    static let encodedPlaceholder = Array(#""\u0000civic body\u0000""#.utf8)

    /// `text` as `JSONEncoder` writes a string with `.withoutEscapingSlashes`, quotes
    /// included, then with `<`, `>` and `&` escaped as `appendEscaping` does: the bodies,
    /// the open data's longest strings, are written this way, runs of plain bytes copied
    /// whole, rather than through the encoder, which spent a tenth of a rebuild on them.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            let hex = Array("0123456789abcdef".utf8)
            var run = 0
            for index in bytes.indices {
                let byte = bytes[index]
                let short: UInt8
                switch byte {
                case UInt8(ascii: "\""): short = byte
                case UInt8(ascii: "\\"): short = byte
                case 0x08: short = UInt8(ascii: "b")
                case 0x09: short = UInt8(ascii: "t")
                case 0x0A: short = UInt8(ascii: "n")
                case 0x0C: short = UInt8(ascii: "f")
                case 0x0D: short = UInt8(ascii: "r")
                case ..<0x20, 0x3C, 0x3E, 0x26: short = 0
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                run = index + 1
                out.append(UInt8(ascii: "\\"))
                if short != 0 {
                    out.append(short)
                } else {
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
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
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 65)
        appendEscaping(json, to: &out)
        return out
    }

    static func appendEscaping(_ json: Data, to out: inout [UInt8]) {
        let lt = Array("\\u003c".utf8), gt = Array("\\u003e".utf8), amp = Array("\\u0026".utf8)
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
    }

    static func point(_ point: Indicator.Point) -> OpenData.PointData {
        .init(date: point.date.isoText, value: point.value.number, value_text: point.value.text, note: point.note,
              disaggregation: point.disaggregation)
    }

    /// The whole open data as one value: what `json` writes entry by entry, and what the
    /// JSON Schema describes.
    static func model(_ p: ResolvedPartnership, _ t: Translations, bodies: BodyReading = BodyReading()) -> OpenData {
        let m = p.model, base = m.site.baseURL
        return OpenData(as_of: p.asOf.description, site: siteData(p, t), framework: frameworkData(p),
                        partners: m.partners.map { partnerData($0, p, base: base, bodies: bodies) },
                        outcomes: m.outcomes.map { outcomeData($0, p, base: base, bodies: bodies) },
                        commitments: m.commitments.map { commitmentData($0, p, base: base, bodies: bodies) },
                        assessments: p.assessments.map { assessmentData($0, p, base: base, bodies: bodies) },
                        celebrations: p.celebrations.map { celebrationData($0, p, base: base, bodies: bodies) },
                        conversations: m.conversations.map { conversationData($0, p, base: base, bodies: bodies) },
                        areas: m.site.areas.map { areaData($0, p, base: base, bodies: bodies) },
                        community_assets: m.communityAssets.map { assetData($0, p, base: base, bodies: bodies) },
                        translations: translationsData(p))
    }

    /// The text of each translation, by language, folder (`community_assets`), id and field
    /// (`body` for the body), for the published entries only, and site.yml's as the entry
    /// `site` of the folder `site`; nil for a site in one language.
    static func translationsData(_ p: ResolvedPartnership) -> [String: [String: [String: [String: String]]]]? {
        let m = p.model
        guard m.site.publishedLanguages.count > 1 else { return nil }
        let published: [EntryKind: Set<String>] = [
            .partners: Set(m.partners.map(\.id)), .outcomes: Set(m.outcomes.map(\.id)), .commitments: Set(m.commitments.map(\.id)),
            .assessments: Set(p.assessments.map(\.id)), .celebrations: Set(p.celebrations.map(\.id)),
            .conversations: Set(m.conversations.map(\.id)), .areas: Set(m.areaStories.map(\.origin.id)),
            .communityAssets: Set(m.communityAssets.map(\.id)), .pages: Set(m.pages.map(\.id)),
        ]
        var result: [String: [String: [String: [String: String]]]] = [:]
        for language in m.site.publishedLanguages.dropFirst() {
            var folders: [String: [String: [String: String]]] = [:]
            for (kind, texts) in m.translations[language]?.texts ?? [:] {
                let shown = texts.filter { published[kind]?.contains($0.key) == true }
                if !shown.isEmpty { folders[kind.rawValue.replacingOccurrences(of: "-", with: "_")] = shown }
            }
            if let site = m.translations[language]?.site {
                var texts: [String: String] = [:]
                texts["name"] = site.name
                texts["locality"] = site.locality
                texts["summary"] = site.summary
                for (id, title) in site.pillars { texts["pillars/\(id)"] = title }
                for (id, name) in site.areas { texts["areas/\(id)"] = name }
                folders["site"] = ["site": texts]
            }
            result[language] = folders
        }
        return result
    }

    static func siteData(_ p: ResolvedPartnership, _ t: Translations) -> OpenData.SiteData {
        let m = p.model
        return OpenData.SiteData(
            name: m.site.name, locality: m.site.locality, summary: m.site.summary, base_url: m.site.baseURL, language: m.site.language,
            timezone: m.site.timezone, licence: m.site.licence,
            pillars: m.site.pillars.map { .init(id: $0.id, title: $0.title ?? t["pillar_\($0.id)"]) },
            areas: m.site.areas.map { .init(id: $0.id, title: $0.name) })
    }

    static func frameworkData(_ p: ResolvedPartnership) -> OpenData.FrameworkData {
        let f = p.model.framework
        return OpenData.FrameworkData(
            id: f.id, title: f.title, source: f.source, scale: f.scale.map { .init(id: String($0.value), title: $0.label) },
            sides: f.sides.map { .init(id: $0.id, title: $0.title) }, strands: f.strands.map { .init(id: $0.id, title: $0.title) },
            questions: f.strands.flatMap { s in s.pairs.flatMap { $0 }.map { .init(id: $0.id, side: $0.side, label: $0.label, text: $0.text, strand: s.id) } })
    }

    static func outcomeData(_ o: Outcome, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.OutcomeData {
        OpenData.OutcomeData(
            id: o.id, title: o.title, pillar: o.pillar.id, summary: o.summary, url: Route.entry(.outcomes, o.id).url(under: base),
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
            }, body: bodies.text(o.origin.body)).with(p.provenance(of: o))
    }

    static func commitmentData(_ c: Commitment, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.CommitmentData {
        let state = p.commitmentStates[c.id]
        return OpenData.CommitmentData(
            id: c.id, title: c.title, lead: c.lead.id, status: c.status.rawValue, url: Route.entry(.commitments, c.id).url(under: base),
            partners: c.partners.map(\.id), outcomes: c.outcomes.map(\.id), start: c.start?.description,
            due: c.due?.description, area: c.area?.id, future_generations: c.futureGenerations?.text,
            last_heard: state?.lastHeard?.description, overdue: state?.overdue ?? false, quiet: state?.quiet ?? false,
            progress: state?.progress,
            updates: (state?.updates ?? []).map { .init(date: $0.date.description, status: $0.status?.rawValue, progress: $0.progress, note: $0.note.text) },
            answers: p.followUps.conversations[c.id] ?? [],
            body: bodies.text(c.origin.body)).with(p.provenance(of: c.origin.path))
    }

    static func assessmentData(_ a: Assessment, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.AssessmentData {
        OpenData.AssessmentData(
            id: a.id, title: a.title, date: a.date.description, period: a.period, url: Route.entry(.assessments, a.id).url(under: base),
            method: a.method, participants: a.participants.map(\.id),
            ratings: p.model.framework.questions.map { q in
                let rating = a.ratings[q.id]
                return .init(question: q.id, rating: rating?.value ?? nil, change: changeKey(p.ratingChanges[a.id]?[q.id]),
                             evidence: rating?.evidence?.text, next_steps: rating?.nextSteps?.text)
            }, body: bodies.text(a.origin.body)).with(p.provenance(of: a.origin.path))
    }

    static func celebrationData(_ c: Celebration, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.CelebrationData {
        OpenData.CelebrationData(id: c.id, title: c.title, date: c.date.description, url: Route.entry(.celebrations, c.id).url(under: base),
                                 outcomes: c.outcomes.map(\.id), commitments: c.commitments.map(\.id),
                                 partners: c.partners.map(\.id), image: c.image.map { Route.published($0).url(under: base) },
                                 image_alt: c.imageAlt, area: c.area?.id, body: bodies.text(c.origin.body)).with(p.provenance(of: c.origin.path))
    }

    static func conversationData(_ c: Conversation, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.ConversationData {
        let timezone = p.model.site.timezone
        return OpenData.ConversationData(
            id: c.id, title: c.title, start: c.start.rfc3339(in: timezone),
            place: c.place, url: Route.entry(.conversations, c.id).url(under: base),
            end: c.end.map { $0.rfc3339(in: timezone) },
            link: c.link, format: c.format?.rawValue, area: c.area?.id, upcoming: p.isUpcoming(c), hosts: c.hosts.map(\.id),
            outcomes: c.outcomes.map(\.id), access: c.access.map(\.rawValue),
            led_to: (p.followUps.commitments[c.id] ?? []) + (p.followUps.nextSteps[c.id] ?? []).map { "\($0.review)/\($0.question)" },
            attendance_total: c.attendance?.total,
            attendance_groups: c.attendance.map { a in Dictionary(a.groups.map { ($0.name, $0.count) }, uniquingKeysWith: +) },
            heard: source(c.heard), missing: source(c.missing), body: bodies.text(c.origin.body)).with(p.provenance(of: c.origin.path))
    }

    static func partnerData(_ pa: Partner, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.PartnerData {
        OpenData.PartnerData(id: pa.id, name: pa.name, kind: pa.kind.rawValue, side: pa.side, url: Route.entry(.partners, pa.id).url(under: base),
                             website: pa.website, logo: pa.logo.map { Route.published($0).url(under: base) }, logo_alt: pa.logoAlt,
                             body: bodies.text(pa.origin.body)).with(p.provenance(of: pa.origin.path))
    }

    static func areaData(_ area: SiteSettings.Area, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.AreaData {
        let story = p.areaStoriesByID[area.id]
        let data = OpenData.AreaData(id: area.id, name: area.name, url: Route.entry(.areas, area.id).url(under: base),
                                     summary: story?.summary, boundary: story?.boundary.map { Route.published($0.path).url(under: base) },
                                     body: story.flatMap { bodies.text($0.origin.body) })
        return story.map { data.with(p.provenance(of: $0.origin.path)) } ?? data
    }

    static func assetData(_ a: CommunityAsset, _ p: ResolvedPartnership, base: String, bodies: BodyReading) -> OpenData.CommunityAssetData {
        OpenData.CommunityAssetData(
            id: a.id, name: a.name, kind: a.kind, url: Route.entry(.communityAssets, a.id).url(under: base), summary: a.summary,
            area: a.area?.id, address: a.address, latitude: a.location?.latitude, longitude: a.location?.longitude,
            features: a.features, contact: a.contact, website: a.website, partners: a.partners.map(\.id),
            outcomes: a.outcomes.map(\.id), body: bodies.text(a.origin.body)).with(p.provenance(of: a.origin.path))
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

    /// One CSV per entity type, from the same data as the JSON, written row by row.
    static func table(_ table: OpenDataTable, _ p: ResolvedPartnership) -> ByteStream {
        ByteStream { self.table(table, p, into: $0) }
    }

    /// The rows are made `chunk` entries in a row on every core, `batch` at most at once
    /// (`inRuns`), and written in their order.
    static func table(_ table: OpenDataTable, _ p: ResolvedPartnership, into sink: ByteSink, batch: Int = batchSize, chunk: Int = chunkSize) {
        let m = p.model, base = m.site.baseURL
        var problems: [Diagnostic] = []
        defer { problems.forEach(sink.report) }
        func rows<Source: Sendable>(_ sources: [Source], _ cells: @escaping @Sendable (Source, BodyReading) -> [[String]]) {
            problems += inRuns(count: sources.count, batch: batch, chunk: chunk, { run in
                let bodies = BodyReading()
                var bytes: [UInt8] = []
                for source in sources[run] {
                    for row in cells(source, bodies) { CSVText.append(row: row, to: &bytes) }
                }
                return (bytes, bodies.problems)
            }, emit: { sink.write($0) })
        }
        var header: [UInt8] = []
        CSVText.append(row: table.columns.map(\.name), to: &header)
        sink.write(header)
        switch table {
        case .outcomes:
            rows(m.outcomes) { o, bodies in
                let d = outcomeData(o, p, base: base, bodies: bodies)
                return [[d.id, d.title, d.pillar, d.summary, d.leads.joined(separator: " "), String(d.indicators.count), d.url, opt(d.body)]]
            }
        case .indicators:
            rows(m.outcomes) { o, bodies in
                outcomeData(o, p, base: base, bodies: bodies).indicators.map { i in
                    [o.id, i.id, i.title, opt(i.unit), i.direction, i.status, opt(i.baseline?.date), opt(i.baseline?.value_text),
                     opt(i.target?.date), opt(i.target?.value_text), opt(i.data.last?.date), opt(i.data.last?.value_text),
                     opt(i.source), opt(i.csv)]
                }
            }
        case .figures:
            rows(m.outcomes) { o, _ in
                o.indicators.flatMap { i in
                    (i.series + i.breakdowns).map(point).map { point in
                        [o.id, i.id, point.date, point.value_text, opt(point.note), opt(point.disaggregation)]
                    }
                }
            }
        case .commitments:
            rows(m.commitments) { commitment, bodies in
                let c = commitmentData(commitment, p, base: base, bodies: bodies)
                return [[c.id, c.title, c.lead, c.partners.joined(separator: " "), c.outcomes.joined(separator: " "), c.status,
                         opt(c.start), opt(c.due), opt(c.area), String(c.overdue), String(c.quiet), c.progress.map(String.init) ?? "", c.url,
                         c.answers.joined(separator: " "), opt(c.future_generations), opt(c.body)]]
            }
        case .updates:
            rows(m.commitments) { commitment, _ in
                // The updates as `commitmentData` gives them, without reading the commitment's body.
                (p.commitmentStates[commitment.id]?.updates ?? []).map { u in
                    [commitment.id, u.date.description, opt(u.status?.rawValue), u.progress.map(String.init) ?? "", u.note.text]
                }
            }
        case .ratings:
            rows(p.assessments) { assessment, bodies in
                let a = assessmentData(assessment, p, base: base, bodies: bodies)
                return a.ratings.map { r in
                    [a.id, a.date, a.period, r.question, r.rating.map(String.init) ?? "", r.change, opt(r.evidence), opt(r.next_steps)]
                }
            }
        case .celebrations:
            rows(p.celebrations) { celebration, bodies in
                let c = celebrationData(celebration, p, base: base, bodies: bodies)
                return [[c.id, c.title, c.date, c.outcomes.joined(separator: " "), c.commitments.joined(separator: " "),
                         c.partners.joined(separator: " "), opt(c.area), opt(c.image), c.url, opt(c.body)]]
            }
        case .conversations:
            rows(m.conversations) { conversation, bodies in
                let c = conversationData(conversation, p, base: base, bodies: bodies)
                return [[c.id, c.title, c.start, opt(c.end), c.place, opt(c.area), opt(c.format), String(c.upcoming),
                         c.hosts.joined(separator: " "), c.outcomes.joined(separator: " "),
                         c.access.joined(separator: " "), c.led_to.joined(separator: " "), c.attendance_total.map(String.init) ?? "", c.url,
                         opt(c.heard), opt(c.missing), opt(c.body)]]
            }
        case .partners:
            rows(m.partners) { partner, bodies in
                let d = partnerData(partner, p, base: base, bodies: bodies)
                return [[d.id, d.name, d.kind, d.side, opt(d.website), d.url, opt(d.body)]]
            }
        case .areas:
            rows(m.site.areas) { area, bodies in
                let d = areaData(area, p, base: base, bodies: bodies)
                return [[d.id, d.name, opt(d.summary), opt(d.boundary), d.url, opt(d.body)]]
            }
        case .communityAssets:
            rows(m.communityAssets) { asset, bodies in
                let d = assetData(asset, p, base: base, bodies: bodies)
                return [[d.id, d.name, d.kind, opt(d.area), opt(d.address), d.latitude.map { "\($0)" } ?? "", d.longitude.map { "\($0)" } ?? "",
                         d.features.joined(separator: " "), opt(d.contact), opt(d.website), d.partners.joined(separator: " "),
                         d.outcomes.joined(separator: " "), d.url, opt(d.summary), opt(d.body)]]
            }
        }
    }

    /// A cell that may be empty.
    private static func opt(_ text: String?) -> String { text ?? "" }
}

/// Reads entry bodies for one open-data file (`EntryBody.text()`), and keeps what it could
/// not read as it was checked, for the file's stream to report: such a file is not published.
final class BodyReading {
    private(set) var problems: [Diagnostic] = []

    /// The body as its editor wrote it, or nil when it is blank or could not be read back.
    func text(_ body: EntryBody) -> String? {
        guard !body.isBlank else { return nil }
        switch body.text() {
        case .success(let text): return text
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }
}
