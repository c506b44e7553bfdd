import Mustache
import Synchronization
import Yams

/// The templates, translations and assets a site is rendered with: the default theme
/// built into civic, overridden file by file by the site's own `templates/` folder.
struct Theme: Sendable {
    var library: MustacheLibrary
    /// The same templates compiled for civic's renderer, or why they could not be (then
    /// swift-mustache renders them).
    var compiled: Result<TemplateRenderer, TemplateCompiler.Unsupported>
    var translations: Translations
    /// Files published as they are, by path under the site (`assets/style.css`).
    var assets: [String: [UInt8]]
    /// The stylesheet each chart image carries inside it (`chart.css`).
    var chartStyle: String

    /// Templates every theme must provide (a site may override any of them).
    static var requiredTemplates: [String] { Section.requiredTemplates }

    /// The theme last loaded, with what it was loaded from.
    private static let lastLoaded = Mutex<(overrides: [String: [UInt8]], language: String, theme: StageResult<Theme>)?>(nil)

    /// Builds the theme for a site in `language`, reporting template syntax errors and
    /// missing templates with their file and line. The same files and language give the
    /// same theme, so the last one is kept and given again: the preview rebuilds the site on
    /// every save, and parsing and compiling the templates was a third of each rebuild of
    /// the example site.
    static func load(overrides: [String: [UInt8]], language: String) -> StageResult<Theme> {
        if let last = lastLoaded.withLock({ $0 }), last.language == language, last.overrides == overrides {
            return last.theme
        }
        let theme = make(overrides: overrides, language: language)
        lastLoaded.withLock { $0 = (overrides, language, theme) }
        return theme
    }

    private static func make(overrides: [String: [UInt8]], language: String) -> StageResult<Theme> {
        var files: [String: (bytes: [UInt8], origin: String)] = [:]
        for (path, text) in DefaultTheme.files { files[path] = (Array(text.utf8), "(built-in theme)/\(path)") }
        for (path, bytes) in overrides { files[path] = (bytes, "templates/\(path)") }

        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var compiledTemplates: [String: [TemplateStep]] = [:]
        var unsupported: TemplateCompiler.Unsupported?
        HTMLEscaping.registered
        var assets: [String: [UInt8]] = [:]
        var includes: [String: [String]] = [:]
        var chartStyle = ""
        // Each template is parsed, read for its includes and compiled on every core (on one,
        // a twentieth of the processor time of a build after one story changed at 10,000
        // entries); what they give is then taken in the order of their paths.
        let templatePaths = files.keys.filter { $0.hasSuffix(".mustache") }.sorted()
        let read = Parallel.map(templatePaths.map { ($0, files[$0]!) }) { path, file in
            TemplateRead(path: path, bytes: file.bytes, origin: file.origin)
        }
        for template in read {
            diagnostics += template.diagnostics
            guard let parsed = template.template else { continue }
            library.register(parsed, named: template.name)
            includes[template.name] = template.includes
            switch template.compiled {
            case .success(let steps): compiledTemplates[template.name] = steps
            case .failure(let error) where unsupported == nil:
                unsupported = TemplateCompiler.Unsupported(description: "\(template.origin): \(error)")
                // Said once, at the first template civic cannot compile: the whole theme is
                // then rendered by swift-mustache's interpreter.
                diagnostics.append(.warning(SourceLocation(path: template.origin),
                                            "this template uses \(error), which civic's fast renderer does not do, so the site is rendered by the slower Mustache interpreter",
                                            hint: "the pages come out the same; remove it to build faster"))
            case .failure: break
            }
        }
        for path in files.keys.sorted() where !path.hasSuffix(".mustache") {
            let bytes = files[path]!.bytes
            if path.hasPrefix("assets/") {
                assets[path] = bytes
            } else if path == "chart.css" {
                chartStyle = String(decoding: bytes, as: UTF8.self)
            }
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil && !diagnostics.contains(where: {
            $0.location.path.hasSuffix("/\(name).mustache")
        }) {
            diagnostics.append(.error(SourceLocation(path: "templates/\(name).mustache"), "the template '\(name)' is missing"))
        }

        for cycle in TemplateIncludes.cycles(includes) {
            let origin = files["\(cycle[0]).mustache"]?.origin ?? "templates/\(cycle[0]).mustache"
            let chain = cycle.joined(separator: " -> ")
            diagnostics.append(.error(SourceLocation(path: origin),
                                      cycle.count == 2 ? "the template '\(cycle[0])' includes itself" : "the template '\(cycle[0])' includes itself through others: \(chain)",
                                      hint: "remove the {{>\(cycle[cycle.count - 1])}} (or {{<\(cycle[cycle.count - 1])}}) from \(files["\(cycle[cycle.count - 2]).mustache"]?.origin ?? cycle[cycle.count - 2]); a template cannot contain itself"))
        }

        let loaded = Translations.load(language: language, files: files.mapValues { ($0.bytes, $0.origin) })
        let (translations, translationDiagnostics) = (loaded.value, loaded.diagnostics)
        diagnostics += translationDiagnostics
        guard let translations, !diagnostics.contains(where: { $0.severity == .error }) else { return StageResult(nil, diagnostics) }
        let compiled: Result<TemplateRenderer, TemplateCompiler.Unsupported> =
            if let unsupported { .failure(unsupported) } else { .success(TemplateRenderer(templates: compiledTemplates)) }
        return StageResult(Theme(library: library, compiled: compiled, translations: translations, assets: assets, chartStyle: chartStyle), diagnostics)
    }
}

/// One template file of a theme, parsed, read for the templates it includes and compiled.
private struct TemplateRead: Sendable {
    let name: String
    let origin: String
    let template: MustacheTemplate?
    let includes: [String]
    /// The compiled steps, or what civic's compiler does not do.
    let compiled: Result<[TemplateStep], TemplateCompiler.Unsupported>
    let diagnostics: [Diagnostic]

    init(path: String, bytes: [UInt8], origin: String) {
        name = String(path.dropLast(".mustache".count))
        self.origin = origin
        let text = HTMLEscaping.pragma + String(decoding: bytes, as: UTF8.self)
        do {
            let template = try MustacheTemplate(string: text)
            self.template = template
            includes = TemplateIncludes.names(in: template)
            do {
                compiled = .success(try TemplateCompiler.compile(template))
            } catch {
                compiled = .failure(error)
            }
            diagnostics = []
            return
        } catch let error as MustacheTemplate.ParserError {
            // The pragma's line comes first, so the template's own lines are one further on.
            diagnostics = [.error(SourceLocation(path: origin, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                                  "template syntax: \(error.error)")]
        } catch {
            diagnostics = [.error(SourceLocation(path: origin), "template syntax: \(error)")]
        }
        (template, includes, compiled) = (nil, [], .failure(TemplateCompiler.Unsupported(description: "")))
    }
}
