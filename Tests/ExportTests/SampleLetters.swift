import AnnualReview
import Foundation

/// The repository's sample text letters, converted in process, for the export tests.
enum SampleLetters {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let samples = repositoryRoot.appendingPathComponent("Samples")

    /// The seed letters' text files, sorted.
    static var seedFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { samples.appendingPathComponent($0) }
    }

    static func letters() throws -> [AnnualReviewLetter] {
        try seedFiles.map { url in try Pipeline().convert(Data(contentsOf: url), name: url.lastPathComponent) }
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("export-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
