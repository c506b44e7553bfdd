import Mustache

/// Renders page plans through the theme's templates into HTML files.
enum PageRenderer {
    /// The page's file, rendered when it is written.
    static func planned(_ plan: PagePlan, theme: Theme) -> PlannedFile {
        PlannedFile(path: outputPath(plan.path)) { .bytes(Array(render(plan, theme: theme).utf8)) }
    }

    static func render(_ plan: PagePlan, theme: Theme) -> String {
        theme.library.render(plan.context, withTemplate: plan.template) ?? ""
    }

    static func outputPath(_ path: String) -> String {
        path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path
    }
}
