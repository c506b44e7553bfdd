import Testing
@testable import Civic

@Suite struct IDRuleTests {
    @Test(arguments: [
        ("clean-air", nil),
        ("a", nil),
        ("route-66-to-2030", nil),
        ("", "it is empty"),
        ("clean--air", "it has two hyphens in a row"),
        ("a-b--", "it starts or ends with a hyphen"),
        ("---", "it starts or ends with a hyphen"),
        ("x--y-z", "it has two hyphens in a row"),
        ("-clean", "it starts or ends with a hyphen"),
        ("Clean", "it has capital letters"),
        ("clean air", "it has spaces"),
        ("café", "it has characters outside a-z, 0-9 and '-'"),
        ("a_b", "it has the character '_'"),
    ] as [(String, String?)])
    func saysWhatIsWrongWithAnID(id: String, problem: String?) {
        #expect(IDRule.problem(with: id) == problem)
    }

    @Test func aLongIDIsRefused() {
        #expect(IDRule.problem(with: String(repeating: "a", count: 80)) == nil)
        #expect(IDRule.problem(with: String(repeating: "a", count: 81)) == "it is longer than 80 characters")
    }
}
