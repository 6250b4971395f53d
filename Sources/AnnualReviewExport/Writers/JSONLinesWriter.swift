import AnnualReview
import Foundation

/// `--format jsonl`: one compact canonical JSON object per letter and line, in input order, on
/// standard output or into `--output FILE` (built in a temporary file, renamed at the end).
///
/// With `--skip-existing` (FILE only) the lines already in FILE are kept, inputs whose sha256
/// one of them holds are skipped, and the new letters are appended after them. Without it FILE
/// is replaced. Within a run, an input with the same bytes as an earlier one is not repeated.
public final class JSONLinesWriter: BatchWriter {
    public typealias Record = String

    private let pending: PendingFile?
    public let destination: String
    private let existingKeys: Set<String>
    private var written: Set<String> = []

    /// - Parameters:
    ///   - path: the output file, or nil for standard output.
    ///   - keepExisting: keep FILE's lines and skip the letters they hold.
    public init(path: String?, keepExisting: Bool) throws {
        destination = path ?? "stdout"
        guard let path else {
            pending = nil
            existingKeys = []
            return
        }
        var keys: Set<String> = []
        if keepExisting {
            var lastLineEnded = true
            LineReader.forEachLine(in: path) { line in
                if let key = LetterKey.sha256(ofJSON: line) { keys.insert(key) }
            }
            if let handle = FileHandle(forReadingAtPath: path) {
                if let end = try? handle.seekToEnd(), end > 0 {
                    try? handle.seek(toOffset: end - 1)
                    lastLineEnded = (try? handle.read(upToCount: 1)) == Data([0x0A])
                }
                try? handle.close()
            }
            let file = try PendingFile(path, keepingContent: true)
            if !lastLineEnded { try file.append("\n") }
            pending = file
        } else {
            pending = try PendingFile(path)
        }
        existingKeys = keys
        written = keys
    }

    public static func render(_ letter: AnnualReviewLetter) throws -> String {
        try CanonicalJSON.compact(letter) + "\n"
    }

    /// A PDF worker's letter comes as the very line this writer writes: no decoding.
    public static func render(_ converted: ConvertedLetter) throws -> String {
        if let line = converted.compactJSON { return line + "\n" }
        return try render(try converted.letter())
    }

    public var existing: ExistingOutputs { ExistingOutputs(keys: existingKeys) }

    public func write(_ record: String, for item: BatchItem, sha256: String) throws -> WriteOutcome {
        guard written.insert(sha256).inserted else { return .duplicate }
        if let pending {
            try pending.append(record)
        } else {
            try WriterError.writeToStandardOutput(record)
        }
        return .written
    }

    public func finish() throws { try pending?.commit() }
    public func discard() { pending?.discard() }
}
