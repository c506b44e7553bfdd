import Mustache

/// Renders page plans through the theme's templates into HTML files.
enum PageRenderer {
    static func render(_ plans: [PagePlan], theme: Theme) -> [OutputFile] {
        Parallel.map(plans) { plan in
            let html = theme.library.render(plan.context, withTemplate: plan.template) ?? ""
            let path = plan.path.hasSuffix("/") || plan.path.isEmpty ? plan.path + "index.html" : plan.path
            return .text(path, html)
        }
    }
}
