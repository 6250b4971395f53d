import Foundation
import GRDB
import Testing

@Suite("Bad inputs, usage errors, --skip-existing", .serialized)
struct FailureTests {
    @Test(arguments: ["json", "jsonl", "csv", "sqlite"])
    func aBadFileGetsItsLineAndTheOthersConvert(format: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let count = try CLI.makeLetters(in: inputs, extra: 0)
        try Data("hello, this is not a letter\n".utf8).write(to: inputs.appendingPathComponent("bad.txt"))
        try Data().write(to: inputs.appendingPathComponent("empty.md"))
        let output = format == "jsonl" || format == "sqlite" ? "out.\(format)" : "out"
        let run = try CLI.run(["convert", inputs.path, folder.appendingPathComponent("missing.txt").path,
                               "--format", format, "--output", folder.appendingPathComponent(output).path])
        #expect(run.status == 1)
        let failures = run.errorLines.filter { !$0.contains(" converted, ") }
        #expect(failures.count == 3, "\(run.stderr)")
        #expect(failures.contains { $0.hasPrefix("annual-review: bad.txt: not an Annual Review letter") })
        #expect(failures.contains("annual-review: empty.md: the file is empty"))
        #expect(failures.contains { $0.hasPrefix("annual-review: missing.txt: ") || $0.contains("missing.txt: cannot read") })
        #expect(run.errorLines.last?.hasPrefix("annual-review: \(count) converted, 3 failed") == true, "\(run.stderr)")
    }

    @Test(arguments: [
        ["convert", "x", "--format", "csv"],
        ["convert", "x", "--format", "sqlite"],
        ["convert", "x", "--jobs", "0"],
        ["convert", "x", "--format", "xml"],
        ["convert", "x", "--skip-existing"],
        ["convert", "x", "--timeout", "0", "--format", "jsonl"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
    }

    @Test func skipExistingSkipsWhatEachOutputHolds() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let count = try CLI.makeLetters(in: inputs, extra: 0)
        let outputs = [("json", "out-json"), ("jsonl", "out.jsonl"), ("csv", "out-csv"), ("sqlite", "out.sqlite")]
        for (format, name) in outputs {
            let path = folder.appendingPathComponent(name).path
            let first = try CLI.run(["convert", inputs.path, "--format", format, "--output", path])
            #expect(first.status == 0, "\(format): \(first.stderr)")
            let second = try CLI.run(["convert", inputs.path, "--format", format, "--output", path, "--skip-existing"])
            #expect(second.status == 0)
            #expect(second.errorLines.last?.contains("0 converted, 0 failed, 0 warnings, \(count) skipped") == true,
                    "\(format): \(second.stderr)")
        }
        // A new letter is added; the kept ones stay.
        let extra = try String(contentsOf: CLI.seedLetters[0], encoding: .utf8) + "\n"
        try Data(extra.utf8).write(to: inputs.appendingPathComponent("zz-new.txt"))
        for (format, name) in outputs {
            let path = folder.appendingPathComponent(name).path
            let third = try CLI.run(["convert", inputs.path, "--format", format, "--output", path, "--skip-existing"])
            #expect(third.errorLines.last?.contains("1 converted, 0 failed") == true, "\(format): \(third.stderr)")
        }
        let lines = try String(contentsOfFile: folder.appendingPathComponent("out.jsonl").path, encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == count + 1)
        let letters = try String(contentsOfFile: folder.appendingPathComponent("out-csv/letters.csv").path, encoding: .utf8)
        #expect(letters.split(separator: "\r\n").count == count + 2)
        let stored = try DatabaseQueue(path: folder.appendingPathComponent("out.sqlite").path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM letters")
        }
        #expect(stored == count + 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out-json").path).count == count + 1)
    }

    @Test func rerunningIntoTheSameDatabaseChangesNothing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try CLI.makeLetters(in: inputs, extra: 10)
        let path = folder.appendingPathComponent("letters.sqlite").path
        func dump() throws -> [String] {
            try DatabaseQueue(path: path).read { db in
                try ["letters", "statistics", "complaints_received", "decisions", "sections", "warnings"].flatMap { table in
                    try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3").map { "\(table) \($0)" }
                }
            }
        }
        #expect(try CLI.run(["convert", inputs.path, "--format", "sqlite", "--output", path]).status == 0)
        let first = try dump()
        #expect(try CLI.run(["convert", inputs.path, "--format", "sqlite", "--output", path, "--jobs", "1"]).status == 0)
        #expect(try dump() == first)
    }

    @Test func aClosedStandardOutputStopsTheBatchWithOneLine() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for copy in 0..<40 {
            for seed in CLI.seedLetters { link(seed.path, inputs.appendingPathComponent("\(copy)-\(seed.lastPathComponent)").path) }
        }
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = ["convert", inputs.path, "--format", "jsonl", "--jobs", "2"]
        let pipe = Pipe()
        let errors = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = pipe
        process.standardError = try FileHandle(forWritingTo: errors)
        try pipe.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        #expect(process.terminationStatus == 1)
        #expect(stderr.components(separatedBy: "cannot write to standard output").count == 2, "one line: \(stderr)")
        #expect(stderr.contains("stopped (the output cannot be written)"))
        #expect(!stderr.contains("failed, ") || stderr.contains(" 1 failed, "), "only the input being written fails: \(stderr)")
    }
}
