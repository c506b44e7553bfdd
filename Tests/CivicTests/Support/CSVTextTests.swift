import Testing
@testable import Civic

@Suite struct CSVTextTests {
    /// RFC 4180 written the plain way, a character at a time, for the fast writer to match.
    static func reference(_ cell: String) -> String {
        let formula = Array("=+-@\t\r".utf8).contains(where: { cell.utf8.first == $0 }) && NumberText.parse(cell) == nil
        let quoted = cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        let body = (formula ? "'" : "") + cell.replacingOccurrences(of: "\"", with: "\"\"")
        return quoted ? "\"" + body + "\"" : body
    }

    @Test(arguments: ["", "plain", "\"", "\"\"", "a\"b", "\"start", "end\"", "two \"quoted\" words", "line\nbreak \"and\" quote",
                      "comma, no quote", "=\"formula\"", "é \"ü\" ∑", "\r\n", "a\"\"\"b\"", "-3.5", "-x, y"])
    func quotesAsRFC4180Does(_ cell: String) {
        #expect(CSVText.cell(cell) == Self.reference(cell))
    }

    @Test func aLongBodyWithManyQuotesIsQuotedWhole() {
        let body = String(repeating: "He said \"yes\", then \"no\".\n", count: 2_000)
        #expect(CSVText.cell(body) == Self.reference(body))
        var row: [UInt8] = []
        CSVText.append(row: ["id", body, "last"], to: &row)
        #expect(String(decoding: row, as: UTF8.self) == "id," + Self.reference(body) + ",last\r\n")
    }
}
