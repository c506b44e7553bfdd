import FlyingFox
import FlyingSocks

/// The bytes of a Server-Sent Events stream, as FlyingFox's chunked response body wants them.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.AsyncIterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            guard await fill() else { return nil }
            let chunk = Array(pending.prefix(count))
            pending = pending.dropFirst(chunk.count)
            return chunk
        }

        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let event = await events.next() else { return false }
                pending = event[...]
            }
            return true
        }
    }
}
