import Foundation

/// The partnership itself, from `content/site.yml`.
public struct SiteSettings: Sendable {
    public struct Contact: Sendable {
        public var email: String?
        public var phone: String?
        public var address: String?
    }

    public struct Pillar: Sendable, Hashable {
        public var id: String
        /// Nil for a default pillar, whose title comes from the theme's translations.
        public var title: String?
    }

    /// The three pillars of the triple bottom line, used when site.yml names none.
    public static let defaultPillars: [Pillar] = ["environment", "economy", "social-justice"].map { Pillar(id: $0, title: nil) }

    public struct Area: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    /// One of a list the site can extend (the kinds of community asset, their accessibility
    /// features): a built-in one's name comes from the theme's translations.
    public struct Choice: Sendable, Hashable {
        public var id: String
        /// Nil for a built-in choice, named by the theme (`asset_kind_venue`).
        public var name: String?
    }

    /// Where the site's files are kept in git, for "Edit this page" links (`repository:`).
    public struct Repository: Sendable {
        /// The kinds of host whose web editor civic knows the address of.
        public enum Host: String, Sendable, CaseIterable {
            case github, gitlab, gitea, forgejo
        }

        /// The edit address of a file: `{path}` is its path in the repository, `{branch}` the branch.
        public var editPattern: String
        public var branch: String
        /// Where the site folder sits in the repository: "" at the top, else ending in `/`.
        public var folder: String

        /// The pattern of a host's web editor, for a repository at `url` (no `/` at its end).
        public static func editPattern(host: Host, url: String) -> String {
            switch host {
            case .github: return url + "/edit/{branch}/{path}"
            case .gitlab: return url + "/-/edit/{branch}/{path}"
            case .gitea, .forgejo: return url + "/_edit/{branch}/{path}"
            }
        }

        /// The host a repository's address names, where it is one of the big public ones.
        public static func host(of url: String) -> Host? {
            let lower = url.lowercased()
            for (domain, host) in [("github.com", Host.github), ("gitlab.com", .gitlab), ("codeberg.org", .forgejo)]
            where lower.hasPrefix("https://\(domain)/") || lower.hasPrefix("http://\(domain)/") {
                return host
            }
            return nil
        }

        /// The web editor's address for a file, given by its path relative to the site folder.
        public func editURL(for path: String) -> String {
            let inRepository = (folder + path).addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? folder + path
            let branch = self.branch.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? self.branch
            return editPattern.replacingOccurrences(of: "{branch}", with: branch)
                .replacingOccurrences(of: "{path}", with: inRepository)
        }

        /// What may stay as it is in a path of a URL: unreserved characters and `/`.
        private static let pathCharacters = CharacterSet(charactersIn:
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
    }

    public var name: String
    public var locality: String
    public var summary: String
    /// Always ends with `/`.
    public var baseURL: String
    public var language: String
    public var licence: String?
    public var timezone: String
    /// How long a conversation lasts when its entry gives no end, in minutes (for calendars).
    public var conversationMinutes = 120
    public var contact: Contact
    public var pillars: [Pillar]
    public var areas: [Area]
    /// The kinds of community asset: the built-in ones, then the site's own (`asset_kinds`).
    public var assetKinds: [Choice] = CommunityAsset.builtInKinds.map { Choice(id: $0, name: nil) }
    /// The accessibility features of community assets: built-in, then the site's (`asset_features`).
    public var assetFeatures: [Choice] = CommunityAsset.builtInFeatures.map { Choice(id: $0, name: nil) }
    /// Section names and page ids, as written; nil for the default menu.
    public var navigation: [Reference]?
    /// Raw HTML in Markdown: off unless the site opts in.
    public var allowRawHTML: Bool
    /// Where the content is kept in git; nil when site.yml does not say.
    public var repository: Repository? = nil
    /// The git tags of the published editions, oldest first as written (`editions`): each is
    /// built from the content as committed at its tag, at `/archive/TAG/`.
    public var editions: [Reference] = []
    /// The site's languages, the default (`language`) first (`languages`): each other one is
    /// published under `/TAG/`, with the translations beside the entries (`ID.TAG.md`).
    public var languages: [String] = []
    /// On the site in another of its languages: the parts of `site.yml`'s text shown as
    /// written, with their language (`name`, `locality`, `summary`, `area:ID`, `pillar:ID`).
    public var untranslatedText: [String: String] = [:]
    /// On the site in another of its languages: the default language, which the text no
    /// translation gives is in (an update's note, a review's evidence, a figure's note).
    public var originalLanguage: String? = nil
    /// On the site in another of its languages, the language of the checklist's text when it
    /// is the site's own (framework.yml) rather than the built-in one in the page's language.
    public var frameworkLanguage: String? = nil

    /// The language of a part of `site.yml`'s text where it is not the pages' (see `untranslatedText`).
    public func textLanguage(of part: String) -> String? { untranslatedText[part] }

    /// The languages the site is published in: `languages`, or the one `language` when it
    /// lists none.
    public var publishedLanguages: [String] { languages.isEmpty ? [language] : languages }

    /// The folder a language's pages are published in: none for the default, else its tag
    /// in lower case (`es/`, `en-gb/`).
    public func languageFolder(_ tag: String) -> String {
        tag == publishedLanguages[0] ? "" : tag.lowercased() + "/"
    }

    /// The path part of `baseURL` (`/` or `/uk-sdg/`), which every internal link starts with.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[schemeEnd.upperBound...]
        guard let slash = afterHost.firstIndex(of: "/") else { return "/" }
        return String(afterHost[slash...])
    }
}
