import Synchronization

/// The entries one validation made, for the next: the preview keeps one from each build to
/// the next, so that a save parses and checks only the files it changed.
///
/// An entry is a function of its file's text and of what the validator reads beside it:
/// site.yml and framework.yml, the files published from `media/` and `data/` and the
/// indicator tables' text, and whether bodies stay on disk. Each entry is kept with that
/// context and every diagnostic its file gave, and is given again only for the same text
/// in the same context. References between entries (a commitment naming an outcome) are
/// checked after every entry is made, on every build, so renaming an outcome still flags
/// each commitment that names the old id.
public final class EntryCache: Sendable {
    struct Key: Hashable {
        var kind: EntryKind
        var path: String
        var text: ContentHash
    }

    struct Kept: Sendable {
        /// The entry (a `Partner`, an `Outcome`, ...), or nil when its file had errors.
        var value: (any Sendable)?
        var diagnostics: [Diagnostic]
    }

    private struct State {
        var context: ContentHash?
        var previous: [Key: Kept] = [:]
        /// The entries this cache's validations made.
        var current: [Key: Kept] = [:]
        /// The keys the last validation found here: a list, not a table, so that a save
        /// that changed one file does not rebuild a table of 10,000 while the editor waits
        /// (`next` does that, after the page is shown).
        var used: [Key] = []
        var reused = 0
        var made = 0
    }

    private let state: Mutex<State>

    /// `state` under its lock, as ThreadSanitizer sees it too.
    private func locked<R: Sendable>(_ body: (inout State) -> R) -> R {
        state.withLock(seenBy: self) { body(&$0) }
    }

    /// An empty cache: every file is parsed and checked.
    public init() { state = Mutex(State()) }

    private init(context: ContentHash?, previous: [Key: Kept]) {
        state = Mutex(State(context: context, previous: previous))
    }

    /// A cache for the next build, holding the entries this one used.
    public func next() -> EntryCache {
        locked { s in
            var entries = s.current
            entries.reserveCapacity(s.current.count + s.used.count)
            for key in s.used where entries[key] == nil { entries[key] = s.previous[key] }
            return EntryCache(context: s.context, previous: entries)
        }
    }

    /// How many entries this build took from the cache, and how many it made.
    public var counts: (reused: Int, made: Int) { locked { ($0.reused, $0.made) } }

    /// Starts a validation in `context`: entries made in another context, by the build
    /// before or by an earlier one that failed, are let go.
    func begin(context: ContentHash) {
        locked {
            $0.used = []
            if $0.context != context {
                $0.previous = [:]
                $0.current = [:]
            }
            $0.context = context
        }
    }

    /// What was kept for each key (nil for none, and for no key), looked up under one lock.
    func kept(_ keys: [Key?]) -> [Kept?] {
        locked { s in
            keys.map { key in
                guard let key, let kept = s.current[key] ?? s.previous[key] else { return nil }
                s.used.append(key)
                s.reused += 1
                return kept
            }
        }
    }

    func keep(_ kept: Kept, for key: Key) {
        locked {
            $0.current[key] = kept
            $0.made += 1
        }
    }
}
