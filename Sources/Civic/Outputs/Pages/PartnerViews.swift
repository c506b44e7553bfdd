final class PartnerCardView: Sendable {
    let name: String
    let url: String
    let kind: String
    let side: String

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(name: String, url: String, kind: String, side: String, lang: String? = nil) {
        self.lang = lang
        self.name = name
        self.url = url
        self.kind = kind
        self.side = side
    }
}

final class PartnerIndexView: Sendable {
    let partners: [PartnerCardView]

    init(partners: [PartnerCardView]) {
        self.partners = partners
    }
}

final class PartnerPageView: Sendable {
    let name: String
    let kind: String
    let side: String
    let website: String?
    let logo: ImageView?
    let bodyHTML: String?
    let leadsOutcomes: [LinkView]
    let leadsCommitments: [CommitmentCardView]
    let partnerIn: [CommitmentCardView]
    let celebrated: [DatedLinkView]
    let hosts: [DatedLinkView]

    init(name: String, kind: String, side: String, website: String?, logo: ImageView?, bodyHTML: String?, leadsOutcomes: [LinkView], leadsCommitments: [CommitmentCardView], partnerIn: [CommitmentCardView], celebrated: [DatedLinkView], hosts: [DatedLinkView]) {
        self.name = name
        self.kind = kind
        self.side = side
        self.website = website
        self.logo = logo
        self.bodyHTML = bodyHTML
        self.leadsOutcomes = leadsOutcomes
        self.leadsCommitments = leadsCommitments
        self.partnerIn = partnerIn
        self.celebrated = celebrated
        self.hosts = hosts
    }
}

extension ViewBuilder {
    func sideTitle(_ id: String) -> String {
        model.framework.sides.first { $0.id == id }?.title ?? id
    }

    func partnerIndexPage() -> PagePlan {
        let cards = model.partners.map {
            PartnerCardView(name: $0.name, url: url(.entry(.partners, $0.id)), kind: t["kind_\($0.kind.rawValue)"], side: sideTitle($0.side),
                            lang: $0.origin.titleLanguage)
        }
        return PagePlan(path: Route.section(.partners).path, template: Section.partners.template,
                        context: context(path: Route.section(.partners).path, title: t["nav_partners"], section: "partners",
                                         PartnerIndexView(partners: cards)))
    }

    mutating func partnerPage(_ partner: Partner) -> PagePlan {
        let crumbs = [LinkView(title: t["nav_partners"], url: url(.section(.partners)))]
        let id = partner.id
        let view = PartnerPageView(
            name: partner.name, kind: t["kind_\(partner.kind.rawValue)"], side: sideTitle(partner.side),
            website: partner.website, logo: image(partner.logo, alt: partner.logoAlt), bodyHTML: html(partner.origin.body),
            leadsOutcomes: (related.outcomesByLead[id] ?? []).compactMap { outcomeLink($0.id) },
            leadsCommitments: (related.commitmentsByLead[id] ?? []).map(commitmentCard),
            partnerIn: (related.commitmentsByPartner[id] ?? []).map(commitmentCard),
            celebrated: (related.celebrationsByPartner[id] ?? []).map(celebrationLink),
            hosts: (related.conversationsByHost[id] ?? []).map(conversationLink))
        let path = Route.entry(.partners, id).path
        return PagePlan(path: path, template: Section.partners.entryTemplate!,
                        context: context(path: path, title: partner.name, section: "partners", crumbs: crumbs,
                                         provenance: p.provenance(of: partner.origin), view))
    }
}
