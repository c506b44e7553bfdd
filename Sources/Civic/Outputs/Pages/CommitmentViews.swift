final class CommitmentCardView: Sendable {
    let title: String
    let url: String
    let lead: LinkView?
    let status: StatusView
    let due: DateView?
    let overdue: Bool
    let quiet: Bool
    let progress: PercentView?
    /// The language of `title` where it is not the page's: a commitment not translated yet.
    let lang: String?

    init(title: String, url: String, lead: LinkView?, status: StatusView, due: DateView?, overdue: Bool, quiet: Bool, progress: PercentView?,
         lang: String? = nil) {
        self.lang = lang
        self.title = title
        self.url = url
        self.lead = lead
        self.status = status
        self.due = due
        self.overdue = overdue
        self.quiet = quiet
        self.progress = progress
    }
}

final class CommitmentGroupView: Sendable {
    let id: String
    let title: String
    let url: String?
    let commitments: [CommitmentCardView]

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(id: String, title: String, url: String?, commitments: [CommitmentCardView], lang: String? = nil) {
        self.lang = lang
        self.id = id
        self.title = title
        self.url = url
        self.commitments = commitments
    }
}

final class CommitmentIndexView: Sendable {
    let heading: String
    let views: [LinkView]
    let groups: [CommitmentGroupView]
    let overdueCount: Int
    let quietCount: Int

    init(heading: String, views: [LinkView], groups: [CommitmentGroupView], overdueCount: Int, quietCount: Int) {
        self.heading = heading
        self.views = views
        self.groups = groups
        self.overdueCount = overdueCount
        self.quietCount = quietCount
    }
}

final class UpdateView: Sendable {
    let date: DateView
    let status: StatusView?
    let progress: PercentView?
    let noteHTML: String?

    init(date: DateView, status: StatusView?, progress: PercentView?, noteHTML: String?) {
        self.date = date
        self.status = status
        self.progress = progress
        self.noteHTML = noteHTML
    }
}

/// A conversation a commitment answers, with what residents said there.
final class HeardView: Sendable {
    let conversation: DatedLinkView
    let heardHTML: String?
    /// The language of what was heard where it is not the page's.
    let heardLang: String?

    init(conversation: DatedLinkView, heardHTML: String?, heardLang: String? = nil) {
        self.conversation = conversation
        self.heardHTML = heardHTML
        self.heardLang = heardLang
    }
}

final class CommitmentPageView: Sendable {
    let title: String
    let status: StatusView
    let lead: LinkView?
    let partners: [LinkView]
    let outcomes: [LinkView]
    let area: LinkView?
    let start: DateView?
    let due: DateView?
    let overdue: Bool
    let quiet: Bool
    let lastHeard: DateView?
    let progress: PercentView?
    let bodyHTML: String?
    let futureGenerationsHTML: String?
    let updates: [UpdateView]
    let celebrations: [DatedLinkView]
    /// Why we are doing this: the conversations it answers.
    let answers: [HeardView]

    init(title: String, status: StatusView, lead: LinkView?, partners: [LinkView], outcomes: [LinkView], area: LinkView?, start: DateView?, due: DateView?, overdue: Bool, quiet: Bool, lastHeard: DateView?, progress: PercentView?, bodyHTML: String?, futureGenerationsHTML: String?, updates: [UpdateView], celebrations: [DatedLinkView], answers: [HeardView]) {
        self.title = title
        self.status = status
        self.lead = lead
        self.partners = partners
        self.outcomes = outcomes
        self.area = area
        self.start = start
        self.due = due
        self.overdue = overdue
        self.quiet = quiet
        self.lastHeard = lastHeard
        self.progress = progress
        self.bodyHTML = bodyHTML
        self.futureGenerationsHTML = futureGenerationsHTML
        self.updates = updates
        self.celebrations = celebrations
        self.answers = answers
    }
}

extension ViewBuilder {
    /// The card of a commitment, made once and shared by every list it appears in (the
    /// four commitment indexes, its outcomes' and its partners' pages).
    func commitmentCard(_ commitment: Commitment) -> CommitmentCardView {
        cards.value(for: commitment.id) { makeCommitmentCard(commitment) }
    }

    func makeCommitmentCard(_ commitment: Commitment) -> CommitmentCardView {
        let state = p.commitmentStates[commitment.id]
        return CommitmentCardView(title: commitment.title, url: url(.entry(.commitments, commitment.id)),
                                  lead: partnerLink(commitment.lead.id), status: status(commitment.status),
                                  due: commitment.due.map(date), overdue: state?.overdue ?? false,
                                  quiet: state?.quiet ?? false, progress: state?.progress.map(percent),
                                  lang: commitment.origin.titleLanguage)
    }

