/// The checklist a partnership reviews itself against.
public struct Framework: Sendable {
    public struct Level: Sendable, Hashable {
        public var value: Int
        public var label: String
    }

    public struct Side: Sendable, Hashable {
        public var id: String
        public var title: String
    }

    public struct Question: Sendable, Hashable {
        public var id: String
        public var side: String
        public var label: String
        /// A few words naming what the question asks, for its heading.
        public var topic: String?
        public var text: String
    }

    public struct Strand: Sendable {
        public var id: String
        public var title: String
        /// Each pair holds one question per side, in the order of `sides`.
        public var pairs: [[Question]]
    }

    public var id: String
    public var title: String
    public var source: String?
    /// Worst first.
    public var scale: [Level]
    public var sides: [Side]
    public var strands: [Strand]

    public var questions: [Question] { strands.flatMap { $0.pairs.flatMap { $0 } } }

    public func label(for value: Int) -> String? {
        scale.first { $0.value == value }?.label
    }
}
