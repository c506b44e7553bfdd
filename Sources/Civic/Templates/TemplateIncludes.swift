import Mustache

/// Which templates include which (`{{>name}}`, and `{{<name}}` for a parent), to refuse a
/// theme in which a template includes itself, directly or through others: rendering it would
/// never end (it used to exhaust the stack and crash the build, and `civic serve` with it).
/// civic's view models are not recursive, so no theme needs such a loop.
enum TemplateIncludes {
    /// The names of the templates `template` includes, in the order written, read from
    /// swift-mustache's parsed tokens (see `TemplateCompiler` on why through `Mirror`).
    static func names(in template: MustacheTemplate) -> [String] {
        var names: [String] = []
        collect(template, into: &names)
        return names
    }

    private static func collect(_ value: Any, into names: inout [String]) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .enum, let payload = mirror.children.first, payload.label == "partial",
           let name = Mirror(reflecting: payload.value).children.first?.value as? String {
            names.append(name)
        }
        for child in mirror.children {
            collect(child.value, into: &names)
        }
    }

    /// Every loop in `graph` (template name -> names it includes), each once, as the chain of
    /// names from the first template of the loop in sorted order back to itself.
    static func cycles(_ graph: [String: [String]]) -> [[String]] {
        var found: [[String]] = []
        var reported: Set<Set<String>> = []
        for start in graph.keys.sorted() {
            var path: [String] = [start]
            var onPath: Set<String> = [start]
            var visited: Set<String> = []
            func visit(_ name: String) {
                for next in graph[name] ?? [] {
                    if next == start {
                        let members = Set(path)
                        if reported.insert(members).inserted, members.min() == start { found.append(path + [start]) }
                    } else if !onPath.contains(next), !visited.contains(next), graph[next] != nil {
                        path.append(next)
                        onPath.insert(next)
                        visit(next)
                        onPath.remove(next)
                        path.removeLast()
                        visited.insert(next)
                    }
                }
            }
            visit(start)
        }
        return found
    }
}
