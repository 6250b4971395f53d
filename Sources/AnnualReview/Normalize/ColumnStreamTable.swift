/// Tables a renderer wrote column by column (pypdf of some PDFs): the name of the first
/// column ("Reference") and every row's reference under it, then the next column's name and
/// every row's cell in it, one cell line a line, and so on — a page at a time; or in pieces,
/// a run of references with the next columns' cells of those rows after it (`Pieces`). Each column's
/// lines are cut into as many cells as there are references, so that every cell fits what the
/// column holds (`TableValues`, dates; cells of free text as even as the lines allow). A
/// column that holds fewer lines than rows (empty cells leave no line) cannot be placed: its
/// lines stay in the table as text the tables stage reports, and its cells stay empty.
enum ColumnStreamTable {
    /// Most lines one cell of a column spans.
    static let maximumCellLines = 6

    /// A later run of references in a table whose columns come in pieces (`pdftotext` of a
    /// table drawn cell by cell: "Reference" and a run of references, "Authority" and those
    /// rows' authorities, the next run of references, their authorities, … then the other
    /// columns whole). The lines after such a run go on the columns after the reference in
    /// order: a column takes at least a line for each row of the run, and the next column starts
    /// where a block ends after that.
    struct Pieces {
        /// References in the run.
        var rows: Int
        /// Each column's lines before the run.
        var linesBefore: [Int]
    }

    /// One page's table read column by column: the header, the rows, and the lines that could
    /// not be placed.
    struct Read {
        var header: [String]
        var rows: [[String]]
        var unplaced: [FlatTableLines.Line]
        var end: Int
    }

    /// The table whose first column's name stands at `start`, if the lines there are one.
    static func read(_ lines: [FlatTableLines.Line], from start: Int) -> Read? {
        // Cheap test first: this is asked at every line of a text with a table.
        guard TableField.namesReference(lines[start].text), !lines[start].text.utf8.contains(0x20) || lines[start].text.utf8.count <= 16,
              TableField.headerCells([lines[start].text])?.cells.count == 1,
              TableField.named(lines[start].text) == .reference else { return nil }
        var index = start + 1
        var references: [String] = []
        while index < lines.count, ReferenceNumber.startsRow(lines[index].text) { references.append(lines[index].text); index += 1 }
        guard references.count >= 2 else { return nil }
        var header = [lines[start].text]
        var columns: [[FlatTableLines.Line]] = [[]]
        var fieldsSeen: Set<TableField> = [.reference]
        // The column that lines go on: the last one named, or within a later run of references
        // (`Pieces`) the one whose piece of that run comes next.
        var current = 0
        var pieces: Pieces?
        while index < lines.count {
            let line = lines[index]
            if TableField.namesReference(line.text.prefix { $0 != " " }) { break }
            if let (names, end) = newColumnNames(lines.map(\.text), at: index, seen: fieldsSeen) {
                header += names
                names.forEach { fieldsSeen.insert(TableField.named($0)) }
                columns += Array(repeating: [], count: names.count)
                current = columns.count - 1
                pieces = nil
                index = end
                continue
            }
            if header.count >= 2, ReferenceNumber.startsRow(line.text) {
                let first = references.count
                while index < lines.count, ReferenceNumber.startsRow(lines[index].text) { references.append(lines[index].text); index += 1 }
                pieces = Pieces(rows: references.count - first, linesBefore: columns.map(\.count))
                current = 1
                continue
            }
            guard header.count >= 2, !line.isHeading, LetterWords.closing(line.text) == nil,
                  LetterWords.words(line.text).count <= FlatTableLines.maximumContinuationWords else { break }
            if let pieces, current + 1 < columns.count, lines[index - 1].block != line.block,
               columns[current].count - pieces.linesBefore[current] >= pieces.rows {
                current += 1
            }
            columns[current].append(line)
            index += 1
        }
        guard TableField.isHeader(header) else { return nil }
        var rows = references.map { [$0] + Array(repeating: "", count: header.count - 1) }
        var unplaced: [FlatTableLines.Line] = []
        for (offset, column) in columns.enumerated().dropFirst() where !column.isEmpty {
            let field = TableField.named(header[offset])
            if let (upheld, cells) = remedyCells(column.map(\.text), field: field, rows: rows, header: header) {
                for (row, cell) in zip(upheld, cells) { rows[row][offset] = cell }
            } else if let cells = cells(column.map(\.text), count: references.count, field: field) {
                for (row, cell) in cells.enumerated() { rows[row][offset] = cell }
            } else {
                unplaced += column
            }
        }
        return Read(header: header, rows: rows, unplaced: unplaced, end: index)
    }

