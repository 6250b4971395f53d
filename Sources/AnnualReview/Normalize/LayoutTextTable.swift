/// A table in text whose columns are aligned with spaces, as `pdftotext -layout` writes them:
/// cells that wrap go on indented lines below their row, header cells wrap onto lines of their
/// own, a page's header may repeat. Its lines are given positions from their character columns,
/// so the tables stage reads them as it reads a PDF's (`PositionedTableBuilder`: words placed
/// by column spans, not cut at runs of spaces, which one space may separate).
///
/// Made-up coordinates: a character is 1 wide; words get a font size of 3 (so a single space,
/// 1, is a word space and two or more are a cell gap, as `TableColumns.cellGap` reads them);
/// lines are 3.6 apart, a blank line adds as much again.
struct LayoutTextTable {
    struct Line {
        var text: String
        var page: Int
        var number: Int?
        var y: Double
        var isHeader: Bool
    }

    static let fontSize = 3.0
    static let pitch = 3.6

    private(set) var lines: [Line] = []
    private var y = 0.0
    private var lastWasBlank = false
    /// The wrapped lines under the first header ("improvement", "recommendations"), so that
    /// the same lines under a repeated header join it too.
    private var headerTail: [String] = []
    private var inFirstHeaderTail = false
    private var repeatedTailIndex: Int? = nil
    /// What came last after the latest header: nothing else yet, a row's tail, or a row.
    private enum AfterHeader { case header, tail, row }
    private var afterHeader = AfterHeader.row
    /// The current table's header, as first seen.
    private var headerText = ""
    /// Where the first header's text starts (the table may be indented as a whole).
    private var leftEdge = 0

    /// The spaces a line starts with.
    static func indentation(_ raw: String) -> Int {
        raw.prefix { $0 == " " || $0 == "\u{A0}" }.count
    }

    /// Whether `raw` opens such a table: a header row aligned with runs of spaces (no tabs,
    /// pipes or HTML cells, which `TableRowDetector` reads).
    static func startsTable(_ raw: String) -> Bool {
        guard !raw.utf8.contains(0x09), !raw.utf8.contains(0x7C), !raw.utf8.contains(0x3C),
              let cells = TableRowDetector.alignedCells(MarkupStripper.trimmed(raw)) else { return false }
        return isHeaderCells(cells)
    }

    static func isHeaderCells(_ cells: [String]) -> Bool {
        // A row of a text table starts at its reference, so its header starts with that column.
        guard let first = cells.first, TableField.namesReference(first) else { return false }
        return TableField.isHeader(cells)
    }

    /// Takes `raw` as the table's next line, or returns false where the table ends.
    mutating func add(_ raw: String, page: Int, number: Int?) -> Bool {
        let trimmed = MarkupStripper.trimmed(raw)
        if trimmed.isEmpty {
            if !lines.isEmpty { y += Self.pitch }
            lastWasBlank = true
            inFirstHeaderTail = false
            repeatedTailIndex = nil
            return true
        }
        if TextNormalizer.isPageFurniture(MarkupStripper.foldWhitespace(trimmed)) { return true }
        if let last = lines.last, last.page != page { y += 3 * Self.pitch }
        let cells = trimmed.utf8.contains(0x20) ? TableRowDetector.alignedCells(trimmed) : nil

        if let cells, LayoutTextTable.isHeaderCells(cells) {
            if lines.isEmpty { leftEdge = LayoutTextTable.indentation(raw) }
            append(raw, page: page, number: number, header: true)
            afterHeader = .header
            let folded = MarkupStripper.foldWhitespace(trimmed)
            if folded == headerText {
                // The header again on a later page, with the same wrapped lines under it.
                repeatedTailIndex = headerTail.isEmpty ? nil : 0
            } else {
                // A table's first header (the next table may follow at once).
                headerText = folded
                headerTail = []
                inFirstHeaderTail = true
            }
            return true
        }
        let folded = MarkupStripper.foldWhitespace(trimmed)
        if let index = repeatedTailIndex, index < headerTail.count, headerTail[index] == folded {
            append(raw, page: page, number: number, header: true)
            repeatedTailIndex = index + 1
            return true
        }
        repeatedTailIndex = nil
        let firstToken = folded.prefix { $0 != " " }
        if ReferenceNumber.startsRow(firstToken) {
            inFirstHeaderTail = false
            // Lines between a repeated header and the first row are the tail of a row that the
            // page break split: set them apart from the row that follows, as a blank line would.
            if afterHeader == .tail { y += Self.pitch }
            afterHeader = .row
            append(raw, page: page, number: number, header: false)
            return true
        }
        // A line indented past the table's left edge right under a table line: a wrapped cell
        // (or header cell).
        guard LayoutTextTable.indentation(raw) > leftEdge, !lastWasBlank, !lines.isEmpty else { return false }
        if inFirstHeaderTail {
            headerTail.append(folded)
            append(raw, page: page, number: number, header: true)
        } else {
            if afterHeader == .header { afterHeader = .tail }
            append(raw, page: page, number: number, header: false)
        }
        return true
    }

    private mutating func append(_ raw: String, page: Int, number: Int?, header: Bool) {
        if !lines.isEmpty { y += Self.pitch }
        lines.append(Line(text: raw, page: page, number: number, y: y, isHeader: header))
        lastWasBlank = false
    }

    /// The table as blocks: each header with its wrapped lines as one block, every other line
    /// as a block of its own, all with positioned words.
    func blocks() -> [Block] {
        var blocks: [Block] = []
        var previousWasHeader = false
        for line in lines {
            let words = LayoutTextTable.words(line.text, y: line.y)
            guard let first = words.first else { continue }
            let box = words.dropFirst().reduce(first.box) { $0.union($1.box) }
            let text = words.map(\.text).joined(separator: " ")
            let last = blocks.count - 1
            if line.isHeader, previousWasHeader, blocks[last].origins.last?.page == line.page,
               !LayoutTextTable.startsTable(line.text) {
                // A wrapped header line joins its header.
                blocks[last].words += words
                blocks[last].lines.append(text)
                blocks[last].text += " " + text
                if var origin = blocks[last].origins.last {
                    origin.lastLine = line.number
                    origin.box = origin.box.map { $0.union(box) } ?? box
                    blocks[last].origins[blocks[last].origins.count - 1] = origin
                }
                continue
            }
            previousWasHeader = line.isHeader
            blocks.append(Block(kind: .tableRow, lines: [text], text: text, words: words,
                                origins: [Origin(page: line.page, firstLine: line.number, lastLine: line.number, box: box)]))
        }
        return blocks
    }

    /// The line's words at their character columns.
    static func words(_ raw: String, y: Double) -> [PositionedWord] {
        var words: [PositionedWord] = []
        var column = 0
        var start = 0
        var current = ""
        func finish() {
            guard !current.isEmpty else { return }
            let text = MarkupStripper.clean(current).text
            if !text.isEmpty {
                words.append(PositionedWord(text: text,
                                            box: Box(x0: Double(start), y0: y, x1: Double(column), y1: y + fontSize),
                                            fontSize: fontSize, isBold: false))
            }
            current = ""
        }
        for character in raw {
            if character == " " || character == "\u{A0}" {
                finish()
            } else {
                if current.isEmpty { start = column }
                current.append(character)
            }
            column += 1
        }
        finish()
        return words
    }
}
