import AnnualReview
import Foundation
import PopplerText

/// The `extract` stage for PDFs, over poppler: pages of positioned lines with their words.
///
/// Words and lines are rebuilt from the glyphs' boxes (`WordAssembler`), never from poppler's
/// text order; every line keeps its words, so later stages can find table columns.
public struct PopplerExtractor: PDFExtracting {
    public init() {}

    public func extract(_ data: Data, source: SourceInfo) throws(ConversionError) -> ExtractedDocument {
        let document: PopplerDocument
        do {
            document = try PopplerDocument(data: data)
        } catch {
            throw Self.conversionError(error)
        }
        var pages: [ExtractedPage] = []
        pages.reserveCapacity(document.pageCount)
        for index in 0..<document.pageCount {
            let page: PopplerPage
            do {
                page = try document.page(index)
            } catch {
                throw Self.conversionError(error)
            }
            pages.append(Self.extractPage(page, number: index + 1))
        }
        guard pages.contains(where: { !$0.lines.isEmpty }) else { throw .noTextLayer }
        var source = source
        source.format = .pdf
        source.pageCount = document.pageCount
        return ExtractedDocument(source: source, pages: pages)
    }

    /// One page: its size and its lines top to bottom.
    static func extractPage(_ page: PopplerPage, number: Int) -> ExtractedPage {
        let size = page.size
        let words = WordAssembler.words(from: page.pageGlyphs().glyphs)
        let lines = WordAssembler.lines(from: words)
        return ExtractedPage(number: number, width: rounded(size.width), height: rounded(size.height), lines: lines)
    }

    static func rounded(_ value: Double) -> Double? {
        value.isFinite ? (value * 100).rounded() / 100 : nil
    }

    /// poppler's reasons, in the pipeline's words.
    static func conversionError(_ error: PopplerError) -> ConversionError {
        switch error {
        case .encrypted: return .encrypted
        case .noPages: return .noPages
        case .damaged(let reason): return .damagedPDF(reason.isEmpty ? "poppler could not read it" : reason)
        case .notAPDF: return .damagedPDF("no PDF header")
        case .pageOutOfRange, .renderFailed, .systemError: return .damagedPDF(error.message)
        }
    }
}
