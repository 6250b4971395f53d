import AnnualReview
import AnnualReviewExport
import AnnualReviewReport
import ArgumentParser
import Foundation

/// `annual-review report`: a static HTML site comparing the letters' figures — `index.html`
/// with one row per letter, and one page per authority and year.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a static HTML performance report: an index of every letter and one page per authority and year.",
        discussion: """
        INPUT may be a letter (PDF or text), a JSON file written by `convert` (or JSON Lines), an \
        SQLite database written by `convert --format sqlite`, or a folder of any of these; each \
        file's kind is sniffed from its bytes. A letter met twice (same sha256) is shown once. \
        The site needs no network and no JavaScript framework: open DIR/index.html.
        """
    )

    @Argument(help: "Letters, JSON files, SQLite databases, folders of them, or - for standard input.")
    var inputs: [String] = []

    @Option(help: "The folder to write index.html and the authority pages into (created if missing).")
    var output: String

    @Option(help: "Seconds a PDF may take in its worker process before it is given up.")
    var timeout: Double = 5

    @Option(name: .customLong("max-memory"), help: ArgumentHelp(MemoryOption.help, valueName: "MIB"))
    var maxMemory: Int = MemoryLimit.defaultMebibytes

    @Flag(help: "No summary line on stderr (failures are still reported).")
    var quiet = false

    @Flag(help: .hidden)
    var inProcess = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a letter, JSON file, database or folder)") }
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
        try MemoryOption.validate(maxMemory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--output \(output) is a file; the report is written into a folder")
        }
    }

    func run() throws {
        // A PDF worker that dies must not take this process with it when we write to its pipe.
        signal(SIGPIPE, SIG_IGN)
        let converter: any LetterConverting = inProcess
            ? InProcessConverter(pipeline: pipeline)
            : IsolatedConverter(pipeline: pipeline, executable: IsolatedConverter.currentExecutable,
                                arguments: [WorkerCommand.configuration.commandName ?? "worker"],
                                lanes: 1, timeout: timeout, memoryLimit: MemoryLimit(mebibytes: maxMemory))
        defer { converter.shutDown() }
        let loader = LetterLoader { data, name throws(LetterFailure) in
            try converter.convert(data, name: name, lane: 0)
        }
        let loaded = loader.load(inputs)
        for failure in loaded.failures { Terminal.error("annual-review: \(failure)") }

        let report = Report(letters: loaded.letters)
        let written: [String]
        do {
            written = try SiteWriter(folder: output).write(report)
        } catch {
            Terminal.error("annual-review: \(output): could not write the report: \(error)")
            throw ExitCode(1)
        }
        if !quiet {
            var line = "annual-review: report of \(report.rows.count) letter\(report.rows.count == 1 ? "" : "s") "
                + "(\(written.count) pages) in \(URL(fileURLWithPath: output).appendingPathComponent("index.html").path)"
            if loaded.duplicates > 0 { line += ", \(loaded.duplicates) duplicate\(loaded.duplicates == 1 ? "" : "s") left out" }
            if !loaded.failures.isEmpty { line += ", \(loaded.failures.count) failed" }
            Terminal.error(line)
        }
        if !loaded.failures.isEmpty { throw ExitCode(1) }
    }
}
