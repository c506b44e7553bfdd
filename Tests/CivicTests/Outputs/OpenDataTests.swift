import Foundation
import Testing
@testable import Civic

/// The open data is made file by file, entry by entry; it must say exactly what the whole
/// model, encoded at once, says.
@Suite struct OpenDataTests {
    @Test(arguments: ["", "Tests/CivicTests/Fixtures/sites/es-villaverde", "Tests/CivicTests/Fixtures/uk-sdg"])
    func theJSONMadeEntryByEntryIsTheWholeModelEncodedAtOnce(site: String) throws {
        let folder = site.isEmpty ? projectRoot : projectRoot.appendingPathComponent(site)
        let prepared = SiteBuilder.prepare(siteFolder: folder, asOf: Day.parse("2025-06-01")!)
        let diagnostics = DiagnosticList(prepared.diagnostics)
        #expect(!diagnostics.hasErrors)
        let context = try #require(prepared.value)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var whole = OpenDataWriter.escapeMarkupCharacters(try encoder.encode(OpenDataWriter.model(context.site, context.translations)))
        whole.append(10)
        let assembled = OpenDataWriter.json(context.site, context.translations).bytes()
        #expect(assembled.count > 10_000)
        #expect(assembled == whole)
        // Entries are encoded in batches, a chunk per core: any sizes give the same bytes.
        for (batch, chunk) in [(1, 1), (5, 2), (7, 3)] {
            #expect(OpenDataWriter.json(context.site, context.translations, batch: batch, chunk: chunk).bytes() == whole,
                    "batches of \(batch), chunks of \(chunk)")
        }
    }

    /// A table's rows are made a run of entries at a time on every core: any sizes of run
    /// give the same bytes, rows in the entries' order.
    @Test(arguments: ["", "Tests/CivicTests/Fixtures/sites/es-villaverde"])
    func everyTableIsTheSameWhateverTheRunsItIsMadeIn(site: String) throws {
        let folder = site.isEmpty ? projectRoot : projectRoot.appendingPathComponent(site)
        let context = try #require(SiteBuilder.prepare(siteFolder: folder, asOf: Day.parse("2025-06-01")!).value)
        var rows = 0
        for table in OpenDataTable.allCases {
            let whole = ByteStream { OpenDataWriter.table(table, context.site, into: $0, batch: 1 << 20, chunk: 1 << 20) }.bytes()
            rows += whole.count(where: { $0 == 10 })
            for (batch, chunk) in [(1, 1), (5, 2), (7, 3), (OpenDataWriter.batchSize, OpenDataWriter.chunkSize)] {
                let made = ByteStream { OpenDataWriter.table(table, context.site, into: $0, batch: batch, chunk: chunk) }.bytes()
                #expect(made == whole, "\(table): batches of \(batch), chunks of \(chunk)")
            }
        }
        #expect(rows > 40)
    }

    /// Bodies are written by civic's own string writer: byte for byte what the encoder and
    /// the escaping of `<`, `>` and `&` give, for every ASCII character and beyond.
    @Test func aBodyIsWrittenAsTheEncoderWritesIt() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var every = ""
        for byte in 0..<128 { every.unicodeScalars.append(Unicode.Scalar(UInt8(byte))) }
        let samples = [every, "", "plain", "é 🌍 \u{2028}\u{FEFF} \u{7F}", "<script>&amp;</script>", "line\r\nnext\\\"/",
                       OpenDataWriter.bodyPlaceholder]
        for text in samples {
            var mine: [UInt8] = []
            OpenDataWriter.appendJSONString(text, to: &mine)
            #expect(mine == OpenDataWriter.escapeMarkupCharacters(try encoder.encode(text)), "\(text.debugDescription)")
        }
    }

    /// Each table lists every entry of its kind, one row each after the header.
    @Test func eachTableHasARowPerEntry() throws {
        let prepared = SiteBuilder.prepare(siteFolder: projectRoot, asOf: Day.parse("2025-06-01")!)
        let context = try #require(prepared.value)
        let p = context.site
        let expected: [OpenDataTable: Int] = [
            .outcomes: p.model.outcomes.count, .commitments: p.model.commitments.count, .celebrations: p.celebrations.count,
            .conversations: p.model.conversations.count, .partners: p.model.partners.count,
            .indicators: p.model.outcomes.map(\.indicators.count).reduce(0, +),
            .ratings: p.assessments.count * p.model.framework.questions.count,
        ]
        for (table, count) in expected {
            let rows = try CSVTable.parse(String(decoding: OpenDataWriter.table(table, p).bytes(), as: UTF8.self)).rows
            #expect(rows.count == count, "\(table)")
            #expect(count > 0, "\(table)")
        }
    }
}
