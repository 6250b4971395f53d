import AnnualReview
import Foundation

/// The samples that keep a recorded view of every stage beside them (`NAME.<stage>.json`):
/// a text seed, a PDF and a `pdftotext -layout` rendering. A stage's test starts from the
/// previous stage's recorded view and must give its own recorded view, byte for byte.
public enum StageViews {
    /// Sample paths (relative to `Samples/`) without their extension.
    public static let samples = [
        "000_530d96cbad46cbd9",
        "generated/g01-hackney-2021.pdf-reportlab",
        "renderings/g01-hackney-2021.pdf-cairo.pdftotext-layout",
    ]

    /// The recorded view of `stage` for `sample`, decoded.
    public static func recorded<T: Decodable>(_ type: T.Type, _ sample: String, _ stage: StageName) throws -> T {
        try JSONDecoder().decode(type, from: Fixtures.data(sample + ".\(stage.rawValue).json"))
    }

    /// The recorded bytes of `stage`'s view (the model's is `NAME.json`).
    public static func recordedText(_ sample: String, _ stage: StageName) throws -> String {
        try Fixtures.text(sample + (stage == .model ? ".json" : ".\(stage.rawValue).json"))
    }

    /// A stage's value as `--stage X --json` prints it.
    public static func view(_ value: some Encodable) throws -> String {
        try CanonicalJSON.pretty(value)
    }
}
