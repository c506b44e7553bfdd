final class ConversationCardView: Sendable {
    let title: String
    let url: String
    let start: DateView
    let time: String
    let place: String
    let format: String?
    let access: [String]
    let calendarURL: String?

    /// The language of its entry's text where it is not the page's: an entry not translated yet.
    let lang: String?

    init(title: String, url: String, start: DateView, time: String, place: String, format: String?, access: [String], calendarURL: String?, lang: String? = nil) {
        self.lang = lang
        self.title = title
        self.url = url
        self.start = start
        self.time = time
        self.place = place
        self.format = format
        self.access = access
        self.calendarURL = calendarURL
    }
}

final class ConversationIndexView: Sendable {
    let upcoming: [ConversationCardView]
    let past: [ConversationCardView]
    let calendarURL: String?

    init(upcoming: [ConversationCardView], past: [ConversationCardView], calendarURL: String?) {
        self.upcoming = upcoming
        self.past = past
        self.calendarURL = calendarURL
    }
}

final class GroupCountView: Sendable {
    let name: String
    let count: Int

    init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// A next step a review agreed, as a conversation's page lists what followed from it.
final class NextStepView: Sendable {
    /// The review, linked to the question on its page.
    let review: LinkView
    let question: String
    let html: String?

    init(review: LinkView, question: String, html: String?) {
        self.review = review
        self.question = question
        self.html = html
    }
}

final class ConversationPageView: Sendable {
    let title: String
    let upcoming: Bool
    let start: DateView
    let time: String
    let endTime: String?
    let timezone: String
    let place: String
    let link: String?
    let format: String?
    let access: [String]
    let hosts: [LinkView]
    let outcomes: [LinkView]
    let bodyHTML: String?
    let attendanceTotal: Int?
    let attendanceGroups: [GroupCountView]
    let missingHTML: String?
    let heardHTML: String?
    let calendarURL: String?
    let area: LinkView?
    /// What happened next: the commitments that followed, with their status, and the review
    /// next steps.
    let followedBy: [CommitmentCardView]
    let nextSteps: [NextStepView]
    let hasFollowUps: Bool

    init(title: String, upcoming: Bool, start: DateView, time: String, endTime: String?, timezone: String, place: String, link: String?, format: String?, access: [String], hosts: [LinkView], outcomes: [LinkView], bodyHTML: String?, attendanceTotal: Int?, attendanceGroups: [GroupCountView], missingHTML: String?, heardHTML: String?, calendarURL: String?, area: LinkView?, followedBy: [CommitmentCardView], nextSteps: [NextStepView]) {
        self.title = title
        self.upcoming = upcoming
        self.start = start
        self.time = time
        self.endTime = endTime
        self.timezone = timezone
        self.place = place
        self.link = link
        self.format = format
        self.access = access
        self.hosts = hosts
        self.outcomes = outcomes
        self.bodyHTML = bodyHTML
        self.attendanceTotal = attendanceTotal
        self.attendanceGroups = attendanceGroups
        self.missingHTML = missingHTML
        self.heardHTML = heardHTML
        self.calendarURL = calendarURL
        self.area = area
        self.followedBy = followedBy
        self.nextSteps = nextSteps
        self.hasFollowUps = !followedBy.isEmpty || !nextSteps.isEmpty
    }
}

extension ViewBuilder {
    /// A review's next steps on one question, with a link to them; nil when the review is not
    /// published at the as-of date.
    mutating func nextStep(_ step: FollowUps.NextStep) -> NextStepView? {
        guard let position = entries.assessments[step.review] else { return nil }
        let review = p.assessments[position]
        let question = model.framework.questions.first { $0.id == step.question }
        let side = question.map { q in model.framework.sides.first { $0.id == q.side }?.title ?? q.side } ?? ""
        let heading = question.map { Self.questionHeading($0, side: side) } ?? step.question
        return NextStepView(review: LinkView(title: review.title, url: url(.entry(.assessments, review.id)) + "#question-\(step.question)",
                                             lang: review.origin.titleLanguage),
                            question: heading, html: html(review.ratings[step.question]?.nextSteps, headingBase: 4))
    }

