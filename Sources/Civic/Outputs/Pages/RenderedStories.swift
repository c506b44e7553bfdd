/// The celebrations' stories rendered once, before any page is made, in a site small enough
/// to hold them. A story is shown whole on its own page and on a page of the celebrations
/// index, and its opening words are the summary of its entry in the feed: rendered for each
/// of the three, stories were a third of the work of a build. In a site whose bodies are
/// read again from disk (see `EntryBody`), nothing is held here and each output renders the
/// story it needs, so memory stays bounded.
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

    private let byLocation: [SourceLocation: Rendering]

    init() { byLocation = [:] }

    /// Renders every body held in memory, on every core, or takes its rendering from `cache`;
    /// bodies kept on disk are left out.
    init(_ bodies: [EntryBody], renderer: MarkdownRenderer, cache: MarkdownCache? = nil,
         internalLink: @escaping @Sendable (String) -> String?) {
        var renderer = renderer
        renderer.headingBase = Self.headingBase
        let kept: [(SourceLocation, String)] = bodies.compactMap { body in
            guard !body.isBlank, case .kept(let text) = body.storage else { return nil }
            return (body.location, text)
        }
        let rendered = Parallel.map(kept) { [renderer] (location, text) in
            if let cache {
                let made = cache.render(text, with: renderer, opening: true, internalLink: internalLink)
                return (location, Rendering(html: made.html, broken: made.broken, opening: made.opening ?? ""))
            }
            let (html, broken, opening) = renderer.renderWithOpening(text, internalLink: internalLink)
            return (location, Rendering(html: html, broken: broken, opening: opening))
        }
        byLocation = Dictionary(rendered, uniquingKeysWith: { first, _ in first })
    }

    /// The rendering of `body`, if it was rendered here (a body is found by where it starts).
    func rendering(of body: EntryBody) -> Rendering? {
        guard !byLocation.isEmpty, case .kept = body.storage else { return nil }
        return byLocation[body.location]
    }
}
