import Foundation
import Testing

/// The test PDFs made by scripts/make-poppler-fixtures.py.
enum Fixture {
    /// Samples/fixtures/poppler, found from this file's path (symlinks resolved).
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .resolvingSymlinksInPath()
        .deletingLastPathComponent()  // PopplerTextTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("Samples/fixtures/poppler", isDirectory: true)

    static func data(_ name: String) throws -> Data {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FixtureMissing(path: url.path)
        }
        return data
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "fixture missing: \(path) (run scripts/make-poppler-fixtures.py)" }
    }
}

/// A fresh path in the temporary directory, removed by the caller.
func temporaryPath(_ suffix: String) -> String {
    FileManager.default.temporaryDirectory
        .appendingPathComponent("poppler-text-tests-\(UUID().uuidString)\(suffix)").path
}
