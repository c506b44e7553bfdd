import Mustache

/// Renders page plans through the theme's templates into HTML files.
enum PageRenderer {
    /// The page at `route`: its view model made, its Markdown rendered and checked, and the
    /// whole laid out through the theme, all at once; the view model is let go on return.
    static func produce(_ route: Route, in c: OutputContext) -> Produced {
        var builder = c.pages
        guard let page = builder.page(route) else { return .unplanned(route) }
        return Produced(.bytes(render(page, theme: c.theme)), diagnostics: builder.diagnostics)
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
