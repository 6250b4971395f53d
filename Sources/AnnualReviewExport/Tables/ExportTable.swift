import AnnualReview

/// A letter flattened into relational rows, shared by the CSV and SQLite writers so both hold
/// exactly the same columns. Every row starts with the letter's key, the sha256 of its input.
///
/// Conventions: a JSON `null` is a null cell; list positions count from 1; a table the letter
/// does not have (`null`) is told apart from an empty one (`[]`) by the letter's
/// `complaints_received_rows` / `decision_rows` (null vs 0); `signatory_roles` is a JSON array.
public enum ExportTable: String, CaseIterable, Sendable {
    case letters
    case statistics
    case complaintsReceived = "complaints_received"
    case decisions
    case sections
    case warnings

    /// The column names, in order.
    public var columns: [String] {
        switch self {
        case .letters:
            return ["sha256", "name", "format", "page_count", "schema_version", "date", "delivery", "title",
                    "year", "period_start", "period_end", "recipient_name", "recipient_job_title",
                    "recipient_authority", "salutation", "authority", "signatory_name", "signatory_roles",
                    "complaints_received_rows", "decision_rows", "warning_count"]
        case .statistics:
            return ["sha256",
                    "upheld_status", "upheld_percent", "upheld_average_percent", "upheld_count",
                    "upheld_investigations",
                    "compliance_status", "compliance_percent", "compliance_average_percent", "compliance_outcomes",
                    "remedies_status", "remedies_percent", "remedies_average_percent", "remedies_count",
                    "remedies_investigations"]
        case .complaintsReceived:
            return ["sha256", "position", "reference", "authority", "category", "received"]
        case .decisions:
            return ["sha256", "position", "reference", "authority", "category", "decided", "decision", "reason",
                    "remedy", "service_improvements"]
        case .sections:
            return ["sha256", "section", "heading", "paragraph", "text"]
        case .warnings:
            return ["sha256", "position", "code", "message"]
        }
    }

    /// The letter's rows in this table.
    public func rows(_ letter: AnnualReviewLetter) -> [[ExportCell]] {
        let key = ExportCell.text(letter.source.sha256)
        switch self {
        case .letters:
            return [[key] + ExportTable.letterCells(letter)]
        case .statistics:
            guard let statistics = letter.statistics else { return [] }
            return [[key] + ExportTable.statisticsCells(statistics)]
        case .complaintsReceived:
            return (letter.complaintsReceived ?? []).enumerated().map { index, row in
                [key, .integer(index + 1), ExportCell(row.reference), ExportCell(row.authority),
                 ExportCell(row.category), ExportCell(row.received)]
            }
        case .decisions:
            return (letter.decisions ?? []).enumerated().map { index, row in
                [key, .integer(index + 1), ExportCell(row.reference), ExportCell(row.authority),
                 ExportCell(row.category), ExportCell(row.decided), ExportCell(row.decision),
                 ExportCell(row.reason), ExportCell(row.remedy), ExportCell(row.serviceImprovements)]
            }
        case .sections:
            return ExportTable.sectionRows(letter.sections, key: key)
        case .warnings:
            return letter.warnings.enumerated().map { index, warning in
                [key, .integer(index + 1), .text(warning.code.rawValue), .text(warning.message)]
            }
        }
    }

    private static func letterCells(_ letter: AnnualReviewLetter) -> [ExportCell] {
        let roles = letter.signatory.map { signatory in
            CanonicalJSON.compact(.array(signatory.roles.map(JSONValue.string)))
        }
        return [
            .text(letter.source.name), .text(letter.source.format.rawValue), ExportCell(letter.source.pageCount),
            .integer(letter.schemaVersion), ExportCell(letter.date), ExportCell(letter.delivery),
            ExportCell(letter.title), ExportCell(letter.year), ExportCell(letter.period?.start),
            ExportCell(letter.period?.end), ExportCell(letter.recipient?.name),
            ExportCell(letter.recipient?.jobTitle), ExportCell(letter.recipient?.authority),
            ExportCell(letter.salutation), ExportCell(letter.authority), ExportCell(letter.signatory?.name),
            ExportCell(roles), ExportCell(letter.complaintsReceived?.count), ExportCell(letter.decisions?.count),
            .integer(letter.warnings.count),
        ]
    }

    private static func statisticsCells(_ statistics: Statistics) -> [ExportCell] {
        let upheld = statistics.complaintsUpheld
        let compliance = statistics.compliance
        let remedies = statistics.satisfactoryRemedies
        return [
            .text(upheld.status.rawValue), ExportCell(upheld.percent), ExportCell(upheld.averagePercent),
            ExportCell(upheld.upheldCount), ExportCell(upheld.investigationCount),
            .text(compliance.status.rawValue), ExportCell(compliance.percent),
            ExportCell(compliance.averagePercent), ExportCell(compliance.outcomeCount),
            .text(remedies.status.rawValue), ExportCell(remedies.percent), ExportCell(remedies.averagePercent),
            ExportCell(remedies.remedyCount), ExportCell(remedies.investigationCount),
        ]
    }

    /// One row per paragraph (section and paragraph numbered from 1); a section without
    /// paragraphs keeps its heading in one row with paragraph 0 and a null text.
    private static func sectionRows(_ sections: [LetterSection], key: ExportCell) -> [[ExportCell]] {
        var rows: [[ExportCell]] = []
        for (index, section) in sections.enumerated() {
            let number = ExportCell.integer(index + 1)
            if section.paragraphs.isEmpty {
                rows.append([key, number, ExportCell(section.heading), .integer(0), .null])
            }
            for (paragraph, text) in section.paragraphs.enumerated() {
                rows.append([key, number, ExportCell(section.heading), .integer(paragraph + 1), .text(text)])
            }
        }
        return rows
    }
}
