import AnnualReview

/// Why one input gave no letter: what the pipeline says (`ConversionError`), or that its PDF
/// worker reached the memory limit. Printed after `annual-review: NAME: `.
public enum LetterFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case conversion(ConversionError)
    /// The worker's allocations failed under `--max-memory` (this many MiB).
    case needsMoreMemory(mebibytes: Int)

    public var description: String {
        switch self {
        case .conversion(let error): return error.description
        case .needsMoreMemory(let mebibytes): return "needs more than \(mebibytes) MiB"
        }
    }
}
