import AnnualReview
@testable import AnnualReviewExport
import Foundation
import Testing

/// A converter that takes a varying time per input and records how many inputs are in flight.
private final class SlowConverter: LetterConverting, @unchecked Sendable {
    let letters: [String: AnnualReviewLetter]
    let lock = NSLock()
    var inFlight = 0
    var maxInFlight = 0
    var started = 0
    var writtenSoFar: () -> Int = { 0 }
    var maxAhead = 0

    init(letters: [String: AnnualReviewLetter]) { self.letters = letters }

    func convert(_ data: Data, name: String, lane: Int) throws(LetterFailure) -> AnnualReviewLetter {
        lock.withLock {
            inFlight += 1
            started += 1
            maxInFlight = max(maxInFlight, inFlight)
            maxAhead = max(maxAhead, started - writtenSoFar())
        }
        defer { lock.withLock { inFlight -= 1 } }
        usleep(UInt32.random(in: 0...3000))
        guard let letter = letters[String(decoding: data, as: UTF8.self)] else { throw .conversion(.notALetter("bad")) }
        return letter
    }

    func shutDown() {}
}

/// Records what reaches the writer, in order.
private final class RecordingWriter: BatchWriter, @unchecked Sendable {
    typealias Record = String
    let lock = NSLock()
    var names: [String] = []
    var finished = false

    static func render(_ letter: AnnualReviewLetter) throws -> String { letter.source.name }
    var destination: String { "memory" }
    var existing: ExistingOutputs { .none }
    var count: Int { lock.withLock { names.count } }

    func write(_ record: String, for item: BatchItem, sha256: String) throws -> WriteOutcome {
        lock.withLock { names.append(record) }
        return .written
    }

    func finish() throws { finished = true }
    func discard() {}
}

@Suite("Batch runner")
struct BatchRunnerTests {
    @Test func writesInInputOrderWithABoundedWindow() throws {
        let folder = try SampleLetters.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var letters: [String: AnnualReviewLetter] = [:]
        var inputs: [InputFinder.Input] = []
        for index in 0..<200 {
            let name = String(format: "letter-%03d.txt", index)
            let content = "content \(index)"
            var letter = AnnualReviewLetter(source: SourceInfo(name: name, format: .text, pageCount: nil, sha256: ""))
            letter.warnings = index % 7 == 0 ? [LetterWarning(.unparsedLine, "x")] : []
            letters[content] = letter
            let path = folder.appendingPathComponent(name).path
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
            inputs.append(.file(path))
        }
        let converter = SlowConverter(letters: letters)
        let writer = RecordingWriter()
        converter.writtenSoFar = { writer.count }
        let jobs = 4
        let runner = BatchRunner(items: BatchItem.plan(inputs), converter: converter, writer: writer,
                                 options: .init(jobs: jobs, skipExisting: false),
                                 reporter: BatchReporter(total: inputs.count, showsProgress: false, showsSummary: false))
        let summary = runner.run()

        let expected = (0..<200).map { String(format: "letter-%03d.txt", $0) }
        #expect(writer.names == expected)
        #expect(writer.finished)
        #expect(summary.converted == expected.count)
        #expect(summary.failed == 0)
        #expect(summary.warnings == (0..<200).filter { $0 % 7 == 0 }.count)
        #expect(converter.maxInFlight <= jobs)
        // At most a window of 2 × jobs inputs between started and handed to the writer; the
        // writer's own count lags by the one result it is writing at that moment.
        #expect(converter.maxAhead <= 2 * jobs + 1)
    }

    @Test func aFailedInputIsCountedAndTheBatchGoesOn() throws {
        let folder = try SampleLetters.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var letters: [String: AnnualReviewLetter] = [:]
        var inputs: [InputFinder.Input] = []
        for index in 0..<5 {
            let path = folder.appendingPathComponent("l\(index).txt").path
            try Data("c\(index)".utf8).write(to: URL(fileURLWithPath: path))
            if index != 2 {
                letters["c\(index)"] = AnnualReviewLetter(source: SourceInfo(name: "l\(index).txt", format: .text, pageCount: nil, sha256: ""))
            }
            inputs.append(.file(path))
        }
        inputs.insert(.file(folder.appendingPathComponent("missing.txt").path), at: 1)
        let writer = RecordingWriter()
        let summary = BatchRunner(items: BatchItem.plan(inputs), converter: SlowConverter(letters: letters), writer: writer,
                                  options: .init(jobs: 2, skipExisting: false),
                                  reporter: BatchReporter(total: inputs.count, showsProgress: false, showsSummary: false)).run()
        #expect(writer.names == ["l0.txt", "l1.txt", "l3.txt", "l4.txt"])
        #expect(summary.converted == 4)
        #expect(summary.failed == 2)
    }

    @Test func stopsSchedulingWhenInterrupted() throws {
        let scheduler = BatchScheduler<Int>(count: 100, window: 4)
        #expect(scheduler.take() == 0)
        #expect(scheduler.take() == 1)
        scheduler.stop()
        #expect(scheduler.take() == nil)
        scheduler.deliver(1, 11)
        scheduler.deliver(0, 10)
        guard case .result(0, 10) = scheduler.next(wait: 1) else { Issue.record("first result"); return }
        guard case .result(1, 11) = scheduler.next(wait: 1) else { Issue.record("second result"); return }
        guard case .finished = scheduler.next(wait: 1) else { Issue.record("finished"); return }
    }
}
