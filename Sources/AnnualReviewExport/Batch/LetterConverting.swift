import AnnualReview
import Foundation

/// Turns one input's bytes into a letter for the batch runner. `lane` names the conversion
/// thread (0 ..< jobs); calls with the same lane never overlap, so a converter may keep one
/// resource per lane (a worker process, say) without locking.
public protocol LetterConverting: Sendable {
    func convert(_ data: Data, name: String, lane: Int) throws(LetterFailure) -> AnnualReviewLetter

    /// The same for a batch writer, which may not need the letter's value (see
    /// `ConvertedLetter`); by default the letter `convert` gives.
    func convertForWriting(_ data: Data, name: String, lane: Int) throws(LetterFailure) -> ConvertedLetter

    /// The same for an input whose `Pipeline.sha256` the caller has already, so that a
    /// converter need not hash the bytes again; by default `convertForWriting(_:name:lane:)`.
    func convertForWriting(_ data: Data, name: String, sha256: String, lane: Int) throws(LetterFailure) -> ConvertedLetter

    /// Releases what the converter holds (worker processes). Called once, after the batch.
    func shutDown()
}

extension LetterConverting {
    public func convertForWriting(_ data: Data, name: String, lane: Int) throws(LetterFailure) -> ConvertedLetter {
        ConvertedLetter(try convert(data, name: name, lane: lane))
    }

    public func convertForWriting(_ data: Data, name: String, sha256: String, lane: Int) throws(LetterFailure) -> ConvertedLetter {
        try convertForWriting(data, name: name, lane: lane)
    }
}

/// Converts in this process: every stage, PDF extraction included, runs on the lane's thread.
public struct InProcessConverter: LetterConverting {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    public func convert(_ data: Data, name: String, lane: Int) throws(LetterFailure) -> AnnualReviewLetter {
        do { return try pipeline.convert(data, name: name) } catch { throw .conversion(error) }
    }

    public func convertForWriting(_ data: Data, name: String, sha256: String, lane: Int) throws(LetterFailure) -> ConvertedLetter {
        do { return ConvertedLetter(try pipeline.convert(data, name: name, sha256: sha256)) } catch { throw .conversion(error) }
    }

    public func shutDown() {}
}