    func conversationLink(_ c: Conversation) -> DatedLinkView {
        DatedLinkView(title: c.title, url: url(.entry(.conversations, c.id)), date: date(c.start.day), lang: c.origin.titleLanguage)
    }

    func clock(_ time: LocalDateTime) -> String {
        "\(time.hour < 10 ? "0" : "")\(time.hour):\(time.minute < 10 ? "0" : "")\(time.minute)"
    }

    func isUpcoming(_ c: Conversation) -> Bool { p.isUpcoming(c) }

    /// Where it happens, as the page's language says it: `place: online` is a word of the
    /// theme, any other place a name.
    func placeText(_ c: Conversation) -> String { Conversation.placeText(c.place, translations: t) }

    /// The kind of conversation, unless the place already says it ("Online").
    func formatText(_ c: Conversation) -> String? {
        c.format.map { t["format_\($0.rawValue)"] }.flatMap { $0 == placeText(c) ? nil : $0 }
    }

    func conversationCard(_ c: Conversation) -> ConversationCardView {
        ConversationCardView(
            title: c.title, url: url(.entry(.conversations, c.id)), start: date(c.start.day), time: clock(c.start),
            place: placeText(c), format: formatText(c),
            access: c.access.map { t["access_\($0.rawValue)"] },
            calendarURL: isUpcoming(c) ? url(.conversationCalendar(c.id)) : nil, lang: c.origin.titleLanguage)
    }

    func conversationIndexPage() -> PagePlan {
        let index = ConversationIndexView(
            upcoming: p.upcomingConversations.map(conversationCard), past: p.pastConversations.map(conversationCard),
            calendarURL: p.upcomingConversations.isEmpty ? nil : url(.calendar))
        return PagePlan(path: Route.section(.conversations).path, template: Section.conversations.template,
                        context: context(path: Route.section(.conversations).path, title: t["nav_conversations"],
                                         section: "conversations", index))
    }

    mutating func conversationPage(_ c: Conversation) -> PagePlan {
        let crumbs = [LinkView(title: t["nav_conversations"], url: url(.section(.conversations)))]
        let upcoming = isUpcoming(c)
        var nextSteps: [NextStepView] = []
        for step in p.followUps.nextSteps[c.id] ?? [] {
            if let view = nextStep(step) { nextSteps.append(view) }
        }
        let view = ConversationPageView(
            title: c.title, upcoming: upcoming, start: date(c.start.day), time: clock(c.start),
            endTime: c.end.map(clock), timezone: c.start.offsetMinutes.map(CalendarWriter.offsetText) ?? model.site.timezone,
            place: placeText(c), link: c.link, format: formatText(c),
            access: c.access.map { t["access_\($0.rawValue)"] },
            hosts: c.hosts.compactMap { partnerLink($0.id) }, outcomes: c.outcomes.compactMap { outcomeLink($0.id) },
            bodyHTML: html(c.origin.body), attendanceTotal: c.attendance?.total,
            attendanceGroups: (c.attendance?.groups ?? []).map { GroupCountView(name: $0.name, count: $0.count) },
            missingHTML: html(c.missing, headingBase: 3), heardHTML: html(c.heard, headingBase: 3),
            calendarURL: upcoming ? url(.conversationCalendar(c.id)) : nil, area: c.area.flatMap { areaLink($0.id) },
            followedBy: (p.followUps.commitments[c.id] ?? []).compactMap { p.commitmentsByID[$0] }.map(commitmentCard),
            nextSteps: nextSteps)
        let path = Route.entry(.conversations, c.id).path
        return PagePlan(path: path, template: Section.conversations.entryTemplate!,
                        context: context(path: path, title: c.title, section: "conversations", crumbs: crumbs,
                                         provenance: p.provenance(of: c.origin), view))
    }
}
