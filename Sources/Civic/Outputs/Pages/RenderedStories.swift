/// The celebrations' stories, each rendered the first time a page asks for it and kept, in
/// a site small enough to hold them. A story is shown whole on its own page and on a page of
/// the celebrations index, and its opening words are the summary of its entry in the feed:
/// rendered for each of the three, stories were a third of the work of a build. Rendered on
/// demand, the preview makes only the story of the page a browser asks for. In a site whose
/// bodies are read again from disk (see `EntryBody`), nothing is held here and each output
/// renders the story it needs, so memory stays bounded.
struct RenderedStories: Sendable {
    struct Rendering: Sendable {
        /// The HTML, with headings from level 2 and internal links rewritten.
        let html: String
        /// The links that point at nothing or could run code, for the page to report.
        let broken: [MarkdownRenderer.BrokenLink]
        /// The words of the first block, as `MarkdownRenderer().plainText(_:firstParagraph: true)` gives them.
        let opening: String
    }

    /// The heading level the HTML starts at: a story's own page and the index both use it.
    static let headingBase = 2

    /// Where each story held in memory starts; empty for a site whose bodies stay on disk.
    private let stories: Set<SourceLocation>
    private let made = Memo<SourceLocation, Rendering>()
    private let renderer: MarkdownRenderer
    private let cache: MarkdownCache?
    private let internalLink: @Sendable (String) -> String?

    init() {
        (stories, renderer, cache, internalLink) = ([], MarkdownRenderer(), nil, { _ in nil })
    }

    /// The stories among `bodies` that are held in memory, to be rendered with `renderer`
    /// (or taken from `cache`) when asked for; bodies kept on disk are left out.
    init(_ bodies: [EntryBody], renderer: MarkdownRenderer, cache: MarkdownCache? = nil,
         internalLink: @escaping @Sendable (String) -> String?) {
        var renderer = renderer
        renderer.headingBase = Self.headingBase
        self.renderer = renderer
        self.cache = cache
        self.internalLink = internalLink
        stories = Set(bodies.compactMap { body in
            guard !body.isBlank, case .kept = body.storage else { return nil }
            return body.location
        })
    }

    /// The rendering of `body`, if it is one of the stories (a body is found by where it starts).
    func rendering(of body: EntryBody) -> Rendering? {
        guard !stories.isEmpty, case .kept(let text) = body.storage, stories.contains(body.location) else { return nil }
        BodyReads.note(body.location.path)
        return made.value(for: body.location) {
            if let cache {
                let rendered = cache.render(text, with: renderer, opening: true, internalLink: internalLink)
                return Rendering(html: rendered.html, broken: rendered.broken, opening: rendered.opening ?? "")
            }
            let (html, broken, opening) = renderer.renderWithOpening(text, internalLink: internalLink)
            return Rendering(html: html, broken: broken, opening: opening)
        }
    }
}
