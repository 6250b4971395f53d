import AnnualReview
import Foundation
import Testing

/// Re-recording is a deliberate act: `--update` writes the new output, shows the change and
/// is never counted as passing; stage views beside a sample are checked like its JSON.
@Suite struct SampleCheckerTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func updateWritesShowsTheChangeAndDoesNotPass() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("a.txt").path
        try "letter".write(toFile: input, atomically: true, encoding: .utf8)
        try "old\n".write(toFile: dir.appendingPathComponent("a.json").path, atomically: true, encoding: .utf8)
        let checker = SampleChecker { _ in .success("new\n") }

        let checked = checker.check(input, update: false)
        #expect(!checked.passed && !checked.updated)
        let updated = checker.check(input, update: true)
        #expect(!updated.passed && updated.updated)
        #expect(updated.report.contains("-old") && updated.report.contains("+new"))
        #expect(try String(contentsOfFile: dir.appendingPathComponent("a.json").path, encoding: .utf8) == "new\n")
        #expect(checker.check(input, update: true).passed)
    }

    @Test func stageViewsBesideASampleAreChecked() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("a.txt").path
        try "letter".write(toFile: input, atomically: true, encoding: .utf8)
        try "{}\n".write(toFile: SampleChecker.stageViewPath(for: input, stage: .normalize), atomically: true, encoding: .utf8)
        let checker = SampleChecker { _ in .success("") }
        let outcomes = checker.checkStages(input, update: false) { stage in .success(stage == .normalize ? "{}\n" : "x") }
        #expect(outcomes.count == 1)
        #expect(outcomes.first?.passed == true)
        let changed = checker.checkStages(input, update: false) { _ in .success("{\"blocks\": []}\n") }
        #expect(changed.first?.passed == false)
    }
}
