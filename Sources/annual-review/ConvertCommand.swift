import AnnualReview
import AnnualReviewExport
import AnnualReviewPDF
import ArgumentParser
import Foundation

/// `annual-review convert`: letters to JSON, one stage's view, or a batch of outputs
/// (JSON files, JSON Lines, CSV or SQLite), converted in parallel.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert letters (files, folders, or - for stdin) to JSON, JSON Lines, CSV or SQLite."
    )

    @Argument(help: "Letter files (.pdf .txt .md .html), folders of them, or - for standard input.")
    var inputs: [String]

    @Option(help: "Print one stage's result instead of the model: \(StageName.allCases.map(\.rawValue).joined(separator: ", ")).")
    var stage: StageName?

    @Flag(help: "With --stage: print the stage's value as JSON.")
    var json = false

    @Option(help: "With --stage, for a PDF: also draw each page to DIR/NAME-page-N.png with word boxes, sections, table rows and columns.")
    var render: String?

    @Option(help: "json: DIR for DIR/NAME.json per input; jsonl: FILE (default stdout); csv: DIR; sqlite: FILE.")
    var output: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .json

    @Option(help: "How many inputs to convert at once (the default is the machine's core count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds a PDF may take in its worker process before it is given up.")
    var timeout: Double = 5

    @Option(name: .customLong("max-memory"), help: ArgumentHelp(MemoryOption.help, valueName: "MIB"))
    var maxMemory: Int = MemoryLimit.defaultMebibytes

    @Flag(help: "Skip inputs whose sha256 the output already holds.")
    var skipExisting = false

    @Flag(help: "No progress bar and no summary line (failures are still reported).")
    var quiet = false

    @Flag(help: .hidden)
    var inProcess = false

    func validate() throws {
        if json && stage == nil { throw ValidationError("--json goes with --stage") }
        if render != nil && stage == nil { throw ValidationError("--render goes with --stage") }
        if stage != nil && (inputs.count != 1 || output != nil || format != .json) {
            throw ValidationError("--stage takes exactly one input and no --output or --format")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
        try MemoryOption.validate(maxMemory)
        if (format == .csv || format == .sqlite) && output == nil {
            throw ValidationError("--format \(format.rawValue) needs --output \(format == .csv ? "DIR" : "FILE")")
        }
        if skipExisting && output == nil { throw ValidationError("--skip-existing needs --output") }
        if let output, format == .json || format == .csv, exists(output, asFolder: false) {
            throw ValidationError("--output \(output) is a file; --format \(format.rawValue) writes into a folder")
        }
        if let output, format == .jsonl || format == .sqlite, exists(output, asFolder: true) {
            throw ValidationError("--output \(output) is a folder; --format \(format.rawValue) writes one file")
        }
    }

    func run() throws {
        let found = InputFinder.find(inputs)
        for missing in found.missing { Terminal.failure(missing, .unreadable("no such file or folder")) }

        if let stage {
            guard let input = found.inputs.first else { throw ExitCode(1) }
            // A PDF is read as `convert` reads it: in a worker, under --timeout and --max-memory.
            signal(SIGPIPE, SIG_IGN)
            let converter = IsolatedConverter(pipeline: pipeline, executable: IsolatedConverter.currentExecutable,
                                              arguments: [WorkerCommand.configuration.commandName ?? "worker"], lanes: 1,
                                              timeout: timeout, memoryLimit: MemoryLimit(mebibytes: maxMemory))
            defer { converter.shutDown() }
            let extract: StageRunner.Extract = { data, name throws(LetterFailure) in
                guard !inProcess else {
                    do throws(ConversionError) { return try pipeline.extract(data, name: name) } catch { throw .conversion(error) }
                }
                return try converter.extract(data, name: name)
            }
            do {
                print(try StageRunner.render(input, stage: stage, json: json, extract: extract), terminator: "")
            } catch {
                Terminal.error("annual-review: \(input.name): \(error)")
                throw ExitCode(1)
            }
            if let render {
                do {
                    let data = try InputReader.read(input)
                    guard Pipeline.isPDF(data) else {
                        Terminal.error("annual-review: \(input.name): --render draws the pages of a PDF only")
                        throw ExitCode(1)
                    }
                    for path in try PageRenderer.render(data, name: input.name, to: render) { Terminal.error(path) }
                } catch let exit as ExitCode {
                    throw exit
                } catch {
                    Terminal.error("annual-review: \(input.name): could not render: \(error)")
                    throw ExitCode(1)
                }
            }
            return
        }

        let single = found.inputs.count == 1 && inputs.count == 1 && !exists(inputs[0], asFolder: true)
        if format == .json && output == nil && !single {
            if found.inputs.isEmpty { throw ExitCode(found.missing.isEmpty ? 0 : 1) }
            throw ValidationError("several inputs need --output DIR (or --format jsonl)")
        }
        let batch = BatchConvert(format: format, output: output, jobs: jobs, quiet: quiet,
                                 skipExisting: skipExisting, timeout: timeout,
                                 memoryLimit: MemoryLimit(mebibytes: maxMemory), inProcess: inProcess,
                                 isSingleDocument: format == .json && output == nil)
        let status = batch.run(found.inputs, failedBeforehand: found.missing.count)
        if status != 0 { throw ExitCode(status) }
    }

    /// Whether `path` exists as a folder (`asFolder`) or as something else.
    func exists(_ path: String, asFolder: Bool) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue == asFolder
    }
}
