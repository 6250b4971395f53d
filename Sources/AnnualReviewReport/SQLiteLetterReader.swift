import AnnualReview
import Foundation
import GRDB

/// Reads letters back from a database written by `convert --format sqlite` (schema version 1:
/// `letters`, `statistics`, `complaints_received`, `decisions`, `sections`, `warnings`, keyed
/// by sha256; README "Batch outputs"). The database is opened read-only. Every value is
/// checked for its type, so a damaged or hostile database gives failures, never a crash; a
/// letter that cannot be rebuilt is reported and the others are kept.
public enum SQLiteLetterReader {
    /// The first 16 bytes of every SQLite 3 database file.
    public static let header = Data("SQLite format 3\u{0}".utf8)

    static let letterColumns = [
        "sha256", "name", "format", "page_count", "schema_version", "date", "delivery", "title", "year",
        "period_start", "period_end", "recipient_name", "recipient_job_title", "recipient_authority", "salutation",
        "authority", "signatory_name", "signatory_roles", "complaints_received_rows", "decision_rows",
    ]
    static let statisticsColumns = [
        "sha256", "upheld_status", "upheld_percent", "upheld_average_percent", "upheld_count", "upheld_investigations",
        "compliance_status", "compliance_percent", "compliance_average_percent", "compliance_outcomes",
        "remedies_status", "remedies_percent", "remedies_average_percent", "remedies_count", "remedies_investigations",
    ]
    static let complaintColumns = ["sha256", "reference", "authority", "category", "received"]
    static let decisionColumns = ["sha256", "reference", "authority", "category", "decided", "decision", "reason",
                                  "remedy", "service_improvements"]
    static let sectionColumns = ["sha256", "section", "heading", "paragraph", "text"]
    static let warningColumns = ["sha256", "code", "message"]

