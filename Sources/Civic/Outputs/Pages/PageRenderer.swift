import Foundation
import Mustache

/// Renders page plans through the theme's templates into HTML files.
enum PageRenderer {
    /// Held while one of the pages that list every commitment is made (see `isStreamed`).
    private static let largePage = NSLock()

    /// The page at `route`: its view model made, its Markdown rendered and checked, and the
    /// whole laid out through the theme, all at once; the view model is let go on return.
    static func produce(_ route: Route, in c: OutputContext) -> Produced {
        if isStreamed(route), case .success(let renderer) = c.theme.compiled {
            return Produced(.stream(ByteStream { sink in
                largePage.withLock {
                    var builder = c.pages
                    guard let page = builder.page(route) else {
                        Produced.unplanned(route).diagnostics.forEach(sink.report)
                        return
                    }
                    if let root = TemplateValue.dynamic(page.context) {
                        _ = renderer.render(page.template, root: root, handingOn: { sink.write($0) })
                    } else {
                        sink.write(render(page, theme: c.theme))
                    }
                    builder.diagnostics.forEach(sink.report)
                }
            }))
        }
        var builder = c.pages
        guard let page = builder.page(route) else { return .unplanned(route) }
        return Produced(.bytes(render(page, theme: c.theme)), diagnostics: builder.diagnostics)
    }

    /// The pages that list every commitment: tens of megabytes each at 100,000 entries, so
    /// they are written as they are rendered, in pieces, rather than held whole. Their view
    /// models (50,000 rows) are built when the stream is made, and one such page is made
    /// at a time (`largePage`), so that two are never held at once.
    static func isStreamed(_ route: Route) -> Bool {
        switch route {
        case .section(.commitments, _), .commitmentsByPartner, .commitmentsByOutcome, .commitmentsByArea, .section(.progress, _): true
        default: false
        }
    }

    /// The page through civic's compiled renderer when the theme compiled, otherwise
    /// through swift-mustache; both give the same bytes (tests compare them).
    static func render(_ plan: PagePlan, theme: Theme) -> [UInt8] {
        if case .success(let renderer) = theme.compiled, let root = TemplateValue.dynamic(plan.context) {
            return renderer.render(plan.template, root: root) ?? []
        }
        return interpreted(plan, theme: theme)
    }

    /// The page through swift-mustache's interpreter.
    static func interpreted(_ plan: PagePlan, theme: Theme) -> [UInt8] {
        Array((theme.library.render(plan.context, withTemplate: plan.template) ?? "").utf8)
    }
}
