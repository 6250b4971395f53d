import AnnualReview
import AnnualReviewPDF
import Foundation
import FuzzSupport

/// One libFuzzer input: bytes up to `FuzzLimits.pdfBytes` (mutated single pages and page
/// fragments of the sample PDFs) through poppler and every stage (`FuzzStages`). Inputs that
/// do not start as a PDF are made one, so every run reaches poppler.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard count <= FuzzLimits.pdfBytes else { return fuzzRejectInput }
    var data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    if !Pipeline.isPDF(data) { data = Data("%PDF-1.4\n".utf8) + data }
    guard let extracted = try? FuzzPDFRun.pipeline.extract(data, name: "fuzz.pdf") else { return 0 }
    FuzzStages.run(extracted)
    return 0
}

/// The pipeline with poppler, made once.
enum FuzzPDFRun {
    static let pipeline = Pipeline(pdfExtractor: PopplerExtractor())
}
