import Foundation

/// The Atom feed (RFC 4287): one entry per celebration, commitment update and review,
/// newest first, each dated at midnight of its day in the site's time zone.
enum FeedWriter {
    static let path = Route.feed.path

    /// An entry as far as the order of the feed needs it; its title and summary are made
    /// from `source` when it is written, so the 250,000 summaries of a large site are never
    /// all held at once.
    struct Entry {
        enum Source {
            case celebration(Int)
            /// A commitment's position in the model, and the update's in its resolved updates.
            case update(commitment: Int, update: Int)
            case review(Int)
        }

        var id: String
        var path: String
        var day: Day
        var source: Source
    }

    /// The entry ids of one commitment's updates, which must never change once published
    /// (a feed reader shows an entry with a new id as news): the commitment and the date,
    /// and where the commitment has several updates that day, a fingerprint of each one's
    /// note. Nothing depends on the order of the updates, so adding, removing or moving
    /// one leaves the ids of the others alone (but for a second update on the same day,
    /// which gives the first its fingerprint).
    static func updateIDs(commitment: String, _ updates: [(date: Day, note: String)]) -> [String] {
        var perDay: [Day: Int] = [:]
        for update in updates { perDay[update.date, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return updates.map { update in
            var id = "update-\(commitment)-\(update.date)"
            if perDay[update.date, default: 0] > 1 {
                id += "-" + String(String(format: "%016llx", ContentHash(Array(update.note.utf8)).high).prefix(12))
            }
            seen[id, default: 0] += 1
            // The same note twice on one day: told apart by how many came before it.
            return seen[id]! > 1 ? id + "-\(seen[id]!)" : id
        }
    }

    static func feed(_ p: ResolvedPartnership, translations t: Translations, stories: RenderedStories = RenderedStories()) -> OutputFile {
        OutputFile(path: path, contents: .bytes(ByteStream { feed(p, translations: t, stories: stories, into: $0) }.bytes()))
    }

    /// The feed, written into `sink` as it is made: at 100,000 entries it is 100 MB. A
    /// celebration's summary is the opening of its story, taken from `stories` when it was
    /// rendered there; an update's summary is kept in `cache` for the next build. `pieces`,
    /// when given, keeps each run of entries written for the next build, under `name` (the
    /// file's path) and the run's place.
    static func feed(_ p: ResolvedPartnership, translations t: Translations, stories: RenderedStories = RenderedStories(),
                     cache: MarkdownCache? = nil, pieces: KeptPieces? = nil, name: String = "feed.xml", into sink: ByteSink) {
        let site = p.model.site
        var entries: [Entry] = []
        for (index, c) in p.celebrations.enumerated() {
            entries.append(Entry(id: "celebration-\(c.id)", path: Route.entry(.celebrations, c.id).path, day: c.date, source: .celebration(index)))
        }
        for (index, commitment) in p.model.commitments.enumerated() {
            let updates = p.commitmentStates[commitment.id]?.updates ?? []
            let path = Route.entry(.commitments, commitment.id).path
            for (position, (update, id)) in zip(updates, updateIDs(commitment: commitment.id, updates.map { ($0.date, $0.note.text) })).enumerated() {
                entries.append(Entry(id: id, path: path, day: update.date, source: .update(commitment: index, update: position)))
            }
        }
        for (index, review) in p.assessments.enumerated() {
            entries.append(Entry(id: "review-\(review.id)", path: Route.entry(.assessments, review.id).path, day: review.date, source: .review(index)))
        }
        // Summaries are plain text (`type="text"`): the Markdown is read and its marks left out.
        let markdown = MarkdownRenderer()
        let notePurpose = "feed note\u{0}" + MarkdownCache.options(of: markdown)
        var problems: [Diagnostic] = []
        defer { problems.forEach(sink.report) }
        func titleAndSummary(_ source: Entry.Source) -> (title: String, summary: String) {
            switch source {
            case .celebration(let index):
                let c = p.celebrations[index]
                var opening = ""
                if let story = stories.rendering(of: c.origin.body) {
                    opening = story.opening
                } else {
                    switch c.origin.body.text() {
                    case .success(let text): opening = markdown.plainText(text, firstParagraph: true)
                    case .failure(let problem): problems.append(problem)
                    }
                }
                return (c.title, opening.isEmpty ? t["feed_celebration"] : opening)
            case .update(let index, let position):
                let commitment = p.model.commitments[index]
                let update = p.commitmentStates[commitment.id]!.updates[position]
                let note = update.note.text
                let summary = cache.map { $0.derived(notePurpose, from: note) { markdown.plainText(note) } } ?? markdown.plainText(note)
                return (t.format("feed_update", ["title": commitment.title]), summary)
            case .review(let index):
                let review = p.assessments[index]
                return (review.title, t.format("feed_review", ["period": review.period]))
            }
        }
        // Newest first; ties ordered by link, then id.
        entries.sort { ($0.day, $1.path, $1.id) > ($1.day, $0.path, $0.id) }
        let zone = TimeZone(identifier: site.timezone) ?? TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var stamps: [Day: String] = [:]
        func stamp(_ day: Day) -> String {
            if let known = stamps[day] { return known }
            let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
            let offset = zone.secondsFromGMT(for: date) / 60
            let sign = offset < 0 ? "-" : "+"
            let text = "\(day)T00:00:00\(sign)\(CalendarWriter.two(abs(offset) / 60)):\(CalendarWriter.two(abs(offset) % 60))"
            stamps[day] = text
            return text
        }
        let updated = entries.first.map { stamp($0.day) } ?? stamp(p.asOf)
        func add(_ text: String) { sink.write(text) }
        add("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(x(site.language))\">\n")
        add("  <title>\(x(site.name))</title>\n  <subtitle>\(x(site.summary))</subtitle>\n")
        add("  <id>\(x(site.baseURL))</id>\n  <updated>\(updated)</updated>\n")
        add("  <link rel=\"alternate\" type=\"text/html\" href=\"\(x(site.baseURL))\"/>\n")
        add("  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(x(site.baseURL))feed.xml\"/>\n")
        add("  <author><name>\(x(site.name))</name></author>\n")
        for start in stride(from: 0, to: entries.count, by: runSize) {
            let run = start..<min(start + runSize, entries.count)
            func write() -> (bytes: [UInt8], clean: Bool) {
                let before = problems.count
                var out = ""
                for entry in entries[run] {
                    let (title, summary) = titleAndSummary(entry.source)
                    out += "  <entry>\n    <title>\(x(title))</title>\n"
                    out += "    <id>\(x(site.baseURL))#\(x(entry.id))</id>\n"
                    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(x(site.baseURL + entry.path))\"/>\n"
                    out += "    <updated>\(stamp(entry.day))</updated>\n"
                    out += "    <summary>\(x(summary))</summary>\n  </entry>\n"
                }
                return (Array(out.utf8), problems.count == before)
            }
            sink.write(pieces?.bytes("\(name) \(run.lowerBound)-\(run.upperBound)", make: write) ?? write().bytes)
        }
        add("</feed>\n")
    }

    /// How many entries a kept piece holds (`KeptPieces`).
    static let runSize = 64

    /// XML text escaping; characters XML 1.0 cannot hold are dropped.
    static func x(_ text: String) -> String {
        // Most text holds no control character and no U+FFFE or U+FFFF (bytes EF BF BE/BF).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) { return HTMLText.escape(text) }
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.value == 0x9 || $0.value == 0xA || $0.value == 0xD || ($0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF)
        }))
        return HTMLText.escape(cleaned)
    }
}

/// `sitemap.xml` and `robots.txt`.
