import Foundation

/// Turns table rows into complaints-received and decisions records: `Null` and empty cells
/// become nil, references lose their spaces, dates become ISO dates.
public enum TableRowReader {
    /// A row's record plus warnings about cells that could not be read.
    public static func complaint(_ table: ParsedTable, _ row: TableRow) -> (ComplaintReceived, [LetterWarning]) {
        var warnings: [LetterWarning] = []
        let reference = value(table.cell(row, .reference)).map(ReferenceNumber.compact)
        let received = date(table.cell(row, .received), reference: reference, column: "received", &warnings)
        return (ComplaintReceived(reference: reference, authority: value(table.cell(row, .authority)),
                                  category: value(table.cell(row, .category)), received: received), warnings)
    }

    public static func decision(_ table: ParsedTable, _ row: TableRow) -> (Decision, [LetterWarning]) {
        var warnings: [LetterWarning] = []
        let reference = value(table.cell(row, .reference)).map(ReferenceNumber.compact)
        let decided = date(table.cell(row, .decided), reference: reference, column: "decided", &warnings)
        return (Decision(reference: reference, authority: value(table.cell(row, .authority)),
                         category: value(table.cell(row, .category)), decided: decided,
                         decision: value(table.cell(row, .decision)), reason: value(table.cell(row, .reason)),
                         remedy: value(table.cell(row, .remedy)),
                         serviceImprovements: value(table.cell(row, .serviceImprovements))), warnings)
    }

    /// The cell's text, or nil for an empty cell or the literal `Null`.
    static func value(_ cell: String?) -> String? {
        guard let cell else { return nil }
        let text = MarkupStripper.foldWhitespace(cell)
        return text.isEmpty || text.lowercased() == "null" ? nil : text
    }

    static func date(_ cell: String?, reference: String?, column: String, _ warnings: inout [LetterWarning]) -> ISODate? {
        guard let text = value(cell) else { return nil }
        if let date = DateParser.parseLoose(text)?.date { return date }
        warnings.append(LetterWarning(.unparsedLine, "row \(reference ?? "without reference"): the \(column) date '\(text)' could not be read"))
        return nil
    }
}
