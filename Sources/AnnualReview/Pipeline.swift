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

    /// Stage 1: bytes → pages of lines (the kind of input is sniffed from the bytes). `sha256`
    /// is `Pipeline.sha256(data)` when the caller has it already (a batch hashes every input).
    public func extract(_ data: Data, name: String, sha256: String? = nil) throws(ConversionError) -> ExtractedDocument {
        let pdf = Pipeline.isPDF(data)
        let source = SourceInfo(name: name, format: pdf ? .pdf : .text, pageCount: nil,
                                sha256: sha256 ?? Pipeline.sha256(data))
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

    /// Every stage, from bytes to a validated letter (`sha256` as for `extract`).
    public func convert(_ data: Data, name: String, sha256: String? = nil) throws(ConversionError) -> AnnualReviewLetter {
        let extracted = try extract(data, name: name, sha256: sha256)
        return try Pipeline.convert(extracted)
    }

    /// The stages after extract.
    public static func convert(_ extracted: ExtractedDocument) throws(ConversionError) -> AnnualReviewLetter {
        let results = try run(extracted, through: .model)
        guard let letter = results.letter else { throw .notALetter("the pipeline stopped before the model") }
        return letter
    }

    /// Runs the stages after extract, in order, up to and including `last` — the one chain of
    /// stages that `convert`, `--stage`, `bench` and the fuzz targets all use. `stageDone` is
    /// called as each stage finishes (for timing), with the stage's name.
    public static func run(_ extracted: ExtractedDocument, through last: StageName,
                           stageDone: (StageName) -> Void = { _ in }) throws(ConversionError) -> StageResults {
        var results = StageResults(extracted: extracted)
        guard last > .extract else { return results }
        let normalized = normalize(extracted)
        results.normalized = normalized
        stageDone(.normalize)
        guard last > .normalize else { return results }
        let segmented = try segment(normalized)
        results.segmented = segmented
        stageDone(.segment)
        guard last > .segment else { return results }
        let tabulated = tables(segmented)
        results.tabulated = tabulated
        stageDone(.tables)
        guard last > .tables else { return results }
        results.letter = try model(tabulated)
        stageDone(.model)
        return results
    }
}

/// What a run of the pipeline reached: the value of every stage up to the last one asked for
/// (later ones `nil`).
public struct StageResults: Sendable {
    public var extracted: ExtractedDocument
    public var normalized: NormalizedDocument?
    public var segmented: SegmentedDocument?
    public var tabulated: TabulatedDocument?
    public var letter: AnnualReviewLetter?

    public init(extracted: ExtractedDocument) {
        self.extracted = extracted
    }
}

extension StageName: Comparable {
    /// Stages compare in pipeline order.
    public static func < (a: StageName, b: StageName) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
