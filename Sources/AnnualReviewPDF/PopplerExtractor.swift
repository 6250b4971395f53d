import AnnualReview
import Foundation

/// The `extract` stage for PDFs, over poppler: pages of positioned lines with their words.
public struct PopplerExtractor: PDFExtracting {
    public init() {}

    public func extract(_ data: Data, source: SourceInfo) throws(ConversionError) -> ExtractedDocument {
        throw .popplerUnavailable
    }
}
