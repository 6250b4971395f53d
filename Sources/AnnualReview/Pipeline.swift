import Crypto
import Foundation

/// Reads a PDF's bytes into positioned pages. Implemented over poppler in `AnnualReviewPDF`;
/// the pipeline itself never touches poppler.
public protocol PDFExtracting: Sendable {
    func extract(_ data: Data, source: SourceInfo) throws(ConversionError) -> ExtractedDocument
}

/// The names of the stages, in order, for `--stage`.
public enum StageName: String, CaseIterable, Sendable, Codable {
    case extract, normalize, segment, tables, model
}

/// The staged pipeline: extract → normalize → segment → tables → model. Each stage is a pure
/// function of the previous stage's value.
public struct Pipeline: Sendable {
    public var pdfExtractor: (any PDFExtracting)?

    public init(pdfExtractor: (any PDFExtracting)? = nil) {
        self.pdfExtractor = pdfExtractor
    }

    /// Whether the bytes are a PDF (`%PDF-` within the first KiB, as readers allow).
    public static func isPDF(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        let marker: [UInt8] = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        return head.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for start in 0...(bytes.count - marker.count) where bytes[start] == 0x25 {
                if (0..<marker.count).allSatisfy({ bytes[start + $0] == marker[$0] }) { return true }
            }
            return false
        }
    }

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Stage 1: bytes → pages of lines (the kind of input is sniffed from the bytes).
    public func extract(_ data: Data, name: String) throws(ConversionError) -> ExtractedDocument {
        let pdf = Pipeline.isPDF(data)
        let source = SourceInfo(name: name, format: pdf ? .pdf : .text, pageCount: nil, sha256: Pipeline.sha256(data))
        if pdf {
            guard let pdfExtractor else { throw .popplerUnavailable }
            return try pdfExtractor.extract(data, source: source)
        }
        return try TextExtractor.extract(data, source: source)
    }

    public static func normalize(_ document: ExtractedDocument) -> NormalizedDocument {
        Normalizer.normalize(document)
    }

    public static func segment(_ document: NormalizedDocument) throws(ConversionError) -> SegmentedDocument {
        try Segmenter.segment(document)
    }

    public static func tables(_ document: SegmentedDocument) -> TabulatedDocument {
        TableBuilder.build(document)
    }

    public static func model(_ document: TabulatedDocument) throws(ConversionError) -> AnnualReviewLetter {
        try LetterBuilder.build(document)
    }

    /// Every stage, from bytes to a validated letter.
    public func convert(_ data: Data, name: String) throws(ConversionError) -> AnnualReviewLetter {
        let extracted = try extract(data, name: name)
        return try Pipeline.convert(extracted)
    }

    /// The stages after extract.
    public static func convert(_ extracted: ExtractedDocument) throws(ConversionError) -> AnnualReviewLetter {
        try model(tables(segment(normalize(extracted))))
    }
}
