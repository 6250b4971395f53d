import AnnualReview
import ArgumentParser
import Foundation

/// `annual-review check`: regression against the expected outputs beside every sample.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Convert every sample and compare it with the expected NAME.json (or NAME.error) beside it."
    )

    @Argument(help: "The samples folder.")
    var folder: String = "Samples"

    @Flag(help: "Write the current outputs as the new expectations (review the diff first).")
    var update = false

    func run() throws {
        let inputs = InputFinder.files(under: folder, skipFolders: SampleChecker.skippedFolders)
        guard !inputs.isEmpty else {
            Terminal.error("annual-review: \(folder): no samples found")
            throw ExitCode(1)
        }
        let checker = SampleChecker { path in
            let input = InputFinder.Input.file(path)
            do throws(ConversionError) { return .success(try StageRunner.convertToJSON(input)) } catch { return .failure(error) }
        }
        var failures = 0
        for input in inputs {
            let outcome = checker.check(input, update: update)
            if !outcome.passed { failures += 1 }
            if !outcome.report.isEmpty { print(outcome.report, terminator: "") }
        }
        print("check: \(inputs.count - failures) of \(inputs.count) samples as expected")
        if failures > 0 { throw ExitCode(1) }
    }
}
