/// Reads PDF table regions from word positions.
///
/// The columns come from the header row's words (a header cell may wrap onto several lines);
/// every word goes to the column whose span it overlaps most. A line whose Reference cell
/// holds digits starts a row; a line with an empty Reference cell continues the row above
/// (wrapped cells, or the tail of a row split by a page break). The header repeated at the top
/// of later pages is dropped. Whatever cannot be placed is kept as an `UnparsedLine`.
public enum PositionedTableBuilder {
    public static func table(_ blocks: [Block], segmentIndex: Int) -> ParsedTable {
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
        var columns = firstColumns
        var rows: [TableRow] = []
        var unparsed: [UnparsedLine] = []

        for (index, block) in blocks.enumerated() where index != headerIndex {
            let origin = block.origins.first ?? Origin(page: 1)
            if index < headerIndex || block.kind != .tableRow || block.words.isEmpty {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
                continue
            }
            if isRepeatedHeader(block, of: headerBlock, header: header) {
                // A later page's header: its columns may sit a little differently.
                if let again = self.columns(for: blocks, headerAt: index), again.count == header.count {
                    columns = again
                }
                continue
            }
            for line in TableColumns.visualLines(block.words) {
                guard let first = line.first else { continue }
                let box = line.dropFirst().reduce(first.box) { $0.union($1.box) }
                let lineOrigin = Origin(page: origin.page, box: box.rounded)
                var cells = columns.fragments(of: line)
                let reference = cells[referenceColumn]
                if TableBuilder.isReference(reference) {
                    cells[referenceColumn] = reference.filter { !$0.isWhitespace }
                    rows.append(TableRow(cells: cells, origins: [lineOrigin]))
                } else if reference.isEmpty, var previous = rows.popLast() {
                    for (i, piece) in cells.enumerated() {
                        previous.cells[i] = TableBuilder.appendWrapped(piece, to: previous.cells[i])
                    }
                    if previous.origins.last?.page == lineOrigin.page, let last = previous.origins.last?.box {
                        previous.origins[previous.origins.count - 1].box = last.union(box).rounded
                    } else {
                        previous.origins.append(lineOrigin)
                    }
                    rows.append(previous)
                } else {
                    let text = line.map(\.text).joined(separator: " ")
                    unparsed.append(UnparsedLine(text: text, origin: lineOrigin, afterRow: rows.count))
                }
            }
        }
        return ParsedTable(kind: ParsedTable.kind(of: fields), segmentIndex: segmentIndex,
                           header: header, rows: rows, unparsed: unparsed)
    }

    /// The columns of the header at `headerAt`, their boundaries moved into the gutters that the
    /// lines up to the next header leave free.
    public static func columns(for blocks: [Block], headerAt headerIndex: Int) -> TableColumns? {
        guard blocks.indices.contains(headerIndex),
              var columns = TableColumns(header: blocks[headerIndex].words) else { return nil }
        var words = blocks[headerIndex].words
        var i = headerIndex + 1
        while i < blocks.count {
            let block = blocks[i]
            if block.kind == .tableRow && LetterCues.isTableHeader(block) { break }
            if block.kind == .tableRow { words += block.words }
            i += 1
        }
        columns.refine(with: words)
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
        return TableColumns(header: block.words)?.columns.map(\.title) == header
    }
}
