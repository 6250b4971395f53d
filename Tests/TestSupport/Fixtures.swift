import AnnualReview
import Foundation

/// Locates the repository's `Samples/` folder and reads fixtures from it, so tests run from a
/// fresh clone without anything outside the repo.
public enum Fixtures {
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static let samples = repositoryRoot.appendingPathComponent("Samples")

    /// The five seed letters (text renderings, with their reference JSON beside them).
    public static let seedNames = [
        "000_530d96cbad46cbd9", "001_c61a5ee2af0bfbd5", "002_b2d53b3434d87909",
        "003_9d15432caafed8b4", "004_547b65f656e62dc3",
    ]

    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: samples.appendingPathComponent(relativePath))
    }

    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: samples.appendingPathComponent(relativePath), encoding: .utf8)
    }

    public static func seed(_ name: String) throws -> Data { try data(name + ".txt") }

    /// A text letter given inline, run through extract.
    public static func extracted(_ text: String, name: String = "inline.txt") throws -> ExtractedDocument {
        try Pipeline().extract(Data(text.utf8), name: name)
    }

    public static func normalized(_ text: String) throws -> NormalizedDocument {
        Pipeline.normalize(try extracted(text))
    }

    public static func segmented(_ text: String) throws -> SegmentedDocument {
        try Pipeline.segment(normalized(text))
    }

    public static func letter(_ text: String, name: String = "inline.txt") throws -> AnnualReviewLetter {
        try Pipeline.convert(extracted(text, name: name))
    }

    /// A seed's text with `transform` applied — to make variants a seed does not have.
    public static func seedText(_ name: String) throws -> String { try text(name + ".txt") }
}
