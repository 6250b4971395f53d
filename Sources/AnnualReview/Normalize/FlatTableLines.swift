/// Tables whose rendering lost the cell boundaries, as `pdfplumber`, `pypdf` and markitdown
/// write them: the header's names joined by spaces (or one word a line), each row's cells
/// joined by single spaces, a wrapped row's later lines holding the rest of several cells, and
/// sometimes a row set as a small pipe table of its own. Such a table becomes a header row
/// (its cells found from the names header cells give) and one `.tableLine` block per printed
/// line; the tables stage splits the lines by what each column holds.
///
/// A table is read so only when at least one of its rows is such a line: a table whose rows
/// all keep their cells (tabs, pipes, `<td>`) is left as it is.
enum FlatTableLines {
    /// Longest line that still continues a row: a wrapped row's later line holds one to two
    /// words of each of up to eight cells, while a full line of the letters' prose holds about
    /// 14 to 20; a shorter line of prose right after a table still ends it when it is a
    /// heading or a closing, and is otherwise reported by the tables stage, not lost.
    static let maximumContinuationWords = 16

    /// One printed line of the text with where it came from.
    struct Line {
        var text: String
        var block: Int
        var origin: Origin
        /// The line is a table row that kept its cells (a pipe row).
        var hadCells: Bool
        /// How many cells it had (0 where none).
        var cellCount = 0
        /// The cells it had (none for a line of flat text).
        var cells: [String] = []
        var isHeading: Bool
        /// The line is a table row whose words carry positions (text aligned with spaces): the
        /// tables stage reads its table by columns, so no flat table starts here.
        var isPlaced: Bool = false
        /// The line is a row of cells that names the reference and a field (`TableField.isHeader`):
        /// a table's header, though a name in it may be cut short ("… Remedy Service
        /// improvement", whose last word pymupdf4llm set in the first row).
        var isCellHeader: Bool = false
    }

    static func rebuild(_ blocks: [Block]) -> [Block] {
        // Cheap test first: a line that names the reference column.
        guard blocks.contains(where: { block in
            block.lines.contains { line in TableField.namesReference(line.prefix { $0 != " " }) }
        }) else { return blocks }
        let lines = flatten(blocks)
        var out: [Block] = []
        var emitted = 0            // lines before this index are in `out`
        var index = 0
        while index < lines.count {
            if lines[index].isPlaced {
                index += 1
            } else if let table = FlatTable.read(lines, from: index), table.hasFlatRow || table.isEmptyFlatTable(lines, from: index) {
                out += unchanged(lines[emitted..<index], blocks)
                out += table.blocks(lines)
                emitted = table.end
                index = table.end
            } else if let table = ColumnStreamTable.read(lines, from: index) {
                out += unchanged(lines[emitted..<index], blocks)
                out += table.blocks(headerOrigin: lines[index].origin)
                emitted = table.end
                index = table.end
            } else {
                index += 1
            }
        }
        out += unchanged(lines[emitted...], blocks)
        return out
    }

    /// The blocks of lines outside any flat table: a block whose lines are all here as it was,
    /// the part of a block that a table cut as a paragraph of its own.
    static func unchanged(_ lines: ArraySlice<Line>, _ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        var start = lines.startIndex
        while start < lines.endIndex {
            let block = lines[start].block
            var end = start
            while end < lines.endIndex, lines[end].block == block { end += 1 }
            let whole = blocks[block].kind != .paragraph || end - start == blocks[block].lines.count
            out.append(whole ? blocks[block] : paragraph(Array(lines[start..<end]), like: blocks[block]))
            start = end
        }
        return out
    }

    /// Every block's printed lines in order (a cell row as its cells joined by spaces).
    static func flatten(_ blocks: [Block]) -> [Line] {
        var lines: [Line] = []
        for (index, block) in blocks.enumerated() {
            let origin = block.origins.first ?? Origin(page: 1)
            if block.kind != .paragraph {
                lines.append(Line(text: block.text, block: index, origin: origin, hadCells: true, cellCount: block.cells.count, cells: block.cells,
                                  isHeading: false, isPlaced: !block.words.isEmpty,
                                  isCellHeader: !block.cells.isEmpty && TableField.isHeader(block.cells)))
                continue
            }
            for (offset, text) in block.lines.enumerated() {
                let number = origin.firstLine.map { first in min(first + offset, origin.lastLine ?? first + offset) }
                lines.append(Line(text: text, block: index, origin: Origin(page: origin.page, firstLine: number, lastLine: number),
                                  hadCells: false, isHeading: block.styledAsHeading))
            }
        }
        return lines
    }

