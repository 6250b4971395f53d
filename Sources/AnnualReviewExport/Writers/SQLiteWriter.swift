import AnnualReview
import Foundation
import GRDB

/// `--format sqlite --output FILE`: the letters in an SQLite database (schema in `SQLiteSchema`).
///
/// Each letter is written in its own transaction: first its old rows are deleted (the letter
/// row, by sha256, and with it every child row through `ON DELETE CASCADE`), then its new rows
/// are inserted — so re-running on the same inputs replaces rows instead of duplicating them,
/// and an interrupted run leaves every letter either whole or absent. `--skip-existing` skips
/// inputs whose sha256 already has a `letters` row. The database is kept in WAL mode while the
/// run lasts and switched back to a single file (`journal_mode=DELETE`) at the end.
public final class SQLiteWriter: BatchWriter {
    /// A letter's rows for each table, in `ExportTable.allCases` order.
    public typealias Record = [[[ExportCell]]]

    private let queue: DatabaseQueue
    public let destination: String
    private let existingKeys: Set<String>
    private var written: Set<String> = []

    public init(path: String, readExisting: Bool) throws {
        destination = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try SQLiteSchema.migrator().migrate(queue)
            existingKeys = readExisting
                ? try queue.read { db in try String.fetchSet(db, sql: "SELECT sha256 FROM letters") }
                : []
        } catch let error as DatabaseError {
            throw WriterError("not a usable annual-review database: \(error.message ?? error.description)")
        } catch {
            throw WriterError("cannot open the database: \(error)")
        }
    }

    public static func render(_ letter: AnnualReviewLetter) throws -> Record {
        ExportTable.allCases.map { $0.rows(letter) }
    }

    public var existing: ExistingOutputs { ExistingOutputs(keys: existingKeys) }

    public func write(_ record: Record, for item: BatchItem, sha256: String) throws -> WriteOutcome {
        guard written.insert(sha256).inserted else { return .duplicate }
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM letters WHERE sha256 = ?", arguments: [sha256])
                for (table, rows) in zip(ExportTable.allCases, record) where !rows.isEmpty {
                    let statement = try db.cachedStatement(sql: SQLiteSchema.insert(table))
                    for row in rows {
                        try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
                    }
                }
            }
        } catch let error as DatabaseError {
            throw WriterError("could not store the letter in the database: \(error.message ?? error.description)")
        }
        return .written
    }

    public func finish() throws {
        do {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try queue.close()
        } catch {
            throw WriterError("could not close the database: \(error)")
        }
    }

    public func discard() {
        try? queue.close()
    }
}

extension ExportCell {
    /// The value as SQLite stores it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .text(let value): return value.databaseValue
        case .integer(let value): return value.databaseValue
        case .real(let value): return value.databaseValue
        }
    }
}
