/// "You said, we did": which commitments and review next steps followed from each
/// conversation, and which conversations each commitment answers. Either side may say it
/// (a conversation's `led_to`, a commitment's `answers`); both pages show the link.
public struct FollowUps: Sendable {
    public struct NextStep: Sendable, Hashable {
        public var review: String
        public var question: String
    }

    /// By conversation id: the commitments that followed, those it names first, in the order
    /// written, then those that name it, in the order of the commitments.
    public private(set) var commitments: [String: [String]] = [:]
    /// By conversation id: the review next steps that followed, in the order written.
    public private(set) var nextSteps: [String: [NextStep]] = [:]
    /// By commitment id: the conversations it answers, in the order of the conversations.
    public private(set) var conversations: [String: [String]] = [:]

    public init() {}

    init(_ model: Partnership) {
        // Most sites write no such link: nothing to join, and no list of ids to make. (Ids
        // are listed with closures: a key path copies each whole entry.)
        let naming = model.conversations.filter { !$0.ledTo.isEmpty }
        let answering = model.commitments.filter { !$0.answers.isEmpty }
        guard !naming.isEmpty || !answering.isEmpty else { return }
        let commitmentIDs = Set(model.commitments.map { $0.id })
        for conversation in naming {
            for reference in conversation.ledTo {
                if let slash = reference.id.firstIndex(of: "/") {
                    let step = NextStep(review: String(reference.id[..<slash]), question: String(reference.id[reference.id.index(after: slash)...]))
                    if !(nextSteps[conversation.id]?.contains(step) ?? false) { nextSteps[conversation.id, default: []].append(step) }
                } else if commitmentIDs.contains(reference.id) {
                    link(conversation.id, reference.id)
                }
            }
        }
        let order = Dictionary(model.conversations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for commitment in answering {
            for reference in commitment.answers where order[reference.id] != nil {
                link(reference.id, commitment.id)
            }
        }
        // Each commitment's conversations in the order the conversations are listed.
        for (id, list) in conversations { conversations[id] = list.sorted { order[$0, default: 0] < order[$1, default: 0] } }
    }

    private mutating func link(_ conversation: String, _ commitment: String) {
        if !(commitments[conversation]?.contains(commitment) ?? false) { commitments[conversation, default: []].append(commitment) }
        if !(conversations[commitment]?.contains(conversation) ?? false) { conversations[commitment, default: []].append(conversation) }
    }
}
