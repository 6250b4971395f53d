import AnnualReview
import AnnualReviewExport
import Foundation
import GRDB

/// Rebuilds each letter's JSON from the flattened CSV or SQLite rows, so a test can check the
/// tables hold exactly what the per-file JSON holds.
enum LetterRebuilder {
    /// A table's rows, each a column → cell map.
    typealias Rows = [[String: ExportCell]]

    static let integerColumns: Set<String> = [
        "page_count", "schema_version", "year", "complaints_received_rows", "decision_rows", "warning_count",
        "upheld_count", "upheld_investigations", "compliance_outcomes", "remedies_count", "remedies_investigations",
        "position", "section", "paragraph",
    ]
    static let realColumns: Set<String> = [
        "upheld_percent", "upheld_average_percent", "compliance_percent", "compliance_average_percent",
        "remedies_percent", "remedies_average_percent",
    ]

    /// Rows from a CSV file's text: header names the columns; numbers typed by column.
    static func rows(csv text: String) -> Rows {
        let records = CSVFormat.parse(text)
        guard let header = records.first?.map({ $0 ?? "" }) else { return [] }
        return records.dropFirst().map { record in
            var row: [String: ExportCell] = [:]
            for (column, field) in zip(header, record) { row[column] = cell(field, column: column) }
            return row
        }
    }

    static func cell(_ field: String?, column: String) -> ExportCell {
        guard let field else { return .null }
        if integerColumns.contains(column), let value = Int(field) { return .integer(value) }
        if realColumns.contains(column), let value = Double(field) { return .real(value) }
        return .text(field)
    }

