import AnnualReview
import Foundation

/// One libFuzzer input: any bytes, as a text rendering, through every stage, the readable
/// stage views `--stage` prints, and canonical JSON. A crash, trap or hang here is a bug; a
/// `ConversionError` is the expected answer to most inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzRun.text(data)
    return 0
}

/// The stages as the CLI runs them, for a text input.
enum FuzzRun {
    static let pipeline = Pipeline(pdfExtractor: nil)

    static func text(_ data: Data) {
        guard let extracted = try? pipeline.extract(data, name: "fuzz.txt") else { return }
        _ = StagePrinter.extract(extracted)
        let normalized = Pipeline.normalize(extracted)
        _ = StagePrinter.normalize(normalized)
        guard let segmented = try? Pipeline.segment(normalized) else { return }
        _ = StagePrinter.segment(segmented)
        let tabulated = Pipeline.tables(segmented)
        _ = StagePrinter.tables(tabulated)
        guard let letter = try? Pipeline.model(tabulated) else { return }
        _ = try? CanonicalJSON.pretty(letter)
        _ = try? CanonicalJSON.compact(letter)
    }
}
