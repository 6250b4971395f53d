import AnnualReview
import Foundation

/// Converts with PDF extraction (poppler, C++) moved into worker processes, one per lane, so a
/// file that crashes poppler, makes it hang or makes it take too much memory costs exactly that
/// file: a crash is reported as `ConversionError.crashed`, an overrun as `.timedOut(timeout)`,
/// an allocation refused under `memoryLimit` as `LetterFailure.needsMoreMemory`, and the lane's
/// next PDF gets a fresh worker. A worker sends back the finished letter (compact JSON), which
/// this process writes as it is (`--format jsonl`) or decodes; text inputs are converted here.
public final class IsolatedConverter: LetterConverting, @unchecked Sendable {
    private let pipeline: Pipeline
    private let timeout: Double
    private let workers: [PDFWorker]

    /// - Parameters:
    ///   - executable: the program to start as a worker (this tool), with `arguments`
    ///     selecting its worker mode.
    ///   - lanes: how many lanes (and so at most how many workers) the batch runs.
    ///   - memoryLimit: what each worker may allocate (nil: no limit).
    public init(pipeline: Pipeline, executable: String, arguments: [String], lanes: Int, timeout: Double,
                memoryLimit: MemoryLimit?) {
        self.pipeline = pipeline
        self.timeout = timeout
        var environment = ProcessInfo.processInfo.environment
        // A crash should end the worker at once, without the Swift runtime's backtrace.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let launch = PDFWorker.Launch(executable: executable, arguments: arguments, environment: environment)
        workers = (0..<max(1, lanes)).map { _ in PDFWorker(launch: launch, memoryLimit: memoryLimit) }
    }

    public func convert(_ data: Data, name: String, lane: Int) throws(LetterFailure) -> AnnualReviewLetter {
        let converted = try convertForWriting(data, name: name, lane: lane)
        do { return try converted.letter() } catch {
            throw .conversion(.unreadable("the PDF worker's letter does not decode: \(error)"))
        }
    }

    /// A PDF's letter as its worker sent it (compact JSON, not decoded here).
    public func convertForWriting(_ data: Data, name: String, lane: Int) throws(LetterFailure) -> ConvertedLetter {
        try converted(data, name: name, sha256: nil, lane: lane)
    }

    /// The same, with the input's `Pipeline.sha256` handed on (to the worker) instead of
    /// computed again.
    public func convertForWriting(_ data: Data, name: String, sha256: String, lane: Int) throws(LetterFailure) -> ConvertedLetter {
        try converted(data, name: name, sha256: sha256, lane: lane)
    }

    private func converted(_ data: Data, name: String, sha256: String?, lane: Int) throws(LetterFailure) -> ConvertedLetter {
        guard Pipeline.isPDF(data) else {
            do { return ConvertedLetter(try pipeline.convert(data, name: name, sha256: sha256)) } catch { throw .conversion(error) }
        }
        return try workers[lane % workers.count].letter(data, name: name, sha256: sha256, timeout: timeout)
    }

    /// The extract stage alone (for `--stage`): a PDF's in a worker of lane 0, as `convert`
    /// reads it; a text input's in this process.
    public func extract(_ data: Data, name: String) throws(LetterFailure) -> ExtractedDocument {
        guard Pipeline.isPDF(data) else {
            do { return try pipeline.extract(data, name: name) } catch { throw .conversion(error) }
        }
        return try workers[0].extract(data, name: name, timeout: timeout)
    }

    public func shutDown() {
        for worker in workers { worker.stop() }
    }

    /// The path of the running executable, to start workers from.
    public static var currentExecutable: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
