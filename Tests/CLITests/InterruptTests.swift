import AnnualReview
import Foundation
import Testing

@Suite("Ctrl-C leaves whole outputs and no temporary files", .serialized)
struct InterruptTests {
    @Test(arguments: ["json", "jsonl", "csv", "sqlite"])
    func interruptedRunKeepsFinishedOutputs(format: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        // Many inputs (hard links to the seeds), so the run is still going when the signal comes.
        for copy in 0..<300 {
            for seed in CLI.seedLetters {
                link(seed.path, inputs.appendingPathComponent("\(copy)-\(seed.lastPathComponent)").path)
            }
        }
        let output = folder.appendingPathComponent(format == "jsonl" || format == "sqlite" ? "out.\(format)" : "out")
        let started = try CLI.start(["convert", inputs.path, "--format", format, "--output", output.path, "--jobs", "2"])
        Thread.sleep(forTimeInterval: 1.5)
        started.process.interrupt()
        started.process.waitUntilExit()
        let run = started.finish()

        #expect(run.status == 130, "\(run.stderr)")
        #expect(run.stderr.contains("annual-review: interrupted,"))
        let everything = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        #expect(everything.filter { $0.hasSuffix(".tmp") || $0.hasSuffix("-wal") || $0.hasSuffix("-journal") }.isEmpty)
        switch format {
        case "json":
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(!names.isEmpty)
            for name in names {
                let data = try Data(contentsOf: output.appendingPathComponent(name))
                #expect(throws: Never.self) { try JSONDecoder().decode(AnnualReviewLetter.self, from: data) }
            }
        case "jsonl":
            let text = try String(contentsOf: output, encoding: .utf8)
            #expect(text.hasSuffix("\n"))
            for line in text.split(separator: "\n") {
                #expect(throws: Never.self) { try JSONDecoder().decode(AnnualReviewLetter.self, from: Data(line.utf8)) }
            }
        case "csv":
            let letters = LetterRebuilder.letters(try LetterRebuilder.tables(csvFolder: output))
            #expect(!letters.isEmpty)
        default:
            let letters = LetterRebuilder.letters(try LetterRebuilder.tables(sqlite: output.path))
            #expect(!letters.isEmpty)
        }
    }
}
