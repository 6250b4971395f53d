import AnnualReview
import Foundation
import FuzzSupport

/// One libFuzzer input: any bytes up to `FuzzLimits.textBytes`, as a text rendering, through
/// every stage (`FuzzStages`). Seeds are small letters and fragments of the text samples.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard count <= FuzzLimits.textBytes else { return fuzzRejectInput }
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    guard let extracted = try? FuzzTextRun.pipeline.extract(data, name: "fuzz.txt") else { return 0 }
    FuzzStages.run(extracted)
    return 0
}

/// The pipeline without poppler, made once.
enum FuzzTextRun {
    static let pipeline = Pipeline(pdfExtractor: nil)
}
