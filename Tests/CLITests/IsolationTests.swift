import Foundation
import Testing

@Suite("PDF workers: a crash or a hang costs one file", .serialized)
struct IsolationTests {
    /// PDFs from Samples/generated (any bytes starting `%PDF-` go to a worker).
    private func pdfs(_ count: Int) throws -> [URL] {
        let folder = CLI.samples.appendingPathComponent("generated")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        return names.prefix(count).map { folder.appendingPathComponent($0) }
    }

    @Test func crashAndHangAreReportedAndTheRestConverts() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let count = try CLI.makeLetters(in: inputs, extra: 0)
        let sources = try pdfs(3)
        try #require(sources.count == 3)
        for (source, name) in zip(sources, ["crash.pdf", "hang.pdf", "fine.pdf"]) {
            try FileManager.default.copyItem(at: source, to: inputs.appendingPathComponent(name))
        }
        let token = "annual-review-test-\(UUID().uuidString)"
        let started = Date()
        let run = try CLI.run(
            ["convert", inputs.path, "--format", "jsonl", "--timeout", "3", "--jobs", "2"],
            environment: ["ANNUAL_REVIEW_WORKER_FAULT": "crash:crash.pdf,hang:hang.pdf", "ANNUAL_REVIEW_TEST_TOKEN": token])
        let elapsed = Date().timeIntervalSince(started)

        #expect(run.status == 1)
        #expect(run.errorLines.contains("annual-review: crash.pdf: the PDF worker crashed reading it (poppler or annual-review: please report the file)"), "\(run.stderr)")
        #expect(run.errorLines.contains("annual-review: hang.pdf: timed out after 3 s"), "\(run.stderr)")
        #expect(!run.errorLines.contains { $0.hasPrefix("annual-review: fine.pdf: the PDF worker crashed") || $0.contains("fine.pdf: timed out") })
        let converted = run.stdout.split(separator: "\n").count
        #expect(converted >= count, "every text letter converts whatever the workers do")
        #expect(elapsed < 20)
        #expect(CLI.processes(withEnvironment: token).isEmpty, "no worker left behind")
    }

    @Test func everyFileCanCrashItsWorker() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = try pdfs(6)
        try #require(!sources.isEmpty)
        for (index, source) in sources.enumerated() {
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("p\(index).pdf"))
        }
        let token = "annual-review-test-\(UUID().uuidString)"
        let run = try CLI.run(["convert", folder.path, "--format", "jsonl", "--jobs", "2"],
                              environment: ["ANNUAL_REVIEW_WORKER_FAULT": "crash", "ANNUAL_REVIEW_TEST_TOKEN": token])
        #expect(run.status == 1)
        let crashed = run.errorLines.filter { $0.contains(": the PDF worker crashed") }
        #expect(crashed.count == sources.count, "a fresh worker for each file: \(run.stderr)")
        #expect(CLI.processes(withEnvironment: token).isEmpty)
    }

    @Test func aWorkerThatDiedIdleIsReplacedWithoutBlamingTheNextFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = try pdfs(3)
        try #require(sources.count == 3)
        for (index, source) in sources.enumerated() {
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("p\(index).pdf"))
        }
        let token = "annual-review-test-\(UUID().uuidString)"
        let faulty = try CLI.run(["convert", folder.path, "--format", "jsonl", "--jobs", "1"],
                                 environment: ["ANNUAL_REVIEW_WORKER_FAULT": "quit:p0.pdf", "ANNUAL_REVIEW_TEST_TOKEN": token])
        let clean = try CLI.run(["convert", folder.path, "--format", "jsonl", "--jobs", "1"])
        #expect(!faulty.stderr.contains("crashed"), "\(faulty.stderr)")
        #expect(faulty.status == clean.status)
        #expect(faulty.stdout == clean.stdout)
        #expect(CLI.processes(withEnvironment: token).isEmpty)
    }
}