    /// A paragraph block from some of a block's lines.
    static func paragraph(_ lines: [Line], like block: Block) -> Block {
        let texts = lines.map(\.text)
        let origin = Origin(page: lines[0].origin.page, firstLine: lines[0].origin.firstLine,
                            lastLine: lines[lines.count - 1].origin.lastLine)
        return Block(kind: block.kind == .paragraph ? .paragraph : block.kind, lines: texts, text: WrappedText.unwrap(texts),
                     cells: block.cells, styledAsHeading: block.styledAsHeading, origins: [origin], isListItem: block.isListItem)
    }
}

/// One flat table found in the lines: its header and the range of lines it spans.
struct FlatTable {
    var header: [String]
    var headerOrigin: Origin
    /// Indices of the lines that are the table's rows and their continuations (repeated
    /// headers left out).
    var rowLines: [Int]
    /// One past the table's last line.
    var end: Int
    var hasFlatRow: Bool
    /// The header was a row of cells (else flat text).
    var headerHadCells = false
    /// The header was read line by line over several rows of cells whose columns, joined top to
    /// bottom, make no header (nor do those of its first rows) (`CellHeaderBand.readsAsHeader`: markitdown cut a LibreOffice
    /// table's pipes across its centred cells, "Referenc | | Decide" ⏎ "Authority | Category |
    /// Decision" ⏎ "e | | d"), so the rows' cells are no columns either: they are read as flat
    /// lines.
    var headerCrossedCellRows = false
    /// Lines after the names of columns empty on a page (values the text gives no row for):
    /// kept in the table as paragraphs, which the tables stage reports.
    var strayLines: Set<Int> = []

    /// The table whose header starts at `start`, if one does.
    static func read(_ lines: [FlatTableLines.Line], from start: Int) -> FlatTable? {
        guard let (header, afterHeader, among) = readHeaderAmong(lines, from: start, like: nil) else { return nil }
        var table = FlatTable(header: header, headerOrigin: lines[start].origin, rowLines: [], end: afterHeader, hasFlatRow: false,
                              headerHadCells: lines[start].hadCells)
        let headerRows = lines[start..<afterHeader].filter(\.hadCells).map(\.cells)
        // (A row after the header's rows that a header name starts, such as a row's last line
        // "Council", may have joined the band read line by line: the header's own rows are a
        // first part of them, maybe the first row alone.)
        table.headerCrossedCellRows = headerRows.count >= 2
            && !(1...headerRows.count).contains { CellHeaderBand.readsAsHeader(Array(headerRows.prefix($0))) }
        // Lines among the names of a header that begins this table: the tail of a row above it
        // that another reading holds; kept as paragraphs, which the tables stage reports.
        table.rowLines = among
        table.strayLines = Set(among)
        var index = afterHeader
        var inRow = false
        var inStray = false
        while index < lines.count {
            let line = lines[index]
            let words = line.text.split(separator: " ")
            guard let firstWord = words.first, !line.isHeading, LetterWords.closing(line.text) == nil else { break }
            // A row's last line right above the header repeated on a new page is the row's,
            // though a header reads with it too ("Council", a name header cells may give).
            let lastLineAboveHeader = inRow && index + 1 < lines.count
                && readHeaderAmong(lines, from: index + 1, like: table.header) != nil
            if !lastLineAboveHeader {
                if let again = readHeaderAmong(lines, from: index, like: table.header) {
                    // The header again, on a new page: the page's late-drawn text ended. Lines
                    // among its names are the tail of the row the page break cut.
                    table.rowLines += again.among
                    index = again.end
                    inStray = false
                    continue
                }
                if line.isCellHeader || readHeader(lines, from: index, like: nil) != nil || ColumnStreamTable.read(lines, from: index) != nil {
                    break  // another table's header, or a table written column by column: this one ends
                }
            }
            if inRow, TableField.headerNames.fit(String(firstWord)) != .none,
               let (names, after) = ColumnStreamTable.newColumnNames(lines.map(\.text), at: index, seen: Set(table.header.map(TableField.named))) {
                // Names of columns the header lacks, set after rows began (`pdftotext` writes
                // a page's blocks in its own order): the table has those columns. Where they
                // end the page (the names of columns empty on it, set after its last row),
                // the lines after them are those columns' values, whose rows the text does
                // not say. Names of the other table's columns ("Decided" under a table of
                // complaints received) begin that table: this one ends.
                guard TableField.canShareATable((table.header + names).map(TableField.named)) else { break }
                table.header = TableField.header(table.header, inserting: names)
                inStray = endsPage(lines, after: after)
                index = after
                continue
            }
            if ReferenceNumber.startsRow(firstWord) {
                inStray = false
                inRow = true
                if table.lostCells(line) { table.hasFlatRow = true }
            } else if words.count > FlatTableLines.maximumContinuationWords {
                // A line as long as prose inside a row: the rest of the row's cells set on one
                // line (pypdf), where the table goes on after it; else prose after the table.
                guard inRow, goesOn(lines, after: index, header: table.header) else { break }
                if table.lostCells(line) { table.hasFlatRow = true }
            } else if !inRow {
                // Before a row's reference: the upper lines of a row whose cells are centred
                // in it, where a reference line follows soon.
                guard referenceFollows(lines, after: index) else { break }
                if table.lostCells(line) { table.hasFlatRow = true }
            } else if table.lostCells(line), index > 0, lines[index - 1].block == line.block {
                // A row's later line run on from it (a stray paragraph of its own in a table of
                // cell rows proves nothing: it is reported).
                table.hasFlatRow = true
            }
            table.rowLines.append(index)
            if inStray, line.origin.page != lines[index - 1].origin.page { inStray = false }  // a new page
            if inStray { table.strayLines.insert(index) }
            index += 1
        }
        table.end = (table.rowLines.last ?? (afterHeader - 1)) + 1
        return table
    }

