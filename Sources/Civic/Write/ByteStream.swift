/// A file's contents made piece by piece and handed on as they are made, for the files too
/// large to hold whole at 100,000 entries (the open data's JSON and tables, the feed): the
/// writer hashes and writes the pieces, and never holds the file.
public struct ByteStream: Sendable {
    /// Writes the whole contents into the sink, in order. It may be called more than once
    /// (once to compare with the file already there, once to write) and must give the same
    /// bytes each time.
    let make: @Sendable (ByteSink) -> Void

    init(_ make: @escaping @Sendable (ByteSink) -> Void) {
        self.make = make
    }

    /// The contents whole, for a build kept in memory (tests, the preview server).
    public func bytes() -> [UInt8] {
        made().bytes
    }

    /// The contents whole, with what making them found wrong.
    func made() -> (bytes: [UInt8], problems: [Diagnostic]) {
        var collected: [UInt8] = []
        let sink = ByteSink { collected.append(contentsOf: $0) }
        make(sink)
        sink.finish()
        return (collected, sink.problems)
    }
}

/// Where a stream's bytes go, in pieces of about 64 KiB.
public final class ByteSink {
    private var buffer: [UInt8] = []
    /// What making the stream found wrong (an entry's file changed since it was checked):
    /// the writer does not publish a site with such a file.
    private(set) var problems: [Diagnostic] = []
    private let consume: ([UInt8]) -> Void
    static let pieceSize = 1 << 16

    init(_ consume: @escaping ([UInt8]) -> Void) {
        self.consume = consume
        buffer.reserveCapacity(Self.pieceSize + 4096)
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.pieceSize { flush() }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.pieceSize { flush() }
    }

    func write(_ byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= Self.pieceSize { flush() }
    }

    func report(_ problem: Diagnostic) {
        problems.append(problem)
    }

    /// Hands on what is left; call once, after the last write.
    func finish() { flush() }

    private func flush() {
        guard !buffer.isEmpty else { return }
        consume(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
