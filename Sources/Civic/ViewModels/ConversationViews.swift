struct ConversationCardView: Sendable {
    var title: String
    var url: String
    var start: DateView
    var time: String
    var place: String
    var format: String?
    var access: [String]
    var calendarURL: String?
}

struct ConversationIndexView: Sendable {
    var upcoming: [ConversationCardView]
    var past: [ConversationCardView]
    var calendarURL: String?
}

struct GroupCountView: Sendable {
    var name: String
    var count: Int
}

struct ConversationPageView: Sendable {
    var title: String
    var upcoming: Bool
    var start: DateView
    var time: String
    var endTime: String?
    var timezone: String
    var place: String
    var link: String?
    var format: String?
    var access: [String]
    var hosts: [LinkView]
    var outcomes: [LinkView]
    var bodyHTML: String?
    var attendanceTotal: Int?
    var attendanceGroups: [GroupCountView]
    var missingHTML: String?
    var heardHTML: String?
    var calendarURL: String?
}

extension ViewBuilder {
    func conversationLink(_ c: Conversation) -> DatedLinkView {
        DatedLinkView(title: c.title, url: url("conversations/\(c.id)/"), date: date(c.start.day))
    }

    func clock(_ time: LocalDateTime) -> String {
        "\(time.hour < 10 ? "0" : "")\(time.hour):\(time.minute < 10 ? "0" : "")\(time.minute)"
    }

    func isUpcoming(_ c: Conversation) -> Bool { c.start.day >= p.asOf }

    func conversationCard(_ c: Conversation) -> ConversationCardView {
        ConversationCardView(
            title: c.title, url: url("conversations/\(c.id)/"), start: date(c.start.day), time: clock(c.start),
            place: c.place, format: c.format.map { t["format_\($0.rawValue)"] },
            access: c.access.map { t["access_\($0.rawValue)"] },
            calendarURL: isUpcoming(c) ? url("conversations/\(c.id)/event.ics") : nil)
    }

    mutating func conversationPages() -> [PagePlan] {
        let index = ConversationIndexView(
            upcoming: p.upcomingConversations.map(conversationCard), past: p.pastConversations.map(conversationCard),
            calendarURL: p.upcomingConversations.isEmpty ? nil : url("conversations.ics"))
        var plans = [PagePlan(path: "conversations/", template: "conversations",
                              context: context(path: "conversations/", title: t["nav_conversations"],
                                               section: "conversations", index))]
        let crumbs = [LinkView(title: t["nav_conversations"], url: url("conversations/"))]
        for c in model.conversations {
            let upcoming = isUpcoming(c)
            let view = ConversationPageView(
                title: c.title, upcoming: upcoming, start: date(c.start.day), time: clock(c.start),
                endTime: c.end.map(clock), timezone: c.start.offsetMinutes.map(CalendarWriter.offsetText) ?? model.site.timezone,
                place: c.place, link: c.link, format: c.format.map { t["format_\($0.rawValue)"] },
                access: c.access.map { t["access_\($0.rawValue)"] },
                hosts: c.hosts.compactMap { partnerLink($0.id) }, outcomes: c.outcomes.compactMap { outcomeLink($0.id) },
                bodyHTML: html(c.origin.body), attendanceTotal: c.attendance?.total,
                attendanceGroups: (c.attendance?.groups ?? []).map { GroupCountView(name: $0.name, count: $0.count) },
                missingHTML: html(c.missing, headingBase: 3), heardHTML: html(c.heard, headingBase: 3),
                calendarURL: upcoming ? url("conversations/\(c.id)/event.ics") : nil)
            let path = "conversations/\(c.id)/"
            plans.append(PagePlan(path: path, template: "conversation",
                                  context: context(path: path, title: c.title, section: "conversations", crumbs: crumbs, view)))
        }
        return plans
    }
}