    /// Whether a row's line lost its cells: it has none, or, under a header of flat text, fewer
    /// than the header has names (markitdown may set a table's rows as a small pipe table of
    /// four cells under its eight names: each cell holds several columns' text).
    func lostCells(_ line: FlatTableLines.Line) -> Bool {
        !line.hadCells || (!headerHadCells && line.cellCount < header.count) || headerCrossedCellRows
    }

    /// A header of flat text with no row under it (a table the letter leaves empty, "Reference
    /// Authority Category Decided …" and nothing more): a table of no rows, not a paragraph.
    func isEmptyFlatTable(_ lines: [FlatTableLines.Line], from start: Int) -> Bool {
        rowLines.isEmpty && lines[start..<end].allSatisfy { !$0.hadCells }
    }

    /// Whether the table goes on within the next few lines: the text ends, or a row's
    /// reference or the header again starts a line, before a heading or a closing.
    static func goesOn(_ lines: [FlatTableLines.Line], after index: Int, header: [String]) -> Bool {
        var next = index + 1
        while next - index <= FlatTableLines.maximumLinesAboveReference {
            guard next < lines.count else { return true }
            let line = lines[next]
            guard let first = line.text.split(separator: " ").first, !line.isHeading,
                  LetterWords.closing(line.text) == nil else { return false }
            if ReferenceNumber.startsRow(first) || readHeader(lines, from: next, like: header) != nil { return true }
            next += 1
        }
        return false
    }

    /// Whether the lines from `index` on, short as cells' lines and before any row's
    /// reference, reach the page's end: the
    /// text ends, a line stands on the next page, or a header starts (the table's again, with
    /// or without the names of columns empty on the next page) — the place where `pdftotext` sets a page's late-drawn text (the names of
    /// columns empty on that page and those columns' values). Names of fields in the middle
    /// of a page are some other rendering's muddle, read as row lines.
    static func endsPage(_ lines: [FlatTableLines.Line], after index: Int) -> Bool {
        guard index > 0 else { return false }
        let page = lines[index - 1].origin.page
        var next = index
        while true {
            guard next < lines.count, lines[next].origin.page == page else { return true }
            let line = lines[next]
            let words = line.text.split(separator: " ")
            guard let first = words.first, !ReferenceNumber.startsRow(first),
                  words.count <= FlatTableLines.maximumContinuationWords else { return false }
            if line.isHeading || LetterWords.closing(line.text) != nil || readHeader(lines, from: next, like: nil) != nil {
                return true
            }
            next += 1
        }
    }

