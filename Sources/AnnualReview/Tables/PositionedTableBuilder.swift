/// Reads PDF table regions from word positions.
///
/// The columns come from the header row's words (a header cell may wrap onto several lines);
/// every word goes to the column whose span it overlaps most. Lines are grouped into visual
/// rows by the wider gap that cell padding leaves between rows. A row holds one line whose
/// Reference cell holds digits (wherever it sits in the row: cells may be centred down); a
/// group without one continues the row above (the tail of a row split by a page break). Where
/// the gaps do not tell rows apart, a line with a reference starts a row and the lines after
/// it continue that row. Wrapped cell text is joined in reading order, top to bottom. The
/// header repeated at the top of later pages is dropped. Whatever cannot be placed is kept as
/// an `UnparsedLine`.
public enum PositionedTableBuilder {
    /// One visual line of the table, its words placed in columns.
    struct PlacedLine {
        var cells: [String]
        var text: String
        var origin: Origin
        var box: Box
        var size: Double
    }

    enum RegionLine {
        case line(PlacedLine)
        case stray(UnparsedLine)
        case header
    }

    /// The table of a region's blocks; `authorities`: the letter's names for its authority, to
    /// spell the Authority cells as the letter does (`CellSpelling`).
    public static func table(_ blocks: [Block], segmentIndex: Int, authorities: AuthorityNames? = nil) -> ParsedTable {
        guard let headerIndex = blocks.firstIndex(where: { $0.kind == .tableRow && LetterCues.isTableHeader($0) }),
              let firstColumns = columns(for: blocks, headerAt: headerIndex) else {
            let unparsed = blocks.map {
                UnparsedLine(text: $0.text, origin: $0.origins.first ?? Origin(page: 1), afterRow: 0)
            }
            return ParsedTable(kind: .unknown, segmentIndex: segmentIndex, header: [], rows: [], unparsed: unparsed)
        }
        let headerBlock = blocks[headerIndex]
        let header = firstColumns.columns.map(\.title)
        let fields = header.map(TableField.named)
        let referenceColumn = fields.firstIndex(of: .reference) ?? 0

        // The region as lines placed in columns, stray text and headers, in order.
        var columns = firstColumns
        var items: [RegionLine] = []
        for (index, block) in blocks.enumerated() where index != headerIndex {
            let origin = block.origins.first ?? Origin(page: 1)
            if index < headerIndex || block.kind != .tableRow || block.words.isEmpty {
                items.append(.stray(UnparsedLine(text: block.text, origin: origin, afterRow: 0)))
                continue
            }
            if isRepeatedHeader(block, of: headerBlock, header: header) {
                // A later page's header: its columns may sit a little differently.
                if let again = self.columns(for: blocks, headerAt: index), again.count == header.count {
                    columns = again
                }
                items.append(.header)
                continue
            }
            for line in TableColumns.visualLines(block.words) {
                guard let first = line.first else { continue }
                let box = line.dropFirst().reduce(first.box) { $0.union($1.box) }
                let sizes = line.map(\.fontSize).sorted()
                var cells = columns.fragments(of: line)
                spillPastReference(&cells, referenceColumn: referenceColumn)
                items.append(.line(PlacedLine(cells: cells, text: line.map(\.text).joined(separator: " "),
                                              origin: Origin(page: origin.page, firstLine: origin.firstLine,
                                                             lastLine: origin.lastLine, box: box.rounded), box: box,
                                              size: sizes[sizes.count / 2])))
            }
        }

        let groups = visualRows(items)
        var reader = RowReader(columnCount: header.count, referenceColumn: referenceColumn,
                               centredDown: centredDown(groups, referenceColumn: referenceColumn))
        for group in groups {
            switch group {
            case .lines(let lines, _): reader.read(lines)
            case .stray(var stray):
                stray.afterRow = reader.rows.count
                reader.unparsed.append(stray)
            }
        }
        // A known value that a narrow cell broke inside a word ("Reassessm" + "ent", or
        // "Northumberlan" + "d County Council": a word too long for its cell is broken
        // anywhere) is spelled as the column's values, or the letter's authority, are.
        var rows = reader.rows
        if let authorities {
            // A row whose cells fit their columns badly, read again line by line by what each
            // column holds: where the words' positions left a cut between two cells open.
            let kinds = fields.map { FlatRowTable.ColumnKind($0, authorities: authorities) }
            for index in rows.indices {
                if let cells = FlatRowTable.refitted(rows[index].cells, columns: kinds, lines: reader.rowLines[index]) {
                    rows[index].cells = cells
                }
            }
        }
        rows = rows.map { row in
            var row = row
            row.cells = CellSpelling.spelled(row.cells, fields: fields, authorities: authorities)
            return row
        }
        return ParsedTable(kind: ParsedTable.kind(of: fields), segmentIndex: segmentIndex,
                           header: header, rows: rows, unparsed: reader.unparsed)
    }

    enum VisualRow {
        /// Lines of one visual row; `opensPage`: the first on its page or under a header.
        case lines([PlacedLine], opensPage: Bool)
        case stray(UnparsedLine)
    }

