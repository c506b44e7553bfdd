/// Computes everything that depends on the as-of date, and warns about content that is
/// valid but probably not what the editor meant.
enum Resolver {
    static func resolve(_ written: Partnership, asOf: Day, history: SourceHistory = .none) -> StageResult<ResolvedPartnership> {
        var diagnostics: [Diagnostic] = []

        // Statuses are judged on the figures as written; what is published of them is only
        // what is dated on or before the as-of date.
        var statusReasons: [String: [String: StatusReason]] = [:]
        for outcome in written.outcomes {
            var reasons: [String: StatusReason] = [:]
            for indicator in outcome.indicators {
                reasons[indicator.id] = IndicatorStatusRules.reason(for: indicator, asOf: asOf)
            }
            statusReasons[outcome.id] = reasons
        }
        var model = written
        for o in model.outcomes.indices {
            for i in model.outcomes[o].indicators.indices {
                model.outcomes[o].indicators[i].series = IndicatorStatusRules.countedPoints(model.outcomes[o].indicators[i], asOf: asOf)
                model.outcomes[o].indicators[i].breakdowns.removeAll { $0.date.day > asOf }
            }
        }

        var commitmentStates: [String: CommitmentState] = [:]
        commitmentStates.reserveCapacity(model.commitments.count)
        // Each commitment's state on its own, on every core; the warnings in the commitments' order.
        let states = Parallel.map(model.commitments) { CommitmentRules.state(of: $0, asOf: asOf) }
        for (commitment, state) in zip(model.commitments, states) {
            commitmentStates[commitment.id] = state
            if let newest = state.updates.first, let updateStatus = newest.status, updateStatus != commitment.status {
                diagnostics.append(.warning(newest.note.location,
                                            "the newest update says '\(updateStatus.rawValue)' but the commitment's status is '\(commitment.status.rawValue)'",
                                            hint: "set 'status: \(updateStatus.rawValue)' at the top, or correct the update"))
            }
        }

        let celebrations = model.celebrations
            .filter { $0.date <= asOf }
            .sorted { ($0.date, $1.id) > ($1.date, $0.id) }
        let assessments = model.assessments
            .filter { $0.date <= asOf }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var ratingChanges: [String: [String: RatingChange]] = [:]
        var previous: Assessment?
        for assessment in assessments {
            var changes: [String: RatingChange] = [:]
            for question in model.framework.questions {
                let before: Int?? = previous.map { $0.ratings[question.id]?.value ?? nil }
                changes[question.id] = RatingChange.between(previous: before, current: assessment.ratings[question.id]?.value ?? nil)
            }
            ratingChanges[assessment.id] = changes
            previous = assessment
        }

        let upcoming = model.conversations
            .filter { $0.start.day >= asOf }
            .sorted { ($0.start.localText, $0.id) < ($1.start.localText, $1.id) }
        let past = model.conversations
            .filter { $0.start.day < asOf }
            .sorted { ($0.start.localText, $1.id) > ($1.start.localText, $0.id) }

        var resolved = ResolvedPartnership(
            model: model, asOf: asOf, statusReasons: statusReasons, commitmentStates: commitmentStates,
            celebrations: celebrations, assessments: assessments, ratingChanges: ratingChanges,
            upcomingConversations: upcoming, pastConversations: past, upcomingIDs: Set(upcoming.map(\.id)), history: history,
            partnersByID: Dictionary(uniqueKeysWithValues: model.partners.map { ($0.id, $0) }),
            outcomesByID: Dictionary(uniqueKeysWithValues: model.outcomes.map { ($0.id, $0) }),
            commitmentsByID: Dictionary(uniqueKeysWithValues: model.commitments.map { ($0.id, $0) }))
        resolved.areaStoriesByID = Dictionary(uniqueKeysWithValues: model.areaStories.map { ($0.id, $0) })
        resolved.assetsByID = Dictionary(uniqueKeysWithValues: model.communityAssets.map { ($0.id, $0) })
        resolved.followUps = FollowUps(model)
        resolved.reportPeriods = ReportPeriods.periods(of: written, reviews: assessments, asOf: asOf)
        return StageResult(resolved, diagnostics)
    }
}
