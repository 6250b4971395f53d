import Foundation
import Testing
import TestSupport

/// `annual-review report` run as a program: exit statuses, error lines, and the same site from
/// letter files as from the database `convert --format sqlite` makes of them.
@Suite(.serialized) struct ReportCommandTests {
    struct Run {
        var status: Int32
        var stderr: String
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The built binary: `$ANNUAL_REVIEW_BIN`, or `annual-review` beside this test bundle (the
    /// products folder of the scratch path the tests were built with).
    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["ANNUAL_REVIEW_BIN"], FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        for start in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent("annual-review")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "annual-review binary not found; build the product first"])
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("report-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let handle = try FileHandle(forWritingTo: errorFile)
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Run(status: process.terminationStatus, stderr: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    var texts: [String] { ReportFixtures.letterFiles.map(\.path) }

    @Test func badInputsGetOneLineEachAndExitOne() throws {
        let out = try ReportFixtures.temporaryFolder()
        let bad = Fixtures.samples.appendingPathComponent("bad")
        let run = try Self.run(["report", texts[0], bad.appendingPathComponent("noise.txt").path,
                                bad.appendingPathComponent("empty.txt").path, "/no/such/letter.txt",
                                "--output", out.path, "--quiet"])
        #expect(run.status == 1)
        #expect(run.errorLines == [
            "annual-review: noise.txt: not a text file or a PDF (binary data)",
            "annual-review: empty.txt: the file is empty",
            "annual-review: /no/such/letter.txt: no such file or folder",
        ])
        let written = try Self.files(in: out)
        #expect(written.count == 2)
        #expect(written["index.html"] != nil)
    }

    @Test func sameSiteFromFilesAndFromTheirDatabase() throws {
        let work = try ReportFixtures.temporaryFolder()
        let database = work.appendingPathComponent("letters.sqlite").path
        let convert = try Self.run(["convert"] + texts + ["--format", "sqlite", "--output", database, "--quiet"])
        #expect(convert.status == 0, "\(convert.stderr)")

        let fromFiles = work.appendingPathComponent("from-files")
        let fromDatabase = work.appendingPathComponent("from-database")
        let first = try Self.run(["report"] + texts + ["--output", fromFiles.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.errorLines.last?.hasPrefix("annual-review: report of \(ReportFixtures.letters.count) letters") == true)
        let second = try Self.run(["report", database, "--output", fromDatabase.path, "--quiet"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.isEmpty)

        let a = try Self.files(in: fromFiles), b = try Self.files(in: fromDatabase)
        #expect(a.count == ReportFixtures.letters.count + 1)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs") }
    }

    @Test func outputMustBeAFolder() throws {
        let work = try ReportFixtures.temporaryFolder()
        let file = work.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        let run = try Self.run(["report", texts[0], "--output", file.path])
        #expect(run.status == 2)
        let none = try Self.run(["report", "--output", work.path])
        #expect(none.status == 2)
    }
}