    /// Every table of an SQLite database.
    static func tables(sqlite path: String) throws -> [ExportTable: Rows] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var tables: [ExportTable: Rows] = [:]
            for table in ExportTable.allCases {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.rawValue)").map { row in
                    var cells: [String: ExportCell] = [:]
                    for column in row.columnNames {
                        let value: DatabaseValue = row[column]
                        switch value.storage {
                        case .null: cells[column] = .null
                        case .int64(let number): cells[column] = .integer(Int(number))
                        case .double(let number): cells[column] = .real(number)
                        case .string(let text): cells[column] = .text(text)
                        case .blob: cells[column] = .text("<blob>")
                        }
                    }
                    return cells
                }
            }
            return tables
        }
    }

    /// The CSV folder's tables (letters.csv split back into letters and statistics).
    static func tables(csvFolder folder: URL) throws -> [ExportTable: Rows] {
        func read(_ file: CSVWriter.File) throws -> Rows {
            rows(csv: try String(contentsOf: folder.appendingPathComponent(file.fileName), encoding: .utf8))
        }
        let letters = try read(.letters)
        let statistics = letters.compactMap { row -> [String: ExportCell]? in
            guard row["upheld_status"] != .null, row["upheld_status"] != nil else { return nil }
            var statistics: [String: ExportCell] = [:]
            for column in ExportTable.statistics.columns { statistics[column] = row[column] ?? .null }
            return statistics
        }
        return [.letters: letters, .statistics: statistics, .complaintsReceived: try read(.complaintsReceived),
                .decisions: try read(.decisions), .sections: try read(.sections), .warnings: try read(.warnings)]
    }

    /// Each letter's JSON, keyed by sha256.
    static func letters(_ tables: [ExportTable: Rows]) -> [String: JSONValue] {
        func children(_ table: ExportTable) -> [String: Rows] {
            var grouped: [String: Rows] = [:]
            for row in tables[table] ?? [] {
                if case .text(let key)? = row["sha256"] { grouped[key, default: []].append(row) }
            }
            return grouped.mapValues { rows in rows.sorted { order($0).lexicographicallyPrecedes(order($1)) } }
        }
        let statistics = children(.statistics)
        let complaints = children(.complaintsReceived)
        let decisions = children(.decisions)
        let sections = children(.sections)
        let warnings = children(.warnings)

        var result: [String: JSONValue] = [:]
        for row in tables[.letters] ?? [] {
            guard case .text(let key)? = row["sha256"] else { continue }
            func v(_ column: String) -> JSONValue { json(row[column] ?? .null) }
            var letter: [String: JSONValue] = [
                "schemaVersion": v("schema_version"),
                "source": .object(["name": v("name"), "format": v("format"), "pageCount": v("page_count"), "sha256": v("sha256")]),
                "date": v("date"), "delivery": v("delivery"), "title": v("title"), "year": v("year"),
                "salutation": v("salutation"), "authority": v("authority"),
            ]
            letter["period"] = v("period_start") == .null ? .null
                : .object(["start": v("period_start"), "end": v("period_end")])
            let recipient = ["name": v("recipient_name"), "jobTitle": v("recipient_job_title"), "authority": v("recipient_authority")]
            letter["recipient"] = recipient.values.allSatisfy { $0 == .null } ? .null : .object(recipient)
            if case .string(let roles) = v("signatory_roles"),
               let list = try? JSONDecoder().decode([String].self, from: Data(roles.utf8)) {
                letter["signatory"] = .object(["name": v("signatory_name"), "roles": .array(list.map(JSONValue.string))])
            } else {
                letter["signatory"] = .null
            }
            letter["statistics"] = statistics[key]?.first.map(statisticsJSON) ?? .null
            letter["complaintsReceived"] = v("complaints_received_rows") == .null ? .null
                : .array((complaints[key] ?? []).map { row in
                    .object(["reference": json(row["reference"]), "authority": json(row["authority"]),
                             "category": json(row["category"]), "received": json(row["received"])])
                })
            letter["decisions"] = v("decision_rows") == .null ? .null
                : .array((decisions[key] ?? []).map { row in
                    .object(["reference": json(row["reference"]), "authority": json(row["authority"]),
                             "category": json(row["category"]), "decided": json(row["decided"]),
                             "decision": json(row["decision"]), "reason": json(row["reason"]),
                             "remedy": json(row["remedy"]), "serviceImprovements": json(row["service_improvements"])])
                })
            letter["warnings"] = .array((warnings[key] ?? []).map { row in
                .object(["code": json(row["code"]), "message": json(row["message"])])
            })
            letter["sections"] = sectionsJSON(sections[key] ?? [])
            result[key] = .object(letter)
        }
        return result
    }

    private static func order(_ row: [String: ExportCell]) -> [Int] {
        ["position", "section", "paragraph"].compactMap { column in
            if case .integer(let value)? = row[column] { return value }
            return nil
        }
    }

    private static func json(_ cell: ExportCell?) -> JSONValue {
        switch cell ?? .null {
        case .null: return .null
        case .text(let text): return .string(text)
        case .integer(let number): return .int(number)
        case .real(let number): return .double(number)
        }
    }

    private static func statisticsJSON(_ row: [String: ExportCell]) -> JSONValue {
        func v(_ column: String) -> JSONValue { json(row[column]) }
        return .object([
            "complaintsUpheld": .object([
                "status": v("upheld_status"), "percent": v("upheld_percent"), "averagePercent": v("upheld_average_percent"),
                "upheldCount": v("upheld_count"), "investigationCount": v("upheld_investigations"),
            ]),
            "compliance": .object([
                "status": v("compliance_status"), "percent": v("compliance_percent"),
                "averagePercent": v("compliance_average_percent"), "outcomeCount": v("compliance_outcomes"),
            ]),
            "satisfactoryRemedies": .object([
                "status": v("remedies_status"), "percent": v("remedies_percent"),
                "averagePercent": v("remedies_average_percent"), "remedyCount": v("remedies_count"),
                "investigationCount": v("remedies_investigations"),
            ]),
        ])
    }

    private static func sectionsJSON(_ rows: Rows) -> JSONValue {
        var sections: [(number: Int, heading: JSONValue, paragraphs: [JSONValue])] = []
        for row in rows {
            guard case .integer(let number)? = row["section"] else { continue }
            if sections.last?.number != number { sections.append((number, json(row["heading"]), [])) }
            if case .integer(let paragraph)? = row["paragraph"], paragraph > 0 {
                sections[sections.count - 1].paragraphs.append(json(row["text"]))
            }
        }
        return .array(sections.map { .object(["heading": $0.heading, "paragraphs": .array($0.paragraphs)]) })
    }

    /// A per-file JSON output, re-encoded canonically (compact) for comparison.
    static func canonical(json data: Data) throws -> String {
        let letter = try JSONDecoder().decode(AnnualReviewLetter.self, from: data)
        return CanonicalJSON.compact(try JSONValueEncoder().encode(letter))
    }
}