    /// The letters in the database at `path` (`name` is used in failure lines).
    public static func read(path: String, name: String) -> ([AnnualReviewLetter], [LoadFailure]) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "annual-review report"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in try read(db, name: name) }
        } catch let failure as LoadFailure {
            return ([], [failure])
        } catch let error as DatabaseError {
            return ([], [LoadFailure(name: name, reason: "not a usable annual-review database: \(error.message ?? error.description)")])
        } catch {
            return ([], [LoadFailure(name: name, reason: "cannot read the database: \(error)")])
        }
    }

    static func read(_ db: Database, name: String) throws -> ([AnnualReviewLetter], [LoadFailure]) {
        for table in ["letters", "statistics", "complaints_received", "decisions", "sections", "warnings"] {
            guard try db.tableExists(table) else {
                throw LoadFailure(name: name, reason: "not an annual-review database (no \(table) table)")
            }
        }
        let statistics = try grouped(db, "statistics", statisticsColumns, order: "sha256")
        let complaints = try grouped(db, "complaints_received", complaintColumns, order: "sha256, position")
        let decisions = try grouped(db, "decisions", decisionColumns, order: "sha256, position")
        let sections = try grouped(db, "sections", sectionColumns, order: "sha256, section, paragraph")
        let warnings = try grouped(db, "warnings", warningColumns, order: "sha256, position")

        var letters: [AnnualReviewLetter] = []
        var failures: [LoadFailure] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT \(letterColumns.joined(separator: ", ")) FROM letters ORDER BY name, sha256")
        var position = 0
        while let row = try rows.next() {
            position += 1
            let cells = Cells(Array(row.databaseValues), table: "letters")
            let key = (try? cells.text(0)) ?? nil
            let letterName = ((try? cells.text(1)) ?? nil) ?? "row \(position)"
            do {
                guard let key else { throw ReadProblem("letters row \(position) has no sha256") }
                letters.append(try letter(cells, statistics: statistics[key]?.first, complaints: complaints[key] ?? [],
                                          decisions: decisions[key] ?? [], sections: sections[key] ?? [],
                                          warnings: warnings[key] ?? []))
            } catch let problem as ReadProblem {
                failures.append(LoadFailure(name: name, reason: "letter \(letterName): \(problem.message)"))
            }
        }
        return (letters, failures)
    }

    /// A table's rows (all columns but the key) by the sha256 they belong to, in `order`.
    static func grouped(_ db: Database, _ table: String, _ columns: [String], order: String) throws -> [String: [Cells]] {
        var groups: [String: [Cells]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(order)")
        while let row = try rows.next() {
            let values = Array(row.databaseValues)
            guard case .string(let key)? = values.first?.storage else { continue }
            groups[key, default: []].append(Cells(Array(values.dropFirst()), table: table))
        }
        return groups
    }

    static func letter(_ cells: Cells, statistics: Cells?, complaints: [Cells], decisions: [Cells],
                       sections: [Cells], warnings: [Cells]) throws -> AnnualReviewLetter {
        guard let sha256 = try cells.text(0), let name = try cells.text(1) else { throw ReadProblem("no sha256 or name") }
        guard let formatText = try cells.text(2), let format = SourceInfo.Format(rawValue: formatText) else {
            throw ReadProblem("format is not pdf or text")
        }
        var letter = AnnualReviewLetter(source: SourceInfo(name: name, format: format, pageCount: try cells.int(3), sha256: sha256))
        guard let version = try cells.int(4), version == 1 else {
            throw ReadProblem("schema_version is not 1")
        }
        letter.date = try cells.date(5)
        letter.delivery = try cells.text(6)
        letter.title = try cells.text(7)
        letter.year = try cells.int(8)
        switch (try cells.date(9), try cells.date(10)) {
        case (let start?, let end?): letter.period = Period(start: start, end: end)
        case (nil, nil): letter.period = nil
        default: throw ReadProblem("the period has only one end")
        }
        let recipient = Recipient(name: try cells.text(11), jobTitle: try cells.text(12), authority: try cells.text(13))
        letter.recipient = recipient.name == nil && recipient.jobTitle == nil && recipient.authority == nil ? nil : recipient
        letter.salutation = try cells.text(14)
        letter.authority = try cells.text(15)
        let signatoryName = try cells.text(16)
        if let rolesJSON = try cells.text(17) {
            guard let roles = try? JSONDecoder().decode([String].self, from: Data(rolesJSON.utf8)) else {
                throw ReadProblem("signatory_roles is not a JSON list of texts")
            }
            letter.signatory = Signatory(name: signatoryName, roles: roles)
        } else if let signatoryName {
            letter.signatory = Signatory(name: signatoryName, roles: [])
        }
        letter.sections = try self.sections(sections)
        letter.statistics = try statistics.map(self.statistics)
        if try cells.int(18) != nil {
            letter.complaintsReceived = try decode(.array(complaints.map { row in
                .object(["reference": try row.json(text: 0), "authority": try row.json(text: 1),
                         "category": try row.json(text: 2), "received": try row.json(text: 3)])
            }), "complaints_received")
        }
        if try cells.int(19) != nil {
            letter.decisions = try decode(.array(decisions.map { row in
                .object(["reference": try row.json(text: 0), "authority": try row.json(text: 1),
                         "category": try row.json(text: 2), "decided": try row.json(text: 3),
                         "decision": try row.json(text: 4), "reason": try row.json(text: 5),
                         "remedy": try row.json(text: 6), "serviceImprovements": try row.json(text: 7)])
            }), "decisions")
        }
        letter.warnings = try warnings.map { row in
            guard let codeText = try row.text(0), let code = WarningCode(rawValue: codeText) else {
                throw ReadProblem("a warning has an unknown code")
            }
            return LetterWarning(code, try row.text(1) ?? "")
        }
        return letter
    }

    /// Sections from paragraph rows: a new section when the section number changes; paragraph
    /// 0 stands for a section without paragraphs.
    static func sections(_ rows: [Cells]) throws -> [LetterSection] {
        var sections: [LetterSection] = []
        var current: Int?
        for row in rows {
            guard let number = try row.int(0), let paragraph = try row.int(2) else {
                throw ReadProblem("a sections row has no section or paragraph number")
            }
            if number != current {
                sections.append(LetterSection(heading: try row.text(1), paragraphs: []))
                current = number
            }
            if paragraph > 0, let text = try row.text(3) {
                sections[sections.count - 1].paragraphs.append(text)
            }
        }
        return sections
    }

    static func statistics(_ row: Cells) throws -> Statistics {
        let value = JSONValue.object([
            "complaintsUpheld": .object([
                "status": try row.json(text: 0), "percent": try row.json(real: 1), "averagePercent": try row.json(real: 2),
                "upheldCount": try row.json(integer: 3), "investigationCount": try row.json(integer: 4),
            ]),
            "compliance": .object([
                "status": try row.json(text: 5), "percent": try row.json(real: 6), "averagePercent": try row.json(real: 7),
                "outcomeCount": try row.json(integer: 8),
            ]),
            "satisfactoryRemedies": .object([
                "status": try row.json(text: 9), "percent": try row.json(real: 10), "averagePercent": try row.json(real: 11),
                "remedyCount": try row.json(integer: 12), "investigationCount": try row.json(integer: 13),
            ]),
        ])
        return try decode(value, "statistics")
    }

    /// Builds a model value the way a JSON file would give it (the model's parts have no
    /// public initialisers; decoding also checks dates and statuses as for JSON inputs).
    static func decode<T: Decodable>(_ value: JSONValue, _ table: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(CanonicalJSON.compact(value).utf8))
        } catch {
            throw ReadProblem("\(table): \(LetterJSON.reason(error).replacingOccurrences(of: "not a letter JSON made by annual-review convert ", with: ""))")
        }
    }
}

