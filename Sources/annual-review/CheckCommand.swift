import AnnualReview
import AnnualReviewExport
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

    @Flag(help: "Write the current outputs as the new expectations, print each change, and exit 1 if any changed (review the diff, then run check again).")
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
        var updated = 0
        var views = 0
        for input in inputs {
            let stageViews = checker.checkStages(input, update: update) { stage in
                // In this process: check runs no worker (a sample is no hostile input).
                let extract: StageRunner.Extract = { data, name throws(LetterFailure) in
                    do throws(ConversionError) { return try pipeline.extract(data, name: name) } catch { throw .conversion(error) }
                }
                do throws(LetterFailure) {
                    return .success(try StageRunner.render(.file(input), stage: stage, json: true, extract: extract))
                } catch {
                    if case .conversion(let conversion) = error { return .failure(conversion) }
                    return .failure(.unreadable(error.description))
                }
            }
            views += stageViews.count
            for outcome in [checker.check(input, update: update)] + stageViews {
                if outcome.updated { updated += 1 } else if !outcome.passed { failures += 1 }
                if !outcome.report.isEmpty { print(outcome.report, terminator: "") }
            }
        }
        let total = inputs.count + views
        print("check: \(total - failures - updated) of \(total) expected outputs as expected (\(inputs.count) samples, \(views) stage views)")
        if updated > 0 {
            // Re-recording is a deliberate act: it never reports success.
            print("check: \(updated) expected output\(updated == 1 ? "" : "s") re-recorded; review the diff above, then run check again")
        }
        if failures > 0 || updated > 0 { throw ExitCode(1) }
    }
}
