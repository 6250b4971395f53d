import Foundation

/// Regression against the samples: every input with `NAME.json` beside it must convert to
/// exactly those bytes; every input with `NAME.error` beside it must fail with that line.
public struct SampleChecker {
    /// The outcome for one sample.
    public struct Outcome: Sendable {
        public var input: String
        public var passed: Bool
        /// With `update`: the sample's output changed and was written as its new expectation.
        public var updated: Bool = false
        /// A unified diff, or what is missing, when the sample failed.
        public var report: String
    }

    public var convert: @Sendable (String) -> Result<String, ConversionError>

    public init(convert: @escaping @Sendable (String) -> Result<String, ConversionError>) {
        self.convert = convert
    }

    /// Folders of non-letter unit-test fixtures that `check` skips.
    public static let skippedFolders: Set<String> = ["fixtures"]

    public static func expectedPaths(for input: String) -> (json: String, error: String) {
        let base = URL(fileURLWithPath: input).deletingPathExtension().path
        return (base + ".json", base + ".error")
    }

    /// The stages whose view (`--stage X --json`) a sample may keep beside it as
    /// `NAME.X.json`, so that a change shows the stage it happened in.
    public static let viewedStages: [StageName] = [.extract, .normalize, .segment, .tables]

    /// The path of a sample's recorded view of one stage.
    public static func stageViewPath(for input: String, stage: StageName) -> String {
        URL(fileURLWithPath: input).deletingPathExtension().path + ".\(stage.rawValue).json"
    }

    /// Checks the stage views recorded beside `input` (only those that exist), each against
    /// `render(stage)`; with `update`, writes what changed.
    public func checkStages(_ input: String, update: Bool,
                            render: (StageName) -> Result<String, ConversionError>) -> [Outcome] {
        SampleChecker.viewedStages.compactMap { stage in
            let path = SampleChecker.stageViewPath(for: input, stage: stage)
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return compare(render(stage), expectedJSON: path, expectedError: nil, input: input, update: update)
        }
    }

    /// Checks one input; with `update`, writes what it produced as the new expectation.
    public func check(_ input: String, update: Bool) -> Outcome {
        let (jsonPath, errorPath) = SampleChecker.expectedPaths(for: input)
        return compare(convert(input), expectedJSON: jsonPath, expectedError: errorPath, input: input, update: update)
    }

    /// Compares a result with the expectation at `jsonPath` (or, for an error, `errorPath`).
    func compare(_ result: Result<String, ConversionError>, expectedJSON jsonPath: String, expectedError: String?,
                 input: String, update: Bool) -> Outcome {
        let errorPath = expectedError ?? jsonPath
        let actual: String
        let actualPath: String
        switch result {
        case .success(let json): actual = json; actualPath = jsonPath
        case .failure(let error): actual = error.description + "\n"; actualPath = errorPath
        }
        let expectedPath = FileManager.default.fileExists(atPath: jsonPath) ? jsonPath
            : FileManager.default.fileExists(atPath: errorPath) ? errorPath : nil
        let expected = expectedPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        if expected == actual, expectedPath == actualPath { return Outcome(input: input, passed: true, report: "") }
        if update {
            // The change is shown as it is recorded, so a re-record is never silent.
            let diff = expected.map { LineDiff.unified($0, actual, expectedName: expectedPath ?? jsonPath, actualName: "\(input) (converted)") } ?? ""
            do {
                if let expectedPath, expectedPath != actualPath { try FileManager.default.removeItem(atPath: expectedPath) }
                try AtomicFile.write(actual, to: actualPath)
                return Outcome(input: input, passed: false, updated: true, report: diff + "updated \(actualPath)\n")
            } catch {
                return Outcome(input: input, passed: false, report: "could not write \(actualPath)\n")
            }
        }
        guard let expected, let expectedPath else {
            return Outcome(input: input, passed: false, report: "no expected output (\(jsonPath) or \(errorPath)); run with --update to record it\n")
        }
        let diff = LineDiff.unified(expected, actual, expectedName: expectedPath, actualName: "\(input) (converted)")
        return Outcome(input: input, passed: false, report: diff.isEmpty ? "expected \(expectedPath), got \(actualPath)\n" : diff)
    }
}
