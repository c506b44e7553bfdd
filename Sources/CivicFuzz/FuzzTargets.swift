@testable import Civic
import Foundation

/// The parsers that read what editors write, each as a function of arbitrary bytes. Any
/// crash, hang or sanitizer report on any input is a bug.
enum FuzzTargets {
    static let names = ["frontmatter", "entry", "csv", "markdown"]

    static func run(_ name: String, _ bytes: [UInt8]) {
        switch name {
        case "frontmatter":
            // Decoding, then splitting front matter from the body.
            if case .success(let text) = SourceText.decode(path: "content/pages/f.md", bytes: bytes) {
                _ = FrontMatterSplitter.split(text)
            }
        case "entry":
            // Decoding, splitting, YAML, and mapping onto every kind of entry.
            guard case .success(let text) = SourceText.decode(path: "content/pages/f.md", bytes: bytes) else { return }
            var sources = SiteSources()
            sources.siteYAML = SourceText(path: "content/site.yml",
                                          text: "name: F\nlocality: F\nsummary: F\nbase_url: https://example.org/\nlanguage: en\n")
            for kind in EntryKind.allCases {
                sources.entries[kind] = [SourceText(path: "content/\(kind.rawValue)/f.md", text: text.text)]
            }
            _ = Validator.validate(sources)
        case "csv":
            if case .success(let text) = SourceText.decode(path: "content/data/f.csv", bytes: bytes) {
                _ = IndicatorTable.read(text)
            }
        case "markdown":
            let text = String(decoding: bytes, as: UTF8.self)
            _ = MarkdownRenderer().render(text) { _ in nil }
            _ = MarkdownRenderer(allowRawHTML: true).render(text) { "/x" + $0 }
        default:
            fatalError("unknown fuzz target \(name); use one of \(names)")
        }
    }

    static var selected: String {
        ProcessInfo.processInfo.environment["CIVIC_FUZZ_TARGET"] ?? "entry"
    }
}

#if CIVIC_FUZZING
/// libFuzzer's entry point: the target comes from CIVIC_FUZZ_TARGET.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTargets.run(FuzzTargets.selected, bytes)
    return 0
}

/// libFuzzer's driver, which parses its own options (-max_total_time, a corpus folder, ...).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM names an executable's entry point after its module; under the fuzzer it hands
/// control to libFuzzer's driver.
@_cdecl("CivicFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, { data, size in fuzzOneInput(data, size) })
}
#else
/// Without the fuzzer: replays files (a corpus, or a crash found earlier) through a target.
/// Usage: civic-fuzz TARGET FILE...
@main
struct Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let target = arguments.first, FuzzTargets.names.contains(target) else {
            FileHandle.standardError.write(Data("usage: civic-fuzz \(FuzzTargets.names.joined(separator: "|")) FILE...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzTargets.run(target, [UInt8](data))
            count += 1
        }
        print("replayed \(count) inputs through \(target)")
    }
}
#endif
