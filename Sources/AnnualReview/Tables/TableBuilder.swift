/// The `tables` stage: reads every table region of a segmented letter into rows of cells —
/// from tabs for text renderings, from word positions for PDFs.
public enum TableBuilder {
    public static func build(_ document: SegmentedDocument) -> TabulatedDocument {
        var tables: [ParsedTable] = []
        let authorities = AuthorityNames(document)
        for (index, segment) in document.segments.enumerated() where segment.kind == .tableRegion {
            let table: ParsedTable
            if segment.blocks.contains(where: { !$0.words.isEmpty }) {
                table = PositionedTableBuilder.table(segment.blocks, segmentIndex: index)
            } else if segment.blocks.contains(where: { $0.kind == .tableLine }) {
                table = FlatRowTable.table(segment.blocks, segmentIndex: index, authorities: authorities)
            } else {
                table = TextTableBuilder.table(segment.blocks, segmentIndex: index)
            }
            tables.append(table)
        }
        return TabulatedDocument(segmented: document, tables: tables)
    }
}

/// Reads tab-separated rows: the first row of the region is the header, a row with an empty
/// reference continues the row above (a wrapped cell), anything else becomes `unparsed`.
public enum TextTableBuilder {
    public static func table(_ blocks: [Block], segmentIndex: Int) -> ParsedTable {
        guard let headerBlock = blocks.first(where: { $0.kind == .tableRow }) else {
            return ParsedTable(kind: .unknown, segmentIndex: segmentIndex, header: [], rows: [], unparsed: [])
        }
        let header = trimTrailingEmpty(headerBlock.cells)
        let fields = header.map(TableField.named)
        let referenceColumn = fields.firstIndex(of: .reference) ?? 0
        var rows: [TableRow] = []
        var unparsed: [UnparsedLine] = []

        for block in blocks where block != headerBlock {
            let origin = block.origins.first ?? Origin(page: 1)
            guard block.kind == .tableRow else {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
                continue
            }
            if block.cells == headerBlock.cells { continue }
            guard var cells = fit(block.cells, to: header.count) else {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
                continue
            }
            if ReferenceNumber.isReference(cells[referenceColumn]) {
                cells[referenceColumn] = ReferenceNumber.compact(cells[referenceColumn])
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
        rows = rows.map { row in
            var row = row
            row.cells = zip(row.cells, fields).map { TableValues.spelled($0, as: $1) }
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

    /// Pads a short row with empty cells; a long row may only be long by empty trailing cells.
    static func fit(_ cells: [String], to count: Int) -> [String]? {
        guard count > 0 else { return nil }
        if cells.count <= count { return cells + Array(repeating: "", count: count - cells.count) }
        guard cells[count...].allSatisfy(\.isEmpty) else { return nil }
        return Array(cells[..<count])
    }
}
