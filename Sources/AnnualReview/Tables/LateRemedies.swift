/// Remedies and service improvements that a rendering set apart from their row: `pdftotext`
/// writes the names of columns empty on a page after the page's last row, and then the values
/// those columns hold on the page (a page whose one upheld complaint has a remedy), with
/// nothing in the text to say whose they are. The tables stage reads them as unparsed lines.
///
/// The Ombudsman recommends remedies only where it upheld a complaint
/// (`TableValues.admitsRemedy`), so where such lines read as a known remedy, a known service
/// improvement, or the one followed by the other, and the rows since the lines set apart
/// before them (the page's rows; a text rendering keeps no page in its origins) hold exactly one
/// upheld row whose Remedy and Service improvement cells are empty, they are that row's.
/// Anything else — two such rows, values of free text, a value both columns know — stays
/// reported.
enum LateRemedies {
    static func placed(_ table: ParsedTable) -> ParsedTable {
        guard let decision = table.fields.firstIndex(of: .decision), !table.unparsed.isEmpty else { return table }
        let remedy = table.fields.firstIndex(of: .remedy)
        let improvements = table.fields.firstIndex(of: .serviceImprovements)
        guard remedy != nil || improvements != nil else { return table }
        // Where each row starts in the text; a PDF's rows carry no line numbers, and are read by
        // their positions, which keep their cells' rows.
        let rowStarts = table.rows.map { $0.origins.compactMap(\.firstLine).min() }
        guard rowStarts.allSatisfy({ $0 != nil }) else { return table }
        var table = table
        var placed = Set<Int>()
        var previousEnd = Int.min  // the line the last run of unparsed lines ended at
        for group in groups(table.unparsed, rowStarts: rowStarts.compactMap { $0 }) {
            guard let head = group.first, let tail = group.last else { continue }
            let first = table.unparsed[head].origin.firstLine ?? 0
            defer { previousEnd = table.unparsed[tail].origin.lastLine ?? first }
            let candidates = table.rows.indices.filter { index in
                let row = table.rows[index]
                guard let start = rowStarts[index], start > previousEnd, start < first,
                      row.cells.count == table.fields.count else { return false }
                return TableValues.admitsRemedy(decision: row.cells[decision])
                    && remedy.map { row.cells[$0].isEmpty } != false && improvements.map { row.cells[$0].isEmpty } != false
            }
            guard candidates.count == 1, let row = candidates.first,
                  let (remedyText, improvementsText) = TableValues.remedyThenImprovements(
                      group.map { table.unparsed[$0].text }, hasRemedy: remedy != nil, hasImprovements: improvements != nil)
            else { continue }
            if let remedy, let remedyText { table.rows[row].cells[remedy] = remedyText }
            if let improvements, let improvementsText { table.rows[row].cells[improvements] = improvementsText }
            placed.formUnion(group)
        }
        table.unparsed = table.unparsed.indices.filter { !placed.contains($0) }.map { table.unparsed[$0] }
        return table
    }

    /// Runs of unparsed lines (in the order of the text) that no row starts between; nothing
    /// where an unparsed line carries no line number.
    static func groups(_ lines: [UnparsedLine], rowStarts: [Int]) -> [[Int]] {
        let order = lines.indices.filter { lines[$0].origin.firstLine != nil }
            .sorted { (lines[$0].origin.firstLine ?? 0) < (lines[$1].origin.firstLine ?? 0) }
        guard order.count == lines.count else { return [] }
        var groups: [[Int]] = []
        for index in order {
            let line = lines[index].origin.firstLine ?? 0
            if let last = groups.last?.last, let lastLine = lines[last].origin.lastLine ?? lines[last].origin.firstLine,
               !rowStarts.contains(where: { $0 > lastLine && $0 < line }) {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups
    }
}
