import AnnualReview
import AnnualReviewPDF
import ArgumentParser
import Foundation

/// The `annual-review` command: Ombudsman Annual Review letters (PDF or text) to typed data.
@main
struct AnnualReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual-review",
        abstract: "Turn the Ombudsman's Annual Review letters (PDF or text) into JSON, JSON Lines, CSV or SQLite.",
        subcommands: [ConvertCommand.self, CheckCommand.self, ReportCommand.self, WorkerCommand.self, BenchCommand.self]
    )

    /// Exit statuses: 0 all converted, 1 some inputs failed, 2 usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            Terminal.error(fullMessage(for: error))
            Foundation.exit(code == .validationFailure || error is ValidationError ? 2 : code.rawValue == 1 ? 1 : 2)
        }
    }
}

/// The pipeline with poppler plugged in.
let pipeline = Pipeline(pdfExtractor: PopplerExtractor())

/// Writes to standard error.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// `annual-review: NAME: what is wrong`.
    static func failure(_ name: String, _ error: ConversionError) {
        self.error("annual-review: \(name): \(error)")
    }
}

extension StageName: ExpressibleByArgument {}
