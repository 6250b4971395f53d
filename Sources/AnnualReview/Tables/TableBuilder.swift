/// The `tables` stage: reads every table region of a segmented letter into rows of cells —
/// from tabs for text renderings, from word positions for PDFs.
public enum TableBuilder {
    public static func build(_ document: SegmentedDocument) -> TabulatedDocument {
        var tables: [ParsedTable] = []
        let authorities = AuthorityNames(document)
        for (index, segment) in document.segments.enumerated() where segment.kind == .tableRegion {
            let read = table(segment.blocks, segmentIndex: index, authorities: authorities)
            tables.append(LateRemedies.placed(ReprintedRows.dropped(from: read)))
        }
        return TabulatedDocument(segmented: document, tables: tables)
    }

    /// A region's table, read by the builder its blocks call for: word positions (PDF), lines
    /// of a flat table, or rows of cells. A region whose pages a rendering gave in both text
    /// shapes (rows of cells up to a page break, a flat table under the header repeated after
    /// it) is read page by page, each part under its own header, and its rows joined.
    static func table(_ blocks: [Block], segmentIndex: Int, authorities: AuthorityNames) -> ParsedTable {
        if blocks.contains(where: { !$0.words.isEmpty }) {
            return PositionedTableBuilder.table(blocks, segmentIndex: segmentIndex, authorities: authorities)
        }
        guard blocks.contains(where: { $0.kind == .tableLine }) else {
            return TextTableBuilder.table(blocks, segmentIndex: segmentIndex, authorities: authorities)
        }
        let parts = partsUnderEachHeader(blocks)
        guard parts.count > 1, parts.contains(where: { part in !part.contains { $0.kind == .tableLine } }) else {
            return FlatRowTable.table(blocks, segmentIndex: segmentIndex, authorities: authorities)
        }
        let tables = parts.map { table($0, segmentIndex: segmentIndex, authorities: authorities) }
        var joined = tables[0]
        for table in tables.dropFirst() {
            let offset = joined.rows.count
            joined.unparsed += table.unparsed.map { line in
                var line = line
                line.afterRow += offset
                return line
            }
            // A page's header may name fewer columns than the first (those empty on it left
            // out): its rows go into the first header's columns, field by field.
            for row in table.rows {
                if let row = row.placed(from: table.fields, into: joined.fields) {
                    joined.rows.append(row)
                } else {
                    joined.unparsed.append(UnparsedLine(text: row.cells.filter { !$0.isEmpty }.joined(separator: " "),
                                                        origin: row.origins.first ?? Origin(page: 1), afterRow: joined.rows.count))
                }
            }
        }
        return joined
    }

    /// The region cut before each header row that follows rows (the header again on a new page).
    static func partsUnderEachHeader(_ blocks: [Block]) -> [[Block]] {
        func isHeader(_ block: Block) -> Bool { block.kind == .tableRow && LetterCues.isTableHeader(block) }
        var parts: [[Block]] = []
        for block in blocks {
            if parts.isEmpty || (isHeader(block) && parts[parts.count - 1].contains { !isHeader($0) }) {
                parts.append([])
            }
            parts[parts.count - 1].append(block)
        }
        return parts
    }
}