/// Why one letter of a database could not be rebuilt.
struct ReadProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// One row's values, read with their SQLite storage class checked.
struct Cells: Sendable {
    let values: [DatabaseValue]
    let table: String

    init(_ values: [DatabaseValue], table: String) {
        self.values = values
        self.table = table
    }

    func value(_ index: Int) throws(ReadProblem) -> DatabaseValue.Storage {
        guard values.indices.contains(index) else { throw ReadProblem("\(table): missing column") }
        return values[index].storage
    }

    func text(_ index: Int) throws(ReadProblem) -> String? {
        switch try value(index) {
        case .null: return nil
        case .string(let text): return text
        default: throw ReadProblem("\(table): a text column holds something else")
        }
    }

    func int(_ index: Int) throws(ReadProblem) -> Int? {
        switch try value(index) {
        case .null: return nil
        case .int64(let number):
            guard let value = Int(exactly: number) else { throw ReadProblem("\(table): a number is out of range") }
            return value
        case .double(let number):
            guard let value = Int(exactly: number) else { throw ReadProblem("\(table): a whole number has a fraction") }
            return value
        default: throw ReadProblem("\(table): a number column holds something else")
        }
    }

    func double(_ index: Int) throws(ReadProblem) -> Double? {
        switch try value(index) {
        case .null: return nil
        case .int64(let number): return Double(number)
        case .double(let number):
            guard number.isFinite else { throw ReadProblem("\(table): a number is not finite") }
            return number
        default: throw ReadProblem("\(table): a number column holds something else")
        }
    }

    func json(text index: Int) throws(ReadProblem) -> JSONValue { try text(index).map(JSONValue.string) ?? .null }
    func json(integer index: Int) throws(ReadProblem) -> JSONValue { try int(index).map(JSONValue.int) ?? .null }
    func json(real index: Int) throws(ReadProblem) -> JSONValue { try double(index).map(JSONValue.double) ?? .null }

    func date(_ index: Int) throws(ReadProblem) -> ISODate? {
        guard let text = try text(index) else { return nil }
        guard let date = DateParser.iso(text) else { throw ReadProblem("\(table): \"\(text)\" is not an ISO date") }
        return date
    }
}
