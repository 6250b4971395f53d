import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

/// Finds the repository's Samples/ from this file's path and runs the pipeline with poppler.
enum PDFSupport {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }  // PDFSupport.swift, PDFTests, Tests
        return url
    }()

    static let samples = root.appendingPathComponent("Samples")
    static let pipeline = Pipeline(pdfExtractor: PopplerExtractor())

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: samples.appendingPathComponent(relative))
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: samples.appendingPathComponent(relative), encoding: .utf8)
    }

    static func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: samples.appendingPathComponent(relative).path)
    }

    /// Sample-relative paths of the files in a folder of Samples/ with this extension, sorted.
    static func files(in folder: String, ext: String) -> [String] {
        let url = samples.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folder + "/" + $0 }
    }

    static func name(_ relative: String) -> String { URL(fileURLWithPath: relative).lastPathComponent }

    static func letter(_ relative: String) throws -> AnnualReviewLetter {
        try pipeline.convert(try data(relative), name: name(relative))
    }

    /// Where the letter converted from a PDF differs from the JSON beside it: a unified diff
    /// headed by the path, or nil when they are the same bytes.
    static func differenceFromExpected(_ letter: AnnualReviewLetter, path relative: String) throws -> String? {
        let actual = try CanonicalJSON.pretty(letter)
        let expected = try text(String(relative.dropLast(4)) + ".json")
        guard actual != expected else { return nil }
        return "\(relative):\n\(LineDiff.unified(expected, actual, expectedName: "expected", actualName: "converted"))"
    }

    static func extracted(_ relative: String) throws -> ExtractedDocument {
        try pipeline.extract(try data(relative), name: name(relative))
    }

    static func tabulated(_ relative: String) throws -> TabulatedDocument {
        Pipeline.tables(try Pipeline.segment(Pipeline.normalize(try extracted(relative))))
    }

    /// The error converting the bytes gives, or nil when it converts.
    static func error(converting data: Data, name: String = "input.pdf") -> ConversionError? {
        do throws(ConversionError) {
            _ = try pipeline.convert(data, name: name)
            return nil
        } catch {
            return error
        }
    }
}
