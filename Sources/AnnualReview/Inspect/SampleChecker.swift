import Foundation

/// Regression against the samples: every input with `NAME.json` beside it must convert to
/// exactly those bytes; every input with `NAME.error` beside it must fail with that line.
public struct SampleChecker {
    /// The outcome for one sample.
    public struct Outcome: Sendable {
        public var input: String
        public var passed: Bool
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

    /// Checks one input; with `update`, writes what it produced as the new expectation.
    public func check(_ input: String, update: Bool) -> Outcome {
        let (jsonPath, errorPath) = SampleChecker.expectedPaths(for: input)
        let actual: String
        let actualPath: String
        switch convert(input) {
        case .success(let json): actual = json; actualPath = jsonPath
        case .failure(let error): actual = error.description + "\n"; actualPath = errorPath
        }
        let expectedPath = FileManager.default.fileExists(atPath: jsonPath) ? jsonPath
            : FileManager.default.fileExists(atPath: errorPath) ? errorPath : nil
        let expected = expectedPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        if expected == actual, expectedPath == actualPath { return Outcome(input: input, passed: true, report: "") }
        if update {
            do {
                if let expectedPath, expectedPath != actualPath { try FileManager.default.removeItem(atPath: expectedPath) }
                try AtomicFile.write(actual, to: actualPath)
                return Outcome(input: input, passed: true, report: "updated \(actualPath)\n")
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
