import AnnualReview
import AnnualReviewExport
import Foundation

/// Runs the pipeline up to a stage for one input and renders the result.
enum StageRunner {
    static func convertToJSON(_ input: InputFinder.Input) throws(ConversionError) -> String {
        let data = try InputReader.read(input)
        let letter = try pipeline.convert(data, name: input.name)
        return try encode(letter)
    }

    /// The extract stage of one input, as `render` gets it (a PDF worker's, or this process's).
    typealias Extract = (_ data: Data, _ name: String) throws(LetterFailure) -> ExtractedDocument

    static func render(_ input: InputFinder.Input, stage: StageName, json: Bool,
                       extract: Extract) throws(LetterFailure) -> String {
        let data: Data
        do { data = try InputReader.read(input) } catch { throw .conversion(error) }
        let extracted = try extract(data, input.name)
        do { return try render(extracted, stage: stage, json: json) } catch { throw .conversion(error) }
    }

    /// The stages after extract, up to `stage` (`Pipeline.run`), rendered.
    private static func render(_ extracted: ExtractedDocument, stage: StageName, json: Bool) throws(ConversionError) -> String {
        let results = try Pipeline.run(extracted, through: stage)
        if let letter = results.letter { return try encode(letter) }
        if let tabulated = results.tabulated { return json ? try encode(tabulated) : StagePrinter.tables(tabulated) }
        if let segmented = results.segmented { return json ? try encode(segmented) : StagePrinter.segment(segmented) }
        if let normalized = results.normalized { return json ? try encode(normalized) : StagePrinter.normalize(normalized) }
        return json ? try encode(extracted) : StagePrinter.extract(extracted)
    }

    static func encode<T: Encodable>(_ value: T) throws(ConversionError) -> String {
        do { return try CanonicalJSON.pretty(value) } catch {
            throw .unreadable("could not encode the result: \(error)")
        }
    }
}