    /// The region's lines grouped into visual rows by the gaps between them (`sameRow`), in order.
    static func visualRows(_ items: [RegionLine]) -> [VisualRow] {
        var out: [VisualRow] = []
        var group: [PlacedLine] = []
        var opensPage = true
        func flush() {
            if !group.isEmpty { out.append(.lines(group, opensPage: opensPage)) }
            group = []
        }
        let threshold = rowGapThreshold(items)
        for item in items {
            switch item {
            case .line(let line):
                if let last = group.last {
                    if !sameRow(last, line, threshold: threshold) {
                        flush()
                        opensPage = last.origin.page != line.origin.page
                    }
                } else if case .lines(let previous, _)? = out.last, let last = previous.last {
                    opensPage = opensPage || last.origin.page != line.origin.page
                }
                group.append(line)
            case .stray(let stray):
                flush()
                out.append(.stray(stray))
            case .header:
                flush()
                opensPage = true
            }
        }
        flush()
        return out
    }

    /// Whether the table sets its cells centred down their rows, as its rows show it: some row
    /// group, not the first of its page (which may open with the tail of a split row), holds
    /// lines above its first reference (centred); or none does while some group of two or more
    /// lines starts with its reference (cells at the top of their rows, as most producers set
    /// them: a centred cell of two lines or more would start above the reference). Without
    /// either, centred: lines above a reference stay with it. Where cells sit at the top, lines
    /// above the first reference of a page are the tail of the row the page break split, even
    /// where no padding sets rows apart.
    static func centredDown(_ groups: [VisualRow], referenceColumn: Int) -> Bool {
        var topAligned = false
        for group in groups {
            guard case .lines(let lines, let opensPage) = group,
                  let first = lines.indices.first(where: { ReferenceNumber.isReference(lines[$0].cells[referenceColumn]) })
            else { continue }
            if first > 0, !opensPage { return true }
            if first == 0, lines.count >= 2 { topAligned = true }
        }
        return !topAligned
    }

    /// Words after a reference in its cell belong to the next column: text laid out in character
    /// columns (and a cell drawn without padding) may set the next cell's first word closer to
    /// the reference than to its own column's edge ("21009178 of" ⏎ "Royal Borough" …).
    static func spillPastReference(_ cells: inout [String], referenceColumn: Int) {
        guard referenceColumn + 1 < cells.count, case let cell = cells[referenceColumn],
              let space = cell.firstIndex(of: " "), ReferenceNumber.startsRow(cell[..<space]) else { return }
        let rest = cell[cell.index(after: space)...]
        // A reference printed in groups ("19 000 565") keeps its digits; a second reference in
        // the cell ("19000565 and 19000566") is no next cell's text: the cell stays as it is
        // (the row reader reports a reference cell it cannot read).
        guard let first = rest.first, !first.isNumber,
              !rest.split(separator: " ").contains(where: { ReferenceNumber.startsRow($0) }) else { return }
        cells[referenceColumn] = String(cell[..<space])
        cells[referenceColumn + 1] = cells[referenceColumn + 1].isEmpty ? String(rest) : rest + " " + cells[referenceColumn + 1]
    }

    /// Lines of one visual row: on the same page, and the gap between them (negative where
    /// cells centred down put lines between each other's) no wider than the narrowest gap of the
    /// table by more than a third of the font size, nor wider than nearly half the size.
    static func sameRow(_ a: PlacedLine, _ b: PlacedLine, threshold: Double?) -> Bool {
        guard a.origin.page == b.origin.page else { return false }
        let size = max(1, min(a.size, b.size))
        // The narrowest gap tells the spacing inside a cell only when it is small: a table of
        // one-line rows has none, and its narrowest gap is already one between rows.
        let inside = min(threshold ?? 0, insideGapCeiling * size)
        let limit = max(rowGapFloor * size, inside + rowGapOverInside * size)
        return b.box.y0 - a.box.y1 <= limit
    }

    /// The narrowest gap is a cell's line spacing only up to this share of the font size (the
    /// gaps between a cell's lines are 0.1–0.3 sizes, between one-line rows with padding 0.6+).
    static let insideGapCeiling = 0.5
    /// A gap up to this share of the size always stays inside a row: the leading of any line
    /// spacing producers use (up to 1.4 × size) is under it, a row's padding (≥ 2 × 0.3) over it.
    static let rowGapFloor = 0.45
    /// A gap up to this share of the size wider than the narrowest one stays inside a row: a
    /// cell's lines spaced a little apart, where two rows' paddings add at least two thirds.
    static let rowGapOverInside = 0.35

    /// The narrowest gap between consecutive lines on a page (the line spacing inside a cell),
    /// or nil when there are none.
    static func rowGapThreshold(_ items: [RegionLine]) -> Double? {
        var smallest: Double? = nil
        var previous: PlacedLine? = nil
        for item in items {
            guard case .line(let line) = item else { previous = nil; continue }
            if let previous, previous.origin.page == line.origin.page {
                let gap = line.box.y0 - previous.box.y1
                smallest = min(smallest ?? gap, gap)
            }
            previous = line
        }
        return smallest
    }

