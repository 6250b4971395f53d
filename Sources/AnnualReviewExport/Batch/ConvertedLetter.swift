import AnnualReview
import Foundation

/// One converted input on its way to a batch writer: the letter, or the compact canonical
/// JSON of it that a PDF worker sent (`--format jsonl` writes that as it is; other formats
/// decode it, once, when they render).
public struct ConvertedLetter: Sendable {
    private let decoded: AnnualReviewLetter?
    /// `CanonicalJSON.compact` of the letter, when the converter has it already.
    public let compactJSON: String?
    /// How many warnings the letter carries (for the summary line).
    public let warningCount: Int

    public init(_ letter: AnnualReviewLetter) {
        decoded = letter
        compactJSON = nil
        warningCount = letter.warnings.count
    }

    /// A letter known by its compact canonical JSON.
    init(compactJSON: String, warningCount: Int) {
        decoded = nil
        self.compactJSON = compactJSON
        self.warningCount = warningCount
    }

    /// The letter's value (decoded from its JSON when that is all there is).
    public func letter() throws -> AnnualReviewLetter {
        if let decoded { return decoded }
        return try JSONDecoder().decode(AnnualReviewLetter.self, from: Data((compactJSON ?? "").utf8))
    }
}
