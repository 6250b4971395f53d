import AnnualReview
import Foundation

/// `--format json --output DIR`: one pretty canonical JSON file per input, `DIR/NAME.json`
/// (see `OutputStem` for NAME), each written atomically. `--skip-existing` skips an input when
/// `DIR/NAME.json` (or, for a shared NAME, `DIR/NAME-XXXXXXXX.json`) holds its sha256.
public final class JSONFilesWriter: BatchWriter {
    public typealias Record = String

    public let folder: String
    public var destination: String { folder }
    private var usedNames: Set<String> = []

    public init(folder: String) throws {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriterError("cannot create the folder")
        }
    }

    public static func render(_ letter: AnnualReviewLetter) throws -> String {
        try CanonicalJSON.pretty(letter)
    }

    public var existing: ExistingOutputs {
        let folder = URL(fileURLWithPath: folder)
        return ExistingOutputs { sha256, item in
            // The name this run gives it, and the plain NAME.json an earlier run without a
            // same-named input gave it.
            let names = Set([item.stem.fileName(sha256: sha256, extension: "json"), item.stem.base + ".json"])
            return names.contains { name in
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return false }
                return LetterKey.sha256(ofJSON: data) == sha256
            }
        }
    }

    public func write(_ record: String, for item: BatchItem, sha256: String) throws -> WriteOutcome {
        var name = item.stem.fileName(sha256: sha256, extension: "json")
        // Never overwrite an output of this same run, even if a generated name happens to clash.
        var attempt = 2
        while usedNames.contains(name.lowercased()) {
            name = item.stem.fileName(sha256: sha256, extension: "\(attempt).json")
            attempt += 1
        }
        usedNames.insert(name.lowercased())
        try AtomicFile.write(record, to: URL(fileURLWithPath: folder).appendingPathComponent(name).path)
        return .written
    }

    public func finish() throws {}
    public func discard() {}
}

/// `convert FILE` with no `--output`: the one letter's pretty JSON on standard output.
public final class StandardOutputJSONWriter: BatchWriter {
    public typealias Record = String

    public init() {}

    public var destination: String { "stdout" }

    public static func render(_ letter: AnnualReviewLetter) throws -> String {
        try CanonicalJSON.pretty(letter)
    }

    public var existing: ExistingOutputs { .none }

    public func write(_ record: String, for item: BatchItem, sha256: String) throws -> WriteOutcome {
        try WriterError.writeToStandardOutput(record)
        return .written
    }

    public func finish() throws {}
    public func discard() {}
}
