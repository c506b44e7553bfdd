/// The tables of the open data, one CSV each under `data/`, in the order the data page
/// lists them and the Data Package describes them.
enum OpenDataTable: String, CaseIterable, Sendable {
    case outcomes, indicators, figures, commitments, updates, ratings, celebrations, conversations, partners

    /// Every file of the open data under `data/`, and the data page itself: what a file of
    /// the content's own `data/` folder may not replace.
    static var generatedPaths: [String] {
        let files: [Route] = allCases.map { .openDataTable($0) } + [.openDataJSON, .openDataSchema, .dataPackage]
        return files.map(\.path) + [Route.section(.data).filePath]
    }
}
