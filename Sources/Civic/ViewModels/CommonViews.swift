/// A link to a page of the site.
struct LinkView: Sendable {
    var title: String
    var url: String
}

/// A date for a `<time datetime>` element: machine-readable and in the site's language.
struct DateView: Sendable {
    var iso: String
    var text: String
}

/// A status in words, with a CSS class and a shape, so that colour is never its only sign.
struct StatusView: Sendable {
    var key: String
    var label: String
    var symbol: String
}

struct NavItemView: Sendable {
    var title: String
    var url: String
    var current: Bool
}

struct ContactView: Sendable {
    var email: String?
    var phone: String?
    var address: String?
}

/// What every page's layout needs about the site.
struct SiteView: Sendable {
    var name: String
    var locality: String
    var summary: String
    var language: String
    var root: String
    var stylesheetURL: String
    var feedURL: String
    var dataURL: String
    var contact: ContactView?
    var licence: String?
}

/// What the layout needs about one page.
struct PageMeta: Sendable {
    var title: String
    var description: String
    /// Absolute URL of the page, for `<link rel=canonical>`.
    var canonicalURL: String
    var nav: [NavItemView]
    var breadcrumbs: [LinkView]
}

/// The whole context of one page: the site, the theme's words, the page and its content.
struct PageContext<Content: Sendable>: Sendable {
    var site: SiteView
    var t: [String: String]
    var page: PageMeta
    var content: Content
}

/// A page to render: where it goes, with which template, and what the template sees.
struct PagePlan: Sendable {
    var path: String
    var template: String
    var context: any Sendable
}
