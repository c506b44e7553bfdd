import Testing
@testable import Civic

@Suite struct RelatedEntriesTests {
    @Test func groupsKeepTheEntriesOrderAndListAnEntryOncePerTarget() {
        let items = [("a", ["x", "y", "x"]), ("b", ["y"]), ("c", []), ("d", ["x"])]
        let groups = Grouped(items) { $0.1 }
        #expect(groups["x"]?.map(\.0) == ["a", "d"])
        #expect(groups["y"]?.map(\.0) == ["a", "b"])
        #expect(groups.count == 2)
    }
}
