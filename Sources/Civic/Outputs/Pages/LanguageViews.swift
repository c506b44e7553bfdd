/// The site's languages as its pages show them: `hreflang` alternates in each page's head,
/// the language switch, and the notice on a page whose entry is not translated yet.
struct LanguageLinks: Sendable {
    struct Language: Sendable {
        /// The tag (`es-CO`).
        var tag: String
        /// Its name in itself ("Español").
        var name: String
        /// Its pages' base path (`/alianza/en/`) and absolute address.
        var root: String
        var baseURL: String
    }

    /// Every language of the site, the default first; empty for a site in one language.
    var languages: [Language] = []
    /// The language of the pages being made.
    var current = ""

    init() {}

    init(settings: SiteSettings, current: String) {
        guard settings.publishedLanguages.count > 1 else { return }
        self.current = current
        languages = settings.publishedLanguages.map { tag in
            let folder = settings.languageFolder(tag)
            return Language(tag: tag, name: Self.name(of: tag), root: settings.basePath + folder, baseURL: settings.baseURL + folder)
        }
    }

    /// The same page in each language, for the switch and the head's alternates.
    func links(for path: String) -> [LanguageLinkView] {
        languages.map { language in
            LanguageLinkView(name: language.name, lang: language.tag, url: language.root + path,
                             absoluteURL: language.baseURL + path, current: language.tag == current)
        }
    }

    /// The address of `path` in the default language, the `x-default` alternate.
    func defaultURL(for path: String) -> String? { languages.first.map { $0.baseURL + path } }

    /// Languages' names in themselves, for the switch: a reader looks for their own.
    static let names: [String: String] = [
        "en": "English", "es": "Español", "cy": "Cymraeg", "ca": "Català", "eu": "Euskara", "gl": "Galego",
        "fr": "Français", "de": "Deutsch", "it": "Italiano", "pt": "Português", "nl": "Nederlands", "pl": "Polski",
        "ro": "Română", "ga": "Gaeilge", "gd": "Gàidhlig", "kw": "Kernewek", "so": "Soomaali", "tr": "Türkçe",
        "uk": "Українська", "ru": "Русский", "ar": "العربية", "ur": "اردو", "bn": "বাংলা", "pa": "ਪੰਜਾਬੀ",
        "gu": "ગુજરાતી", "hi": "हिन्दी", "zh": "中文", "vi": "Tiếng Việt", "ht": "Kreyòl ayisyen", "qu": "Runasimi",
        "gn": "Avañe'ẽ", "nah": "Nāhuatl", "mi": "Te Reo Māori",
    ]

    static func name(of tag: String) -> String {
        names[tag.split(separator: "-").first.map { $0.lowercased() } ?? tag] ?? tag
    }
}

/// One language of a page: its name in itself, marked with its `lang`.
final class LanguageLinkView: Sendable {
    let name: String
    let lang: String
    let url: String
    let absoluteURL: String
    let current: Bool

    init(name: String, lang: String, url: String, absoluteURL: String, current: Bool) {
        (self.name, self.lang, self.url, self.absoluteURL, self.current) = (name, lang, url, absoluteURL, current)
    }
}

/// On a page in one language whose entry has no translation into it: which language its
/// text is in, and a short notice in the reader's language.
final class UntranslatedNoticeView: Sendable {
    /// The original's language, for the `lang` of the entry's text, and its name in itself.
    let lang: String
    let name: String
    let text: String

    init(lang: String, name: String, text: String) {
        (self.lang, self.name, self.text) = (lang, name, text)
    }
}
