import AnnualReview
import Foundation

/// Converts a batch of inputs on `jobs` threads and hands the results to a writer in input
/// order (so outputs are the same whatever the timing), keeping at most `2 × jobs` inputs in
/// memory at once. A failed input is reported and counted; the batch always goes on.
public final class BatchRunner<Writer: BatchWriter> {
    /// How a batch runs.
    public struct Options: Sendable {
        public var jobs: Int
        public var skipExisting: Bool

        public init(jobs: Int, skipExisting: Bool) {
            self.jobs = max(1, jobs)
            self.skipExisting = skipExisting
        }

        /// The default number of jobs: the machine's active cores.
        public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }
    }

    /// One input's result on its way from a lane to the writer.
    enum Outcome: Sendable {
        case converted(Writer.Record, sha256: String, warnings: Int)
        case skipped
        case failed(String)
    }

    private let items: [BatchItem]
    private let converter: any LetterConverting
    private let writer: Writer
    private let options: Options
    private let reporter: BatchReporter
    private let interrupt: InterruptSignal?

    public init(items: [BatchItem], converter: any LetterConverting, writer: Writer, options: Options,
                reporter: BatchReporter, interrupt: InterruptSignal? = nil) {
        self.items = items
        self.converter = converter
        self.writer = writer
        self.options = options
        self.reporter = reporter
        self.interrupt = interrupt
    }

    /// Runs the batch to the end (or to an interrupt), finishes the writer, prints the summary.
    /// - Parameter failedBeforehand: inputs already reported as failed (named but not found).
    public func run(failedBeforehand: Int = 0) -> BatchSummary {
        let scheduler = BatchScheduler<Outcome>(count: items.count, window: 2 * options.jobs)
        interrupt?.onInterrupt { scheduler.stop() }
        startLanes(scheduler)

        var summary = BatchSummary()
        summary.total = items.count + failedBeforehand
        summary.failed = failedBeforehand
        loop: while true {
            switch scheduler.next(wait: 0.1) {
            case .idle:
                reporter.tick()
            case .finished:
                break loop
            case .result(let index, let outcome):
                if !record(outcome, for: items[index], in: &summary) { scheduler.stop() }
                reporter.advance()
            }
        }
        scheduler.waitForLanes()
        converter.shutDown()

        do {
            try writer.finish()
        } catch {
            writer.discard()
            reporter.failure(writer.destination, "\(error)")
            summary.failed += summary.converted
            summary.converted = 0
        }
        summary.interrupted = scheduler.isStopped && !summary.stoppedByOutput
        summary.notStarted += items.count - scheduler.started
        summary.elapsed = reporter.elapsed
        reporter.finish(summary)
        return summary
    }

    /// Hands one result to the writer and counts it; false when the writer cannot go on.
    private func record(_ outcome: Outcome, for item: BatchItem, in summary: inout BatchSummary) -> Bool {
        if summary.stoppedByOutput {
            summary.notStarted += 1
            return false
        }
        switch outcome {
        case .converted(let record, let sha256, let warnings):
            do {
                switch try writer.write(record, for: item, sha256: sha256) {
                case .written:
                    summary.converted += 1
                    summary.warnings += warnings
                case .duplicate:
                    summary.duplicates += 1
                }
            } catch let error as WriterError where error.isFatal {
                reporter.failure(item.name, "could not write the output: \(error)")
                summary.failed += 1
                summary.stoppedByOutput = true
                return false
            } catch {
                reporter.failure(item.name, "could not write the output: \(error)")
                summary.failed += 1
            }
        case .skipped:
            summary.skipped += 1
        case .failed(let reason):
            reporter.failure(item.name, reason)
            summary.failed += 1
        }
        return true
    }

    private func startLanes(_ scheduler: BatchScheduler<Outcome>) {
        let lanes = min(options.jobs, max(1, items.count))
        let work = LaneWork<Writer>(items: items, converter: converter,
                                    existing: options.skipExisting ? writer.existing : .none)
        for lane in 0..<lanes {
            scheduler.laneStarted()
            let thread = Thread {
                while let index = scheduler.take() {
                    scheduler.deliver(index, work.process(work.items[index], lane: lane))
                }
                scheduler.laneFinished()
            }
            thread.name = "annual-review lane \(lane)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}

/// What a lane does with one input: read it, hash it, skip it or convert and render it.
private struct LaneWork<Writer: BatchWriter>: Sendable {
    let items: [BatchItem]
    let converter: any LetterConverting
    let existing: ExistingOutputs

    func process(_ item: BatchItem, lane: Int) -> BatchRunner<Writer>.Outcome {
        let data: Data
        do { data = try InputReader.read(item.input) } catch { return .failed(error.description) }
        let sha256 = Pipeline.sha256(data)
        if existing.contains(sha256: sha256, item: item) { return .skipped }
        let converted: ConvertedLetter
        do { converted = try converter.convertForWriting(data, name: item.name, sha256: sha256, lane: lane) } catch {
            return .failed(error.description)
        }
        do {
            return .converted(try Writer.render(converted), sha256: sha256, warnings: converted.warningCount)
        } catch {
            return .failed("could not encode the result: \(error)")
        }
    }
}
