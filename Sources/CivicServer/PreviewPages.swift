import Civic

/// What the preview adds to pages: the reload script, and the diagnostics of a broken build.
enum PreviewPages {
    /// Reloads the page when the site was rebuilt. Only the preview has it; built sites have no script.
    static let reloadScript = """
    <script>new EventSource("\(PreviewServer.eventsPath)").addEventListener("reload", function () { location.reload(); });</script>
    """

    static func inject(into page: String, diagnostics: [Diagnostic]) -> String {
        var page = page
        if diagnostics.contains(where: { $0.severity == .error }),
           let bodyTag = page.range(of: "<body>") {
            page.insert(contentsOf: banner(diagnostics), at: bodyTag.upperBound)
        }
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: reloadScript, at: end.lowerBound)
        } else {
            page += reloadScript
        }
        return page
    }

    /// Every diagnostic, as an alert at the top of the page.
    static func banner(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        var html = "<section role=\"alert\" aria-labelledby=\"civic-problems\" style=\"border:4px solid #b00020;background:#fff4f4;color:#1b1b1b;padding:1rem;margin:0;font:1rem/1.5 system-ui,sans-serif\">"
        html += "<h2 id=\"civic-problems\" style=\"margin-top:0\">The content has \(errors) error\(errors == 1 ? "" : "s"): this preview shows the last version that built</h2><ol>"
        for d in diagnostics {
            html += "<li><strong>\(escape(d.severity.rawValue))</strong> in <code>\(escape(d.location.description))</code>: \(escape(d.message))"
            if let hint = d.hint { html += "<br><em>\(escape(hint))</em>" }
            html += "</li>"
        }
        return html + "</ol></section>"
    }

    /// The page shown when no build has succeeded yet.
    static func errorPage(_ diagnostics: [Diagnostic]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>The site does not build yet – civic preview</title></head>
        <body><main>\(banner(diagnostics))<h1>The site could not be built</h1><p>Fix the problems above and save: this page reloads by itself.</p></main>\(reloadScript)</body></html>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func contentType(for path: String) -> String {
        let types = [
            "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "xml": "application/xml",
            "json": "application/json", "csv": "text/csv; charset=utf-8", "ics": "text/calendar; charset=utf-8",
            "txt": "text/plain; charset=utf-8", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
            "gif": "image/gif", "svg": "image/svg+xml", "webp": "image/webp", "pdf": "application/pdf",
        ]
        let ext = path.split(separator: ".").last.map { String($0).lowercased() } ?? ""
        if path == "feed.xml" { return "application/atom+xml" }
        return types[ext] ?? "application/octet-stream"
    }
}
