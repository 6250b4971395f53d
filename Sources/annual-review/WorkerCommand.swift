import AnnualReviewExport
import ArgumentParser
import Foundation

/// `annual-review worker` (hidden): the PDF worker process a batch starts. Reads requests on
/// standard input and answers on standard output until its input ends; see `WorkerLoop`.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Extract PDFs for a parent annual-review process (internal).",
        shouldDisplay: false
    )

    @Option(help: "Limit this process's memory (data segment) to MIB mebibytes.")
    var maxMemory: Int?

    func run() throws {
        Foundation.exit(WorkerLoop.run(pipeline: pipeline, memoryLimit: maxMemory.map(MemoryLimit.init(mebibytes:))))
    }
}
