/// A table that a text rendering wrote one cell per paragraph, row after row (as `pdftotext`
/// without `-layout` writes a PDF's table): "Reference", "Authority", "Category", "Received",
/// then "20000661", "London Borough of Hackney", "Housing", "12 Apr 2020", … Such a run of
/// blocks becomes a header row and one table row per reference number, with cells, as the
/// tab-separated renderings give them.
///
/// Empty cells leave nothing in such text, so a row with fewer cells than the header fills its
/// columns from the left, a date column left empty where the cell is not a date and a date
/// kept for the date column. Cells that the renderer ran together (two cells' lines
/// interleaved) cannot be told apart here.
enum CellStreamTable {
    /// Blocks longer than this many words are prose, not cells.
    static let maxCellWords = 14

    static func rebuild(_ blocks: [Block]) -> [Block] {
        // Cheap test first: a block that is just "Reference" (or "Ref", "Ref.").
        guard blocks.contains(where: { $0.kind == .paragraph && isReferenceHeading($0.text) }) else { return blocks }
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        var i = 0
        while i < blocks.count {
            if let table = table(blocks, at: i) {
                out += table.blocks
                i = table.end
            } else {
                out.append(blocks[i])
                i += 1
            }
        }
        return out
    }

    /// A block that is only the reference column's name ("Reference", "Ref.", "Reference number").
    static func isReferenceHeading(_ text: String) -> Bool {
        TableField.namesReference(text) && LetterWords.words(text).count <= 2
    }

    static func isCell(_ block: Block) -> Bool {
        block.kind == .paragraph && !block.text.isEmpty && LetterWords.words(block.text).count <= maxCellWords
    }

    /// The header's cells at `index`: "Reference", then blocks that each name a field.
    static func header(_ blocks: [Block], at index: Int) -> [String]? {
        headerWithFirstRow(blocks, at: index)?.titles
    }

    /// The header at `index`, and the first row's cells where the renderer set each under its
    /// column's name in one block ("Reference" ⏎ "19000495", "Authority" ⏎ "Tamworth Borough
    /// Council": pdftotext of a table whose first row stands close under its header). The
    /// first block tells which: "Reference" over a reference number, then every header block is
    /// a name over its value.
    static func headerWithFirstRow(_ blocks: [Block], at index: Int) -> (titles: [String], firstRow: [String]?)? {
        guard blocks.indices.contains(index), blocks[index].kind == .paragraph else { return nil }
        let first = blocks[index]
        var titles: [String] = []
        var values: [String] = []
        let withValues: Bool
        if first.lines.count == 2, isReferenceHeading(first.lines[0]), ReferenceNumber.startsRow(first.lines[1]) {
            titles = [first.lines[0]]
            values = [first.lines[1]]
            withValues = true
        } else if isReferenceHeading(first.text) {
            titles = [first.text]
            withValues = false
        } else {
            return nil
        }
        var j = index + 1
        while j < blocks.count, isCell(blocks[j]) {
            let block = blocks[j]
            if withValues {
                guard block.lines.count >= 2, namesField(block.lines[0]) else { break }
                titles.append(block.lines[0])
                values.append(WrappedText.unwrap(Array(block.lines.dropFirst())))
            } else {
                guard !ReferenceNumber.startsRow(block.text), namesField(block.text) else { break }
                titles.append(block.text)
            }
            j += 1
        }
        guard titles.count >= 3 else { return nil }
        return (titles, withValues ? values : nil)
    }

    /// Text that names one field: a header cell of at most four words.
    static func namesField(_ text: String) -> Bool {
        TableField.named(text) != .unknown && LetterWords.words(text).count <= 4
    }

    /// The table starting at `index`: its blocks and the index after it.
    static func table(_ blocks: [Block], at index: Int) -> (blocks: [Block], end: Int)? {
        guard let (titles, firstRow) = headerWithFirstRow(blocks, at: index) else { return nil }
        let fields = titles.map(TableField.named)
        var out: [Block] = [Block(kind: .tableRow, lines: [titles.joined(separator: " ")],
                                  text: titles.joined(separator: " "), cells: titles, origins: blocks[index].origins)]
        if let firstRow {
            let text = firstRow.joined(separator: " ")
            out.append(Block(kind: .tableRow, lines: [text], text: text, cells: firstRow,
                             origins: blocks[index..<(index + titles.count)].flatMap(\.origins)))
        }
        var row: [Block] = []
        func flushRow() {
            guard let first = row.first else { return }
            let cells = place(row.map(\.text), fields: fields)
            out.append(Block(kind: .tableRow, lines: [cells.filter { !$0.isEmpty }.joined(separator: " ")],
                             text: cells.filter { !$0.isEmpty }.joined(separator: " "), cells: cells,
                             origins: [Origin(page: first.origins.first?.page ?? 1,
                                              firstLine: first.origins.first?.firstLine,
                                              lastLine: row.last?.origins.last?.lastLine)]))
            row = []
        }
        var j = index + titles.count
        while j < blocks.count {
            let block = blocks[j]
            if let (again, againFirstRow) = headerWithFirstRow(blocks, at: j) {
                // The header repeated on the next page: the same table goes on; another is new.
                guard again == titles else { break }
                flushRow()
                if let againFirstRow {
                    let text = againFirstRow.joined(separator: " ")
                    out.append(Block(kind: .tableRow, lines: [text], text: text, cells: againFirstRow,
                                     origins: blocks[j..<(j + again.count)].flatMap(\.origins)))
                }
                j += again.count
                continue
            }
            guard isCell(block), !block.styledAsHeading else { break }
            if ReferenceNumber.startsRow(block.text) {
                flushRow()
            } else if row.isEmpty {
                break  // cells before any row: not this table's
            }
            row.append(block)
            if row.count > titles.count { break }
            j += 1
        }
        if row.count > titles.count { row.removeLast() }
        flushRow()
        guard out.count >= 2 else { return nil }
        return (out, j)
    }

    /// A row's cells in their columns: in order from the left; a date column takes only a date.
    static func place(_ cells: [String], fields: [TableField]) -> [String] {
        var placed = Array(repeating: "", count: fields.count)
        var next = 0
        for (column, field) in fields.enumerated() where next < cells.count {
            let remainingCells = cells.count - next
            let remainingColumns = fields.count - column
            if remainingCells < remainingColumns {
                let isDateColumn = field == .received || field == .decided
                let isDate = DateParser.parse(cells[next]) != nil
                let dateColumnLater = fields[(column + 1)...].contains { $0 == .received || $0 == .decided }
                if isDateColumn && !isDate { continue }
                if !isDateColumn && isDate && dateColumnLater { continue }
            }
            placed[column] = cells[next]
            next += 1
        }
        return placed
    }
}
