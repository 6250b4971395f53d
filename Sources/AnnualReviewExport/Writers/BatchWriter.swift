import AnnualReview
import Foundation

/// Where a batch's letters go. `render` runs on the conversion threads, in parallel;
/// `write`, `finish` and `discard` are called from one writer thread, in input order.
public protocol BatchWriter: AnyObject, SendableMetatype {
    /// What `render` makes of a letter (JSON text, CSV rows, the letter itself).
    associatedtype Record: Sendable

    /// Turns a letter into what `write` stores. Pure: called from several threads at once.
    static func render(_ letter: AnnualReviewLetter) throws -> Record

    /// The same from a batch's converted letter; by default `render` of its value. A writer
    /// that can use the letter's compact JSON as it is implements this.
    static func render(_ converted: ConvertedLetter) throws -> Record

    /// The output as the user named it, for messages (`annual-review: DESTINATION: …`).
    var destination: String { get }

    /// Which inputs the output already holds, for `--skip-existing`. Safe from any thread.
    var existing: ExistingOutputs { get }

    /// Stores one converted input. `.duplicate` when this run already wrote the same bytes.
    func write(_ record: Record, for item: BatchItem, sha256: String) throws -> WriteOutcome

    /// Makes everything written so far durable and visible (renames, commits).
    func finish() throws

    /// Gives up: removes temporary files, rolls back what is not committed.
    func discard()
}

extension BatchWriter {
    public static func render(_ converted: ConvertedLetter) throws -> Record {
        try render(try converted.letter())
    }
}

/// What became of a converted input at the writer.
public enum WriteOutcome: Sendable {
    case written
    /// Same bytes (sha256) as an input written earlier in this run: not written twice.
    case duplicate
}

/// Answers "does the output already hold this input?" for `--skip-existing`.
public struct ExistingOutputs: Sendable {
    private let lookup: @Sendable (_ sha256: String, _ item: BatchItem) -> Bool

    public init(_ lookup: @escaping @Sendable (_ sha256: String, _ item: BatchItem) -> Bool) {
        self.lookup = lookup
    }

    /// A set of sha256 keys read from the output before the run.
    public init(keys: Set<String>) {
        self.lookup = { sha256, _ in keys.contains(sha256) }
    }

    public static let none = ExistingOutputs { _, _ in false }

    public func contains(sha256: String, item: BatchItem) -> Bool { lookup(sha256, item) }
}

/// Why a writer could not be set up or could not store a record: one line for the user.
/// A fatal one (standard output closed, the output file no longer writable) ends the batch:
/// every later input would fail the same way.
public struct WriterError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public let isFatal: Bool

    public init(_ description: String, isFatal: Bool = false) {
        self.description = description
        self.isFatal = isFatal
    }

    /// Writes to standard output, turning a failure (a closed pipe, say) into a fatal error.
    static func writeToStandardOutput(_ text: String) throws(WriterError) {
        var text = text
        let failure: Int32? = text.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                guard let base = bytes.baseAddress else { return nil }
                let written = write(STDOUT_FILENO, base + offset, bytes.count - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else {
                    return written < 0 ? errno : EIO
                }
            }
            return nil
        }
        if let failure {
            throw WriterError("cannot write to standard output: \(String(cString: strerror(failure)))", isFatal: true)
        }
    }
}
