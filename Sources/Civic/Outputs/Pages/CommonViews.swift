import Mustache

/// A link to a page of the site.
final class LinkView: Sendable {
    let title: String
    let url: String
    /// The language of `title` where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, lang: String? = nil) {
        self.title = title
        self.url = url
        self.lang = lang
    }
}

/// A sentence of the theme's with a text of the content in it ("Download the figures for
/// {title} (CSV)"), kept in three parts so that the text can carry its own `lang` where it
/// is not in the page's language.
final class MarkedSentenceView: Sendable {
    let before: String
    let text: String
    let after: String
    let lang: String?
    /// A link the whole sentence is, when it is one.
    let url: String?

    init(before: String, text: String, after: String, lang: String?, url: String? = nil) {
        (self.before, self.text, self.after, self.lang, self.url) = (before, text, after, lang, url)
    }
}

/// A date for a `<time datetime>` element: machine-readable and in the site's language.
final class DateView: Sendable {
    let iso: String
    let text: String

    init(iso: String, text: String) {
        self.iso = iso
        self.text = text
    }
}

/// A status in words, with a CSS class and a shape, so that colour is never its only sign,
/// and a link to the glossary entry that says what it means.
final class StatusView: Sendable {
    let key: String
    let label: String
    let symbol: String
    let url: String

    init(key: String, label: String, symbol: String, url: String) {
        self.key = key
        self.label = label
        self.symbol = symbol
        self.url = url
    }
}

/// A percentage as a number for `<progress value>` and as the page's language writes it
/// ("60%", "60 %").
final class PercentView: Sendable {
    let value: Int
    let text: String

    init(value: Int, text: String) {
        self.value = value
        self.text = text
    }
}

final class NavItemView: Sendable {
    let title: String
    let url: String
    let current: Bool
    /// The language of `title` where it is not the page's: a page not translated yet.
    let lang: String?

    init(title: String, url: String, current: Bool, lang: String? = nil) {
        self.title = title
        self.url = url
        self.current = current
        self.lang = lang
    }
}

final class ContactView: Sendable {
    let email: String?
    let phone: String?
    let address: String?

    init(email: String?, phone: String?, address: String?) {
        self.email = email
        self.phone = phone
        self.address = address
    }
}

/// What every page's layout needs about the site.
final class SiteView: Sendable {
    let name: String
    let locality: String
    let summary: String
    let language: String
    let root: String
    let stylesheetURL: String
    let feedURL: String
    let dataURL: String
    let contact: ContactView?
    let licence: String?
    /// "Figures as of 1 November 2026": the date every status on the site is computed at.
    let asOf: String
    /// The page that explains the figures (`about-the-figures/`).
    let glossaryURL: String
    /// Every entry from A to Z (`search/`), linked from every page's header.
    let searchURL: String
    /// What made the site, with its version ("civic 0.1.0").
    let generator: String = CivicVersion.generator
    /// The list of the site's archived editions, when it has some.
    let archiveURL: String?
    /// The language of `name`, `locality` and `summary` on pages in another of the site's
    /// languages, where `site.yml`'s text is not translated into it; nil otherwise.
    let nameLang: String?
    let localityLang: String?
    let summaryLang: String?
    /// The language of the text no translation gives (an update's note, a review's evidence,
    /// a figure's note) on pages in another of the site's languages; nil otherwise.
    let originalLang: String?
    /// The language of the checklist's questions where it is not the page's.
    let frameworkLang: String?

    init(name: String, locality: String, summary: String, language: String, root: String, stylesheetURL: String,
         feedURL: String, dataURL: String, contact: ContactView?, licence: String?, asOf: String, glossaryURL: String,
         searchURL: String, archiveURL: String? = nil, textLanguages: [String: String] = [:], originalLang: String? = nil,
         frameworkLang: String? = nil) {
        (self.originalLang, self.frameworkLang) = (originalLang, frameworkLang)
        self.archiveURL = archiveURL
        (nameLang, localityLang, summaryLang) = (textLanguages["name"], textLanguages["locality"], textLanguages["summary"])
        (self.name, self.locality, self.summary, self.language, self.root) = (name, locality, summary, language, root)
        (self.stylesheetURL, self.feedURL, self.dataURL, self.contact, self.licence) = (stylesheetURL, feedURL, dataURL, contact, licence)
        self.asOf = asOf
        self.glossaryURL = glossaryURL
        self.searchURL = searchURL
    }
}

