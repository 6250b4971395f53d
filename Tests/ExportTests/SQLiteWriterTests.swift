import AnnualReview
import AnnualReviewExport
import Foundation
import GRDB
import Testing

@Suite("SQLite writer")
struct SQLiteWriterTests {
    /// Writes the sample letters through the batch runner into `path`.
    private func convertSamples(into path: String, skipExisting: Bool = false) throws -> BatchSummary {
        let inputs = SampleLetters.seedFiles.map { InputFinder.Input.file($0.path) }
        let writer = try SQLiteWriter(path: path, readExisting: skipExisting)
        return BatchRunner(items: BatchItem.plan(inputs), converter: InProcessConverter(pipeline: Pipeline()),
                           writer: writer, options: .init(jobs: 2, skipExisting: skipExisting),
                           reporter: BatchReporter(total: inputs.count, showsProgress: false, showsSummary: false)).run()
    }

    /// Every table's rows, in key order, as text.
    private func dump(_ path: String) throws -> [String: [String]] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var tables: [String: [String]] = [:]
            for table in ExportTable.allCases {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.rawValue) ORDER BY 1, 2, 3")
                tables[table.rawValue] = rows.map { $0.description }
            }
            return tables
        }
    }

    @Test func rerunningReplacesRowsInsteadOfDuplicating() throws {
        let folder = try SampleLetters.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("letters.sqlite").path
        let first = try convertSamples(into: path)
        #expect(first.converted == SampleLetters.seedFiles.count)
        let once = try dump(path)
        _ = try convertSamples(into: path)
        let twice = try dump(path)
        #expect(once == twice)
        #expect(once["letters"]?.count == SampleLetters.seedFiles.count)
        #expect((once["decisions"]?.count ?? 0) > 0)
        // Single file at the end: no WAL or journal left beside it.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "letters.sqlite" }
        #expect(leftovers.isEmpty)
    }

    @Test func deletingALetterTakesItsRowsAlong() throws {
        let folder = try SampleLetters.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("letters.sqlite").path
        _ = try convertSamples(into: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let remaining = try queue.write { db -> Int in
            try db.execute(sql: "DELETE FROM letters")
            var count = 0
            for table in ExportTable.allCases {
                count += try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.rawValue)") ?? 0
            }
            return count
        }
        #expect(remaining == 0)
        let violations = try queue.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(violations.isEmpty)
    }

    @Test func skipExistingSkipsLettersAlreadyStored() throws {
        let folder = try SampleLetters.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("letters.sqlite").path
        _ = try convertSamples(into: path)
        let again = try convertSamples(into: path, skipExisting: true)
        #expect(again.skipped == SampleLetters.seedFiles.count)
        #expect(again.converted == 0)
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try SampleLetters.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WriterError.self) { try SQLiteWriter(path: path, readExisting: false) }
    }
}
