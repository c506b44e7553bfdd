extension Validator {
    /// Checks that every id written in a reference field names an existing entry.
    mutating func checkReferences(_ p: Partnership) {
        let partnerIDs = Set(p.partners.map { $0.id })
        let outcomeIDs = Set(p.outcomes.map { $0.id })
        let commitmentIDs = Set(p.commitments.map { $0.id })
        let areaIDs = Set(p.site.areas.map(\.id))

        func check(_ references: [Reference], _ ids: Set<String>, _ noun: String) {
            for reference in references where !ids.contains(reference.id) {
                diagnostics.append(.error(reference.location, "unknown \(noun) '\(reference.id)'",
                                          hint: Suggestions.hint(for: reference.id, in: ids)
                                              ?? (ids.isEmpty ? "there are no \(noun)s yet" : nil)))
            }
        }
        func checkArea(_ area: Reference?) {
            guard let area else { return }
            if areaIDs.isEmpty {
                diagnostics.append(.error(area.location, "unknown area '\(area.id)'",
                                          hint: "define the areas in site.yml under 'areas:' first"))
            } else {
                check([area], areaIDs, "area")
            }
        }
        for outcome in p.outcomes { check(outcome.leads, partnerIDs, "partner") }
        for commitment in p.commitments {
            check([commitment.lead] + commitment.partners, partnerIDs, "partner")
            check(commitment.outcomes, outcomeIDs, "outcome")
            checkArea(commitment.area)
        }
        let boundaries = Dictionary(p.areaStories.compactMap { story in story.boundary.map { (story.id, $0) } },
                                    uniquingKeysWith: { first, _ in first })
        for asset in p.communityAssets {
            check(asset.partners, partnerIDs, "partner")
            check(asset.outcomes, outcomeIDs, "outcome")
            checkArea(asset.area)
            if let area = asset.area, let location = asset.location, let boundary = boundaries[area.id], !boundary.contains(location) {
                diagnostics.append(.warning(area.location,
                                            "the location (\(location.latitude), \(location.longitude)) is outside the boundary of '\(area.id)' (\(boundary.path))",
                                            hint: "check the area, or the location: latitude first, then longitude"))
            }
        }
        for assessment in p.assessments { check(assessment.participants, partnerIDs, "partner") }
        let conversationIDs = Set(p.conversations.map { $0.id })
        for commitment in p.commitments { check(commitment.answers, conversationIDs, "conversation") }
        let reviews = Dictionary(p.assessments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for conversation in p.conversations {
            for reference in conversation.ledTo {
                guard let slash = reference.id.firstIndex(of: "/") else {
                    check([reference], commitmentIDs, "commitment")
                    continue
                }
                let (reviewID, question) = (String(reference.id[..<slash]), String(reference.id[reference.id.index(after: slash)...]))
                guard let review = reviews[reviewID] else {
                    diagnostics.append(.error(reference.location, "unknown review '\(reviewID)' in '\(reference.id)'",
                                              hint: Suggestions.hint(for: reviewID, in: reviews.keys)
                                                  ?? "write a review's next steps as REVIEW/QUESTION, such as review-2026/la13"))
                    continue
                }
                let withSteps = p.framework.questions.map(\.id).filter { review.ratings[$0]?.nextSteps.map { !$0.isBlank } ?? false }
                if !withSteps.contains(question) {
                    diagnostics.append(.error(reference.location, "the review '\(reviewID)' has no next steps for question '\(question)'",
                                              hint: Suggestions.hint(for: question, in: withSteps)
                                                  ?? (withSteps.isEmpty ? "that review has no next steps yet"
                                                      : "it has next steps for: \(withSteps.joined(separator: ", "))")))
                }
            }
        }
        for celebration in p.celebrations {
            check(celebration.outcomes, outcomeIDs, "outcome")
            check(celebration.commitments, commitmentIDs, "commitment")
            check(celebration.partners, partnerIDs, "partner")
            checkArea(celebration.area)
        }
        for conversation in p.conversations {
            check(conversation.hosts, partnerIDs, "partner")
            check(conversation.outcomes, outcomeIDs, "outcome")
            checkArea(conversation.area)
        }
        if let navigation = p.site.navigation {
            let items = Set(Section.allCases.map(\.rawValue) + p.pages.map(\.id))
            check(navigation, items, "menu item (a section or page id)")
        }
        checkPublishedNames(p)
    }

    /// The names of the commitments' grouped pages (`by-area`, ...), which a commitment cannot take.
    static let reservedCommitmentIDs = [Route.commitmentsByArea, .commitmentsByOutcome, .commitmentsByPartner]
        .map { String($0.path.dropFirst(Route.section(.commitments).path.count).dropLast()) }

    /// Files under `content/data/` must not take the names of the generated open-data files,
    /// nor commitments the paths of the generated lists.
    private mutating func checkPublishedNames(_ p: Partnership) {
        for commitment in p.commitments where Self.reservedCommitmentIDs.contains(commitment.id) {
            diagnostics.append(.error(SourceLocation(path: commitment.origin.path, line: 1, column: 1),
                                      "the id '\(commitment.id)' is taken by the list civic generates at /commitments/\(commitment.id)/; "
                                      + "this commitment's page would replace it",
                                      hint: "rename the file, for example to \(commitment.id)-plan.md"))
        }
        let generated = Set(OpenDataTable.generatedPaths)
        for path in p.publishedFiles where generated.contains(path) {
            diagnostics.append(.error(SourceLocation(path: "content/\(path)"),
                                      "'\(path)' is a file civic generates; this file would replace it",
                                      hint: "rename the file"))
        }
    }
}
