import Testing
@testable import Civic

@Suite struct FrontMatterSplitterTests {
    func split(_ text: String) -> Result<SplitEntry, Diagnostic> {
        FrontMatterSplitter.split(SourceText(path: "content/pages/a.md", text: text))
    }

    @Test func splitsYAMLAndBodyWithTheirLines() throws {
        let entry = try split("---\ntitle: A\nsummary: B\n---\n\nBody line\n").get()
        #expect(entry.yaml == "title: A\nsummary: B\n")
        #expect(entry.yamlFirstLine == 2)
        #expect(entry.bodyFirstLine == 5)
        #expect(entry.body == "\nBody line\n")
    }

    @Test func aDashLineInsideTheBodyIsNotAFence() throws {
        let entry = try split("---\ntitle: A\n---\ntext\n---\nmore\n").get()
        #expect(entry.body == "text\n---\nmore\n")
    }

    @Test func fencesMayHaveTrailingSpacesAndDotsClose() throws {
        let entry = try split("--- \t\ntitle: A\n...  \nBody é\n").get()
        #expect(entry.yaml == "title: A\n")
        #expect(entry.body == "Body é\n")
        #expect(entry.bodyFirstLine == 4)
        let empty = try split("---\n---").get()
        #expect(empty.yaml == "\n" && empty.body == "" && empty.bodyFirstLine == 3)
        // Dots open nothing, and a fence with other text is not a fence.
        #expect(throws: Diagnostic.self) { try split("...\ntitle: A\n---\n").get() }
        #expect(throws: Diagnostic.self) { try split("---\ntitle: A\n--- x\n").get() }
    }

    @Test func unclosedFrontMatterIsAnErrorAtLineOne() {
        guard case .failure(let d) = split("---\ntitle: A\nbody\n") else { Issue.record("expected failure"); return }
        #expect(d.location == SourceLocation(path: "content/pages/a.md", line: 1, column: 1))
        #expect(d.message == "the front matter opened on line 1 is never closed")
    }

    @Test func missingFrontMatterIsAnError() {
        guard case .failure(let d) = split("title: A\n") else { Issue.record("expected failure"); return }
        #expect(d.message == "the file does not start with front matter")
    }

    @Test func emptyFileIsAnError() {
        guard case .failure(let d) = split("  \n") else { Issue.record("expected failure"); return }
        #expect(d.message == "the file is empty")
    }

    @Test func byteOrderMarkAndCRLFAreNormalised() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n---\r\nBody\r\n".utf8)
        let text = try SourceText.decode(path: "a.md", bytes: bytes).get()
        #expect(text.text == "---\ntitle: A\n---\nBody\n")
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        let bytes: [UInt8] = Array("---\ntitle: ab".utf8) + [0xFF] + Array("\n---\n".utf8)
        guard case .failure(let d) = SourceText.decode(path: "a.md", bytes: bytes) else { Issue.record("expected failure"); return }
        #expect(d.location.line == 2)
        #expect(d.location.column == 10)
        #expect(d.message == "the file is not valid UTF-8 text")
    }
}

@Suite struct YAMLReaderTests {
    @Test func positionsAreLinesOfTheWholeFile() throws {
        let value = try #require(try YAMLReader.parse("title: A\nlist:\n  - x\n", path: "f.md", firstLine: 2).get())
        guard case .mapping(let pairs, _) = value else { Issue.record("not a map"); return }
        #expect(pairs[0].keyPosition == .init(line: 2, column: 1))
        guard case .sequence(let items, _) = pairs[1].value else { Issue.record("not a list"); return }
        #expect(items[0].position == .init(line: 4, column: 5))
    }

    @Test func duplicateKeysAreAnError() {
        guard case .failure(let d) = YAMLReader.parse("title: A\ntitle: B\n", path: "f.md", firstLine: 2) else {
            Issue.record("expected failure"); return
        }
        #expect(d.message == "duplicate key 'title' in the same map")
        #expect(d.location.line == 2)
    }

    @Test func syntaxErrorsCarryTheFileLine() {
        guard case .failure(let d) = YAMLReader.parse("title: A\nsummary: [unclosed\n", path: "f.md", firstLine: 2) else {
            Issue.record("expected failure"); return
        }
        #expect(d.message.hasPrefix("YAML syntax:"))
        #expect(d.location.line >= 3)
    }

    @Test func aliasBombsStopAtTheNodeLimit() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        guard case .failure(let d) = YAMLReader.parse(yaml, path: "f.md", firstLine: 1) else {
            Issue.record("expected failure"); return
        }
        #expect(d.message.contains("more than \(ContentLimits.yamlNodes) values"))
    }

    @Test func deepNestingIsRefused() {
        let yaml = String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
        guard case .failure(let d) = YAMLReader.parse(yaml, path: "f.md", firstLine: 1) else {
            Issue.record("expected failure"); return
        }
        #expect(d.message.contains("nested more than"))
    }
}

@Suite struct CSVTableTests {
    @Test func quotedFieldsAndLines() throws {
        let table = try CSVTable.parse("date,value,note\n2020,1,\"a, b\"\n\n2021,2,\"say \"\"hi\"\"\"\n")
        #expect(table.header == ["date", "value", "note"])
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.rows[0].fields == ["2020", "1", "a, b"])
        #expect(table.rows[1].fields[2] == "say \"hi\"")
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: CSVTable.ParseError.self) { try CSVTable.parse("date,value\n2020,\"1\n") }
    }
}