    /// One of the commitment index pages: by status, partner, outcome or area.
    func commitmentIndexPage(_ route: Route) -> PagePlan {
        let all = model.commitments
        var views = [LinkView(title: t["by_status"], url: url(.section(.commitments))),
                     LinkView(title: t["by_partner"], url: url(.commitmentsByPartner)),
                     LinkView(title: t["by_outcome"], url: url(.commitmentsByOutcome))]
        if !model.site.areas.isEmpty { views.append(LinkView(title: t["by_area"], url: url(.commitmentsByArea))) }
        let overdue = all.filter { p.commitmentStates[$0.id]?.overdue == true }.count
        let quiet = all.filter { p.commitmentStates[$0.id]?.quiet == true }.count

        func index(_ route: Route, _ heading: String, _ groups: [CommitmentGroupView]) -> PagePlan {
            let path = route.path
            let crumbs = route == .section(.commitments) ? [] : [LinkView(title: t["nav_commitments"], url: url(.section(.commitments)))]
            let view = CommitmentIndexView(heading: heading, views: views, groups: groups.filter { !$0.commitments.isEmpty },
                                           overdueCount: overdue, quietCount: quiet)
            return PagePlan(path: path, template: Section.commitments.template,
                            context: context(path: path, title: heading, section: "commitments", crumbs: crumbs, view))
        }
        switch route {
        case .commitmentsByPartner:
            return index(route, t["commitments_by_partner"], model.partners.map { partner in
                CommitmentGroupView(id: partner.id, title: partner.name, url: url(.entry(.partners, partner.id)),
                                    commitments: (related.commitmentsByLeadOrPartner[partner.id] ?? []).map(commitmentCard),
                                    lang: partner.origin.titleLanguage)
            })
        case .commitmentsByOutcome:
            return index(route, t["commitments_by_outcome"], model.outcomes.map { outcome in
                CommitmentGroupView(id: outcome.id, title: outcome.title, url: url(.entry(.outcomes, outcome.id)),
                                    commitments: (related.commitmentsByOutcome[outcome.id] ?? []).map(commitmentCard),
                                    lang: outcome.origin.titleLanguage)
            })
        case .commitmentsByArea:
            return index(route, t["commitments_by_area"], model.site.areas.map { area in
                CommitmentGroupView(id: area.id, title: area.name, url: nil,
                                    commitments: (related.commitmentsByArea[area.id] ?? []).map(commitmentCard),
                                    lang: model.site.textLanguage(of: "area:\(area.id)"))
            })
        default:
            return index(.section(.commitments), t["nav_commitments"], Commitment.Status.allCases.map { s in
                CommitmentGroupView(id: s.rawValue, title: t["commitment_\(s.rawValue)"], url: nil,
                                    commitments: (related.commitmentsByStatus[s] ?? []).map(commitmentCard))
            })
        }
    }

    /// The conversations a commitment answers, each with what was heard there.
    mutating func answers(_ commitment: Commitment) -> [HeardView] {
        var views: [HeardView] = []
        for id in p.followUps.conversations[commitment.id] ?? [] {
            guard let position = entries.conversations[id] else { continue }
            let conversation = model.conversations[position]
            views.append(HeardView(conversation: conversationLink(conversation), heardHTML: html(conversation.heard, headingBase: 4),
                                   heardLang: conversation.origin.language(of: "heard")))
        }
        return views
    }

    mutating func commitmentPage(_ commitment: Commitment) -> PagePlan {
        let crumbs = [LinkView(title: t["nav_commitments"], url: url(.section(.commitments)))]
        let state = p.commitmentStates[commitment.id]!
        var updates: [UpdateView] = []
        for update in state.updates {
            updates.append(UpdateView(date: date(update.date), status: update.status.map(status),
                                      progress: update.progress.map(percent), noteHTML: html(update.note, headingBase: 4)))
        }
        let view = CommitmentPageView(
            title: commitment.title, status: status(commitment.status), lead: partnerLink(commitment.lead.id),
            partners: commitment.partners.compactMap { partnerLink($0.id) },
            outcomes: commitment.outcomes.compactMap { outcomeLink($0.id) },
            area: commitment.area.flatMap { areaLink($0.id) },
            start: commitment.start.map(date), due: commitment.due.map(date), overdue: state.overdue,
            quiet: state.quiet, lastHeard: state.lastHeard.map(date), progress: state.progress.map(percent),
            bodyHTML: html(commitment.origin.body), futureGenerationsHTML: html(commitment.futureGenerations, headingBase: 3),
            updates: updates,
            celebrations: (related.celebrationsByCommitment[commitment.id] ?? []).map(celebrationLink),
            answers: answers(commitment))
        let path = Route.entry(.commitments, commitment.id).path
        return PagePlan(path: path, template: Section.commitments.entryTemplate!,
                        context: context(path: path, title: commitment.title, section: "commitments",
                                         crumbs: crumbs, provenance: p.provenance(of: commitment.origin), view))
    }
}
