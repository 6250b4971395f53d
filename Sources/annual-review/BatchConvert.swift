import AnnualReview
import AnnualReviewExport
import ArgumentParser
import Foundation

/// The output formats of `convert --format`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Pretty JSON: on stdout for one input, else DIR/NAME.json per input.
    case json
    /// One compact JSON object per line, on stdout or into FILE.
    case jsonl
    /// letters.csv, complaints_received.csv, decisions.csv, sections.csv, warnings.csv in DIR.
    case csv
    /// An SQLite database FILE.
    case sqlite
}

/// Runs `convert` over found inputs: picks the writer for the format, the converter (PDF
/// extraction in worker processes unless told otherwise), and returns the exit status.
struct BatchConvert {
    var format: OutputFormat
    var output: String?
    var jobs: Int
    var quiet: Bool
    var skipExisting: Bool
    var timeout: Double
    var memoryLimit: MemoryLimit
    var inProcess: Bool
    /// One input printed to stdout as pretty JSON: no progress bar and no summary line.
    var isSingleDocument: Bool

    /// Converts everything; `failedBeforehand` inputs were already reported as missing.
    func run(_ inputs: [InputFinder.Input], failedBeforehand: Int) -> Int32 {
        // A worker that dies must not take the parent with it when we write to its pipe.
        signal(SIGPIPE, SIG_IGN)
        let items = BatchItem.plan(inputs)
        do {
            switch format {
            case .json:
                if let output { return run(items, try JSONFilesWriter(folder: output), failedBeforehand) }
                return run(items, StandardOutputJSONWriter(), failedBeforehand)
            case .jsonl:
                return run(items, try JSONLinesWriter(path: output, keepExisting: skipExisting), failedBeforehand)
            case .csv:
                return run(items, try CSVWriter(folder: output ?? ".", keepExisting: skipExisting), failedBeforehand)
            case .sqlite:
                return run(items, try SQLiteWriter(path: output ?? "letters.sqlite", readExisting: skipExisting),
                           failedBeforehand)
            }
        } catch {
            Terminal.error("annual-review: \(output ?? "output"): \(error)")
            return 1
        }
    }

    private func run<Writer: BatchWriter>(_ items: [BatchItem], _ writer: Writer, _ failedBeforehand: Int) -> Int32 {
        let converter: any LetterConverting = inProcess
            ? InProcessConverter(pipeline: pipeline)
            : IsolatedConverter(pipeline: pipeline, executable: IsolatedConverter.currentExecutable,
                                arguments: [WorkerCommand.configuration.commandName ?? "worker"],
                                lanes: jobs, timeout: timeout, memoryLimit: memoryLimit)
        let reporter = BatchReporter(total: items.count,
                                     showsProgress: !quiet && !isSingleDocument && BatchReporter.standardErrorIsTerminal,
                                     showsSummary: !quiet && !isSingleDocument)
        let runner = BatchRunner(items: items, converter: converter, writer: writer,
                                 options: .init(jobs: jobs, skipExisting: skipExisting),
                                 reporter: reporter, interrupt: InterruptSignal())
        let summary = runner.run(failedBeforehand: failedBeforehand)
        if summary.interrupted { return 130 }
        return summary.failed > 0 ? 1 : 0
    }
}
