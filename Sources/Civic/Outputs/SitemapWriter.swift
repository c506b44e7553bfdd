/// `sitemap.xml` and `robots.txt`. Each page's `lastmod` is the latest date its content
/// gives on or before the as-of date (an update, a celebration, a review, a conversation
/// held); a page whose content gives no date has none, rather than a made-up one.
enum SitemapWriter {
    /// Every page of the site; for a site in several languages (`languages`), every page in
    /// each language, each with its alternates in all of them (`xhtml:link`, as search
    /// engines read them).
    static func sitemap(pages: [String], baseURL: String, lastModified: [String: Day] = [:],
                        languages: LanguageLinks = LanguageLinks()) -> OutputFile.Contents {
        let several = !languages.languages.isEmpty
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (several ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n")
        let bases = several ? languages.languages.map(\.baseURL) : [baseURL]
        for base in bases {
            for path in pages.sorted() where path.hasSuffix("/") || path.isEmpty {
                xml += "  <url><loc>\(FeedWriter.x(base + path))</loc>"
                if let day = lastModified[path] { xml += "<lastmod>\(day)</lastmod>" }
                for link in several ? languages.links(for: path) : [] {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(link.lang)\" href=\"\(FeedWriter.x(link.absoluteURL))\"/>"
                }
                if several, let fallback = languages.defaultURL(for: path) {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(FeedWriter.x(fallback))\"/>"
                }
                xml += "</url>\n"
            }
        }
        xml += "</urlset>\n"
        return .bytes(Array(xml.utf8))
    }

    static func robots(baseURL: String) -> OutputFile.Contents {
        .bytes(Array("User-agent: *\nAllow: /\nSitemap: \(Route.sitemap.url(under: baseURL))\n".utf8))
    }

    /// The latest dated change of each page's content, at the as-of date.
    static func lastModified(_ p: ResolvedPartnership) -> [String: Day] {
        var dates: [String: Day] = [:]
        func note(_ route: Route, _ day: Day?) {
            let path = route.path
            guard let day, p.hasHappened(day) else { return }
            if dates[path].map({ $0 < day }) ?? true { dates[path] = day }
        }
        let m = p.model
        for c in m.commitments {
            let days = [c.start].compactMap { $0 } + c.updates.map(\.date)
            for day in days {
                note(.entry(.commitments, c.id), day)
                note(.section(.commitments), day)
                note(.section(.progress), day)
                for outcome in c.outcomes { note(.entry(.outcomes, outcome.id), day) }
                note(.entry(.partners, c.lead.id), day)
            }
        }
        for a in p.assessments {
            note(.entry(.assessments, a.id), a.date)
            note(.section(.assessments), a.date)
        }
        for c in p.celebrations {
            note(.entry(.celebrations, c.id), c.date)
            note(.section(.celebrations), c.date)
            for outcome in c.outcomes { note(.entry(.outcomes, outcome.id), c.date) }
        }
        for c in m.conversations {
            note(.entry(.conversations, c.id), c.start.day)
            note(.section(.conversations), c.start.day)
        }
        // The home page and the open data show all of it.
        let latest = dates.values.max()
        note(.home, latest)
        note(.section(.data), latest)
        note(.section(.outcomes), p.model.outcomes.compactMap { dates[Route.entry(.outcomes, $0.id).path] }.max())
        return dates
    }
}