    /// Whether a row's reference starts one of the next few lines, all of them short enough to
    /// be a row's lines.
    static func referenceFollows(_ lines: [FlatTableLines.Line], after index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, next - index <= FlatTableLines.maximumLinesAboveReference {
            let words = lines[next].text.split(separator: " ")
            guard let first = words.first, words.count <= FlatTableLines.maximumContinuationWords else { return false }
            if ReferenceNumber.startsRow(first) { return true }
            next += 1
        }
        return false
    }

    /// The header's cells from the lines at `start` on, and the index after it: the longest
    /// run of lines that reads as a header whose first column is the reference
    /// (`FlatHeaderBand`). With `like`, only that header again.
    static func readHeader(_ lines: [FlatTableLines.Line], from start: Int, like expected: [String]?) -> ([String], Int)? {
        readHeaderAmong(lines, from: start, like: expected, linesAmong: 0).map { ($0.cells, $0.end) }
    }

    /// A header read as `readHeader` reads it, with a few lines of other text among its names
    /// (`among`): `pdftotext` sets the tail of a row that a page break cut ("Protection &
    /// Regulation", the rest of "Environmental Services & Public") among the names of the
    /// header repeated on the next page, in the order of its column. Such lines count only
    /// where names of the header follow them.
    static func readHeaderAmong(_ lines: [FlatTableLines.Line], from start: Int, like expected: [String]?,
                                linesAmong: Int = FlatTableLines.maximumLinesAmongHeaderNames) -> (cells: [String], end: Int, among: [Int])? {
        // Cheap test first: this is asked at every line of a text with a table.
        guard let firstWord = lines[start].text.split(separator: " ").first,
              TableField.headerNames.fit(String(firstWord)) != .none else { return nil }
        var band = FlatHeaderBand()
        var best: (cells: [String], end: Int, among: [Int])? = nil
        var among: [Int] = []
        var index = start
        while index < lines.count, index - start < FlatTableLines.maximumHeaderLines + among.count, !lines[index].isPlaced {
            let words = lines[index].text.split(separator: " ")
            guard let extended = band.adding(words) else {
                // Not a name: a cut row's tail, where names follow it, in a header that begins
                // with the reference's name (as every letter's table does).
                guard index > start, among.count < linesAmong, TableField.namesReference(firstWord),
                      !ReferenceNumber.startsRow(words.first ?? "") else { break }
                among.append(index)
                index += 1
                continue
            }
            // A header names the reference once: a line naming it again is the next table's
            // header (an empty table's header set as text, then the next one's).
            if index > start, extended.isComplete, extended.cells.filter(TableField.namesReference).count > 1 { break }
            band = extended
            index += 1
            guard band.isComplete else { continue }
            let cells = band.cells
            guard let first = cells.first, TableField.namesReference(first), TableField.isHeader(cells) else { continue }
            if let expected {
                if cells == expected { return (cells, index, among) }
            } else {
                best = (cells, index, among)
            }
        }
        return expected == nil ? best : nil
    }

    /// The header block and a `.tableLine` block per row line.
    func blocks(_ lines: [FlatTableLines.Line]) -> [Block] {
        let text = header.joined(separator: " ")
        var out = [Block(kind: .tableRow, lines: [text], text: text, cells: header, origins: [headerOrigin])]
        for index in rowLines {
            let line = lines[index]
            out.append(Block(kind: strayLines.contains(index) ? .paragraph : .tableLine, lines: [line.text], text: line.text, origins: [line.origin]))
        }
        return out
    }
}

extension FlatTableLines {
    /// Most lines a header spans: a name may wrap over three lines, and a header set one word a
    /// line has at most a dozen words.
    static let maximumHeaderLines = 14
    /// Most lines of a row above its reference, where the row's cells are centred in it: half
    /// the lines of its tallest cell, doubled where cells of an odd and an even number of lines
    /// interleave (a reason of eight lines beside two-line cells).
    static let maximumLinesAboveReference = 8
    /// Most lines of a cut row's tail set among the names of the header repeated after a page
    /// break (`FlatTable.readHeaderAmong`): the lines a cell's tail holds at a page's top, as
    /// few as make a cut cell whole; more is other text, not a tail.
    static let maximumLinesAmongHeaderNames = 3
}