    /// Turns groups of lines (visual rows) into table rows.
    struct RowReader {
        let columnCount: Int
        let referenceColumn: Int
        /// Cells centred down their rows (`centredDown`): a row's lines may stand above its
        /// reference's.
        let centredDown: Bool
        var rows: [TableRow] = []
        /// Each row's lines as printed, in reading order (`FlatRowTable.refitted`).
        var rowLines: [[String]] = []
        var unparsed: [UnparsedLine] = []

        init(columnCount: Int, referenceColumn: Int, centredDown: Bool = true) {
            self.columnCount = columnCount
            self.referenceColumn = referenceColumn
            self.centredDown = centredDown
        }

        mutating func read(_ group: [PlacedLine]) {
            guard !group.isEmpty else { return }
            let references = group.indices.filter { ReferenceNumber.isReference(group[$0].cells[referenceColumn]) }
            if references.count == 1, centredDown || references[0] == 0 || rows.isEmpty {
                // One row, wherever its reference sits.
                var row = TableRow(cells: Array(repeating: "", count: columnCount), origins: [])
                var texts: [String] = []
                for (index, line) in group.enumerated() {
                    let reference = line.cells[referenceColumn]
                    if !reference.isEmpty && !ReferenceNumber.isReference(reference) {
                        let after = index < (references.first ?? 0) ? rows.count : rows.count + 1
                        unparsed.append(UnparsedLine(text: line.text, origin: line.origin, afterRow: after))
                        continue
                    }
                    append(line, to: &row)
                    texts.append(line.text)
                }
                row.cells[referenceColumn] = ReferenceNumber.compact(row.cells[referenceColumn])
                rows.append(row)
                rowLines.append(texts)
                return
            }
            // No reference (a continuation) or several (rows the gaps did not tell apart):
            // a reference starts a row, other lines continue the row above.
            for line in group {
                let reference = line.cells[referenceColumn]
                if ReferenceNumber.isReference(reference) {
                    var row = TableRow(cells: Array(repeating: "", count: columnCount), origins: [])
                    append(line, to: &row)
                    row.cells[referenceColumn] = ReferenceNumber.compact(row.cells[referenceColumn])
                    rows.append(row)
                    rowLines.append([line.text])
                } else if reference.isEmpty, var previous = rows.popLast() {
                    append(line, to: &previous)
                    rows.append(previous)
                    rowLines[rowLines.count - 1].append(line.text)
                } else {
                    unparsed.append(UnparsedLine(text: line.text, origin: line.origin, afterRow: rows.count))
                }
            }
        }

        func append(_ line: PlacedLine, to row: inout TableRow) {
            for (i, piece) in line.cells.enumerated() where i < row.cells.count {
                WrappedText.append(piece, to: &row.cells[i])
            }
            if let last = row.origins.last, last.page == line.origin.page, let box = last.box {
                row.origins[row.origins.count - 1].box = box.union(line.box).rounded
            } else {
                row.origins.append(line.origin)
            }
        }
    }

    /// The columns of the header at `headerAt`, their boundaries moved into the gutters that the
    /// lines up to the next header leave free.
    public static func columns(for blocks: [Block], headerAt headerIndex: Int) -> TableColumns? {
        guard blocks.indices.contains(headerIndex),
              var columns = TableColumns(header: blocks[headerIndex].words) else { return nil }
        // Each row block is one visual line (a table zone's line, or a line of aligned text).
        var rowLines: [[PositionedWord]] = []
        var i = headerIndex + 1
        while i < blocks.count {
            let block = blocks[i]
            if block.kind == .tableRow && LetterCues.isTableHeader(block) { break }
            if block.kind == .tableRow && !block.words.isEmpty { rowLines.append(block.words) }
            i += 1
        }
        columns.splitMergedCells(using: rowLines)
        columns.refine(with: blocks[headerIndex].words + rowLines.joined())
        return columns
    }

    /// The column boundaries of every header in a table region (for debug drawings): the
    /// header block's index and its boundaries.
    public static func boundaries(_ blocks: [Block]) -> [(headerIndex: Int, columns: TableColumns)] {
        blocks.indices.compactMap { index in
            guard blocks[index].kind == .tableRow, LetterCues.isTableHeader(blocks[index]),
                  let columns = columns(for: blocks, headerAt: index) else { return nil }
            return (index, columns)
        }
    }

    /// The header again at the top of a later page: same text, or the same cells.
    static func isRepeatedHeader(_ block: Block, of first: Block, header: [String]) -> Bool {
        guard LetterCues.isTableHeader(block) else { return false }
        if block.text == first.text { return true }
        // Cells compared as one text: a header may be split further once its rows are known.
        return TableColumns(header: block.words)?.columns.map(\.title).joined(separator: " ")
            == header.joined(separator: " ")
    }
}