/// Where a page made from one content file comes from: "Edit this page" and "Last updated".
final class PageSourceView: Sendable {
    /// The file in the host's web editor, with `repository:` in site.yml.
    let editURL: String?
    /// The day the page's files were last changed in git.
    let updated: DateView?

    init(editURL: String?, updated: DateView?) {
        self.editURL = editURL
        self.updated = updated
    }
}

/// What the layout needs about one page.
final class PageMeta: Sendable {
    let title: String
    let description: String
    /// Absolute URL of the page, for `<link rel=canonical>`.
    let canonicalURL: String
    let nav: [NavItemView]
    let breadcrumbs: [LinkView]
    /// Nil for a page not made from one content file (an index, the home page).
    let source: PageSourceView?
    /// On a page of an archived edition: which edition it is, and the way to the current page.
    let edition: EditionNoticeView?
    /// On a current page: the same page in each archived edition that had it, oldest first.
    let earlierEditions: [LinkView]

    /// The same page in each of the site's languages, this one marked; empty for a site in one.
    let languages: [LanguageLinkView]
    /// The page in the site's default language, for `hreflang="x-default"`.
    let defaultLanguageURL: String?
    /// On a page whose entry has no translation into the page's language yet, or one that
    /// leaves parts of its text untranslated.
    let untranslated: UntranslatedNoticeView?
    /// The `lang` of each part of the entry's own text, where it differs from the page's.
    let titleLang: String?
    let summaryLang: String?
    let bodyLang: String?
    let futureGenerationsLang: String?
    let heardLang: String?
    let missingLang: String?

    /// The keys of the parts of an entry's text a page marks with their language.
    static let textParts = ["title", "name", "summary", "body", "future_generations", "heard", "missing"]

    init(title: String, description: String, canonicalURL: String, nav: [NavItemView], breadcrumbs: [LinkView],
         source: PageSourceView?, edition: EditionNoticeView? = nil, earlierEditions: [LinkView] = [],
         languages: [LanguageLinkView] = [], defaultLanguageURL: String? = nil, untranslated: UntranslatedNoticeView? = nil,
         partLanguages: [String: String] = [:]) {
        (self.title, self.description, self.canonicalURL, self.nav, self.breadcrumbs) = (title, description, canonicalURL, nav, breadcrumbs)
        self.source = source
        (self.edition, self.earlierEditions) = (edition, earlierEditions)
        (self.languages, self.defaultLanguageURL, self.untranslated) = (languages, defaultLanguageURL, untranslated)
        titleLang = partLanguages["title"] ?? partLanguages["name"]
        summaryLang = partLanguages["summary"]
        bodyLang = partLanguages["body"]
        futureGenerationsLang = partLanguages["future_generations"]
        heardLang = partLanguages["heard"]
        missingLang = partLanguages["missing"]
    }
}

/// The theme's words as templates see them (`{{t.feed}}`): one shared object whose lookup
/// is a plain dictionary read, cheaper for the template engine than a generic dictionary.
final class TranslationsView: Sendable, MustacheParent, TemplateObject {
    let strings: [String: String]

    init(_ strings: [String: String]) {
        self.strings = strings
    }

    func child(named key: String) -> Any? {
        strings[key]
    }

    func templateValue(for key: TemplateKey) -> TemplateValue? {
        strings[key.name].map { .text($0) }
    }
}

/// The whole context of one page: the site, the theme's words, the page and its content.
final class PageContext<Content: Sendable>: Sendable {
    let site: SiteView
    let t: TranslationsView
    let page: PageMeta
    let content: Content

    init(site: SiteView, t: TranslationsView, page: PageMeta, content: Content) {
        (self.site, self.t, self.page, self.content) = (site, t, page, content)
    }
}

/// A page to render: where it goes, with which template, and what the template sees.
final class PagePlan: Sendable {
    let path: String
    let template: String
    let context: any Sendable

    init(path: String, template: String, context: any Sendable) {
        self.path = path
        self.template = template
        self.context = context
    }
}
