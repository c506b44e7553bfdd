import Mustache

/// Renders page plans through the theme's templates into HTML files.
enum PageRenderer {
    /// The page's file, rendered when it is written.
    static func planned(_ plan: PagePlan, theme: Theme) -> PlannedFile {
        PlannedFile(path: outputPath(plan.path)) { .bytes(render(plan, theme: theme)) }
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

    static func outputPath(_ path: String) -> String {
        path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path
    }
}