/// Reads rows of text cells (tabs, pipes, HTML cells): the first row of the region is the
/// header, a header again (a new page's) sets how the rows below it fall into the columns
/// (`CellColumns`), a row with an empty reference continues the row above (a wrapped cell),
/// anything else becomes `unparsed`.
public enum TextTableBuilder {
    public static func table(_ blocks: [Block], segmentIndex: Int, authorities: AuthorityNames? = nil) -> ParsedTable {
        guard let headerIndex = blocks.firstIndex(where: { $0.kind == .tableRow }) else {
            return ParsedTable(kind: .unknown, segmentIndex: segmentIndex, header: [], rows: [], unparsed: [])
        }
        var blocks = blocks
        if let rowIndex = blocks[(headerIndex + 1)...].firstIndex(where: { $0.kind == .tableRow }),
           let (header, row) = CellColumns.completed(header: blocks[headerIndex].cells, firstRow: blocks[rowIndex].cells) {
            // A header name cut short, its rest set in the first row.
            blocks[headerIndex].cells = header
            blocks[rowIndex].cells = row
        }
        let headerBlock = blocks[headerIndex]
        let firstColumns = CellColumns(header: trimTrailingEmpty(headerBlock.cells))
        var columns = firstColumns
        let header = firstColumns.titles
        let fields = header.map(TableField.named)
        let referenceColumn = fields.firstIndex(of: .reference) ?? 0
        var rows: [TableRow] = []
        var unparsed: [UnparsedLine] = []

        for block in blocks where block != headerBlock {
            let origin = block.origins.first ?? Origin(page: 1)
            guard block.kind == .tableRow else {
                if let last = rows.indices.last, let column = TableValues.cellCompleted(by: block.text, in: rows[last].cells, fields: fields) {
                    // A cell's last line a renderer set outside the row's pipes.
                    WrappedText.append(block.text, to: &rows[last].cells[column])
                    rows[last].origins.append(origin)
                } else {
                    unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
                }
                continue
            }
            if block.cells == headerBlock.cells {
                columns = firstColumns
                continue
            }
            if LetterCues.isTableHeader(block), !block.cells.contains(where: ReferenceNumber.startsLine) {
                // A header again (a row naming "Ref…" and "…Council" in its cells is no header).
                columns = CellColumns(repeated: trimTrailingEmpty(block.cells), of: firstColumns)
                continue
            }
            guard var cells = columns.place(block.cells) else {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
                continue
            }
            if ReferenceNumber.isReference(cells[referenceColumn]) {
                cells[referenceColumn] = ReferenceNumber.compact(cells[referenceColumn])
                rows.append(TableRow(cells: cells, origins: [origin]))
            } else if authorities != nil, ReferenceNumber.startsLine(cells[referenceColumn]) {
                // The reference's cell goes on with the next column's text (markitdown set
                // "Reference Authority" in one header cell, each row's two values in one cell):
                // a row, whose words are read again by what each column holds (below).
                rows.append(TableRow(cells: cells, origins: [origin]))
            } else if cells[referenceColumn].isEmpty, var previous = rows.popLast() {
                for (i, piece) in cells.enumerated() {
                    WrappedText.append(piece, to: &previous.cells[i])
                }
                previous.origins.append(origin)
                rows.append(previous)
            } else {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
            }
        }
        if let authorities {
            // Rows whose cells a renderer cut in the wrong places are read again by their words.
            let kinds = fields.map { FlatRowTable.ColumnKind($0, authorities: authorities) }
            // A cell's tail set in the row below goes back up first: the rows are then refitted whole.
            rows = ShiftedCellTails.mended(rows, columns: kinds)
            for index in rows.indices {
                if let cells = FlatRowTable.refitted(rows[index].cells, columns: kinds) { rows[index].cells = cells }
            }
            // A row whose reference cell the reading could not part from the text after it is
            // reported, not guessed.
            var kept: [TableRow] = []
            for row in rows {
                if ReferenceNumber.isReference(row.cells[referenceColumn]) {
                    kept.append(row)
                } else {
                    unparsed.append(UnparsedLine(text: row.cells.filter { !$0.isEmpty }.joined(separator: " "),
                                                 origin: row.origins.first ?? Origin(page: 1), afterRow: kept.count))
                }
            }
            rows = kept
        }
        rows = rows.map { row in
            var row = row
            row.cells = CellSpelling.spelled(row.cells, fields: fields, authorities: authorities)
            return row
        }
        return ParsedTable(kind: ParsedTable.kind(of: fields), segmentIndex: segmentIndex,
                           header: header, rows: rows, unparsed: unparsed)
    }

    static func trimTrailingEmpty(_ cells: [String]) -> [String] {
        var cells = cells
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        return cells
    }
}

extension TableRow {
    /// The row's cells moved from the columns `fields` into the columns `target`, each cell to
    /// the first column of its field not taken yet; nil where a filled cell has no such column
    /// (or no known field). The row as it is where the columns are the same. (`CellColumns`
    /// places the cells of a row read under a repeated header by titles as it reads them, and
    /// may join two titles into one name; here each part was read under its own header already,
    /// so its fields are known and the width must stay the first header's.)
    func placed(from fields: [TableField], into target: [TableField]) -> TableRow? {
        if fields == target, cells.count == target.count { return self }
        var placed = Array(repeating: "", count: target.count)
        var taken = Set<Int>()
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            guard index < fields.count, fields[index] != .unknown,
                  let column = target.indices.first(where: { target[$0] == fields[index] && !taken.contains($0) }) else { return nil }
            taken.insert(column)
            placed[column] = cell
        }
        return TableRow(cells: placed, origins: origins)
    }
}
