import AnnualReview
import AnnualReviewPDF
import Foundation

/// One libFuzzer input: bytes (mutated sample PDFs, from the seed corpus) through the whole
/// pipeline with poppler, and canonical JSON. Inputs that do not start as a PDF are made one,
/// so every run reaches poppler.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    if !Pipeline.isPDF(data) { data = Data("%PDF-1.4\n".utf8) + data }
    guard let letter = try? FuzzPDFRun.pipeline.convert(data, name: "fuzz.pdf") else { return 0 }
    _ = try? CanonicalJSON.pretty(letter)
    return 0
}

/// The pipeline with poppler, made once.
enum FuzzPDFRun {
    static let pipeline = Pipeline(pdfExtractor: PopplerExtractor())
}
