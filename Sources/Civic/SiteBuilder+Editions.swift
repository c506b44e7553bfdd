import Foundation

extension SiteBuilder {
    /// An archived edition read from git and resolved, ready to be planned under `archive/TAG/`.
    struct BuiltEdition: Sendable {
        var edition: Edition
        var site: ResolvedSite
        var plan: SitePlan
        /// Where its files were read into, removed once nothing needs them.
        var folder: TemporaryFolder
    }

    /// Each edition `site.yml` lists, read from git at its tag and resolved as of the tag's
    /// date, at the current site's address under `archive/TAG/`. A tag git does not have
    /// is an error at its line of `site.yml`; an edition whose content today's civic cannot
    /// build is left out, with a warning at the same line.
    static func buildEditions(of settings: SiteSettings, siteFolder: URL, cache: EditionCache? = nil) -> (editions: [BuiltEdition], diagnostics: [Diagnostic]) {
        var built: [BuiltEdition] = []
        var diagnostics: [Diagnostic] = []
        var kept: [String: BuiltEdition] = [:]
        defer { cache?.keep(kept) }
        for tag in settings.editions {
            let edition: Edition
            switch EditionReader.find(tag: tag.id, siteFolder: siteFolder) {
            case .success(let found): edition = found
            case .failure(let problem):
                diagnostics.append(editionProblem(problem, tag: tag, siteFolder: siteFolder))
                continue
            }
            let key = EditionCache.key(edition, baseURL: settings.baseURL)
            if let known = cache?.edition(for: key) {
                built.append(known)
                kept[key] = known
                continue
            }
            let folder = TemporaryFolder(prefix: "civic-edition")
            if case .failure(let problem) = EditionReader.export(edition, siteFolder: siteFolder, into: folder.url) {
                diagnostics.append(editionProblem(problem, tag: tag, siteFolder: siteFolder))
                continue
            }
            let resolved = resolve(siteFolder: folder.url, asOf: edition.date, adjust: { site in
                site.baseURL = settings.baseURL + Route.archiveFolder + edition.tag + "/"
                // An edition is kept as it was: nothing in it is to be edited, and it lists no editions of its own.
                site.repository = nil
                site.editions = []
            })
            guard let site = resolved.value else {
                let first = resolved.diagnostics.first { $0.severity == .error }
                diagnostics.append(.warning(tag.location, "the edition '\(tag.id)' of \(edition.date) cannot be built by this version of civic, so it is left out"
                                                + (first.map { ": \($0.location): \($0.message)" } ?? ""),
                                            hint: "take it out of 'editions', or publish it with the version of civic it was made with"))
                continue
            }
            let made = BuiltEdition(edition: edition, site: site, plan: site.plan(), folder: folder)
            built.append(made)
            kept[key] = made
        }
        return (built, diagnostics)
    }

    private static func editionProblem(_ problem: EditionReader.Problem, tag: Reference, siteFolder: URL) -> Diagnostic {
        switch problem {
        case .noGit:
            return .error(tag.location, "civic reads the edition '\(tag.id)' with git, which it cannot find on this machine",
                          hint: "install git, or take 'editions' out of site.yml")
        case .notInRepository:
            return .error(tag.location, "the site is not in a git repository, so it has no edition '\(tag.id)'",
                          hint: "editions are git tags: take 'editions' out of site.yml, or build from a clone of the repository")
        case .missingTag:
            let tags = Git.run(["tag", "--list"], in: siteFolder).map { $0.text.split(separator: "\n").map(String.init) } ?? []
            return .error(tag.location, "there is no git tag '\(tag.id)'",
                          hint: Suggestions.hint(for: tag.id, in: tags)
                              ?? "make it with 'git tag \(tag.id) COMMIT' (and fetch tags in CI), or take it out of 'editions'")
        case .gitFailed(let message):
            return .error(tag.location, "\(message)")
        }
    }

    /// The files of an edition, under `archive/TAG/`: every file of its plan but those only
    /// the site's top may have (the sitemap and robots.txt). What making one finds is said as a
    /// warning naming the edition: an edition is published as it was.
    static func editionFiles(_ built: BuiltEdition, currentRoot: String, currentPages: Set<String>) -> [PlannedFile] {
        let context = OutputContext(built.site, plan: built.plan,
                                    archive: ArchiveLinks(banner: .init(edition: built.edition, currentRoot: currentRoot, currentPages: currentPages)),
                                    keeps: built.folder)
        let folder = Route.archiveFolder + built.edition.tag + "/"
        let tag = built.edition.tag
        return built.plan.routes.filter { $0 != .sitemap && $0 != .robots }.map { route in
            PlannedFile(path: folder + route.filePath) {
                var made = Producers.produce(route, in: context)
                made.diagnostics = made.diagnostics.map { found in
                    .warning(SourceLocation(path: "\(tag):\(found.location.path)", line: found.location.line, column: found.location.column),
                             found.message, hint: found.hint)
                }
                return made
            }
        }
    }
}

/// A folder made for one build and removed when the last reference to it goes.
final class TemporaryFolder: Sendable {
    let url: URL

    init(prefix: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