    /// The names of columns the line at `index` starts, if it names only columns not seen yet,
    /// and the index after them: the last name may go on over the next lines ("Remedy
    /// Service" ⏎ "improvement" ⏎ "recommendations", the names of columns whose cells are all
    /// empty standing after the last column's lines), as far as it is the start of a name.
    static func newColumnNames(_ texts: [String], at index: Int, seen: Set<TableField>) -> ([String], Int)? {
        guard var names = TableField.headerCells(texts[index].split(separator: " ").map(String.init))?.cells,
              let lastName = names.last else { return nil }
        var end = index + 1
        var last = lastName
        while end < texts.count, !TableField.headerNames.fit(last).isWhole,
              TableField.headerNames.fit(last + " " + texts[end]) != .none {
            last += " " + texts[end]
            end += 1
        }
        names[names.count - 1] = last
        let fields = names.map(TableField.named)
        guard !fields.contains(.unknown), fields.allSatisfy({ !seen.contains($0) }) else { return nil }
        return (names, end)
    }

    /// A Remedy or Service improvement column that holds fewer values than the table has rows
    /// (the rows not upheld leave their cells empty, and an empty cell leaves no line): its
    /// lines cut into as many whole values as there are upheld rows (`TableValues.admitsRemedy`),
    /// one for each in order, with those rows. nil where the column holds a value for every
    /// row, or its lines do not read as that many known values.
    static func remedyCells(_ lines: [String], field: TableField, rows: [[String]], header: [String]) -> ([Int], [String])? {
        guard field == .remedy || field == .serviceImprovements, let vocabulary = TableValues.vocabulary(for: field),
              let decision = header.firstIndex(where: { TableField.named($0) == .decision }) else { return nil }
        let upheld = rows.indices.filter { TableValues.admitsRemedy(decision: rows[$0][decision]) }
        func whole(_ cells: [String]) -> Bool { cells.allSatisfy { vocabulary.fit($0).isWhole } }
        guard !upheld.isEmpty, upheld.count < rows.count,
              cells(lines, count: rows.count, field: field).map(whole) != true,
              let cells = cells(lines, count: upheld.count, field: field), whole(cells) else { return nil }
        return (upheld, cells)
    }

    /// A column's lines cut into `count` cells that fit the column best, or nil where there
    /// are fewer lines than cells.
    static func cells(_ lines: [String], count: Int, field: TableField) -> [String]? {
        guard lines.count >= count, count > 0 else { return nil }
        let evenSize = Double(lines.count) / Double(count)
        // best[l][k]: the best score for lines[l...] cut into k cells; cut[l][k]: where the first ends.
        var best = Array(repeating: Array(repeating: -Double.infinity, count: count + 1), count: lines.count + 1)
        var cut = Array(repeating: Array(repeating: 0, count: count + 1), count: lines.count + 1)
        best[lines.count][0] = 0
        for l in stride(from: lines.count - 1, through: 0, by: -1) {
            for k in 1...count where lines.count - l >= k {
                for end in (l + 1)...min(lines.count, l + maximumCellLines) where best[end][k - 1] > -Double.infinity {
                    let score = cellScore(lines[l..<end], field: field, evenSize: evenSize) + best[end][k - 1]
                    if score > best[l][k] { best[l][k] = score; cut[l][k] = end }
                }
            }
        }
        guard best[0][count] > -Double.infinity else { return nil }
        var cells: [String] = []
        var l = 0
        for k in stride(from: count, through: 1, by: -1) {
            let end = cut[l][k]
            cells.append(WrappedText.unwrap(Array(lines[l..<end])))
            l = end
        }
        return cells
    }

    /// How well some lines make one cell of the column: a whole value or date best; free text
    /// as close to an even share of the lines as may be.
    static func cellScore(_ lines: ArraySlice<String>, field: TableField, evenSize: Double) -> Double {
        let text = WrappedText.unwrap(Array(lines))
        if field == .received || field == .decided {
            return DateParser.parseLoose(text) != nil ? FitScore.whole : FitScore.impossible
        }
        if let vocabulary = TableValues.vocabulary(for: field) {
            switch vocabulary.fit(text) {
            case .whole: return FitScore.whole
            case .partial: return FitScore.unlisted
            case .none: return FitScore.unlisted - abs(Double(lines.count) - evenSize)
            }
        }
        return -abs(Double(lines.count) - evenSize)
    }

}

extension ColumnStreamTable.Read {
    /// The header row, the lines that could not be placed, then a row per reference.
    func blocks(headerOrigin: Origin) -> [Block] {
        func row(_ cells: [String], _ origin: Origin) -> Block {
            let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
            return Block(kind: .tableRow, lines: [text], text: text, cells: cells, origins: [origin])
        }
        var out = [row(header, headerOrigin)]
        out += unplaced.map { Block(kind: .paragraph, lines: [$0.text], text: $0.text, origins: [$0.origin]) }
        out += rows.map { row($0, headerOrigin) }
        return out
    }
}
