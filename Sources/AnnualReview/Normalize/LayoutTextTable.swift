/// A table in text whose columns are aligned with spaces, as `pdftotext -layout` writes them:
/// cells that wrap go on lines of their own, header cells wrap onto lines above and below, a
/// page's header may repeat (`LayoutTextRegions` tells which lines a table takes and which are
/// its headers). Its lines are given positions from their character columns,
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
        /// The first line of a header band (a header that follows another at once starts anew).
        var startsBand: Bool
    }

    static let fontSize = 3.0
    static let pitch = 3.6

    private(set) var lines: [Line] = []
    private var y = 0.0
    /// What came last after the latest header: nothing else yet, a row's tail, or a row.
    private enum AfterHeader { case header, tail, row }
    private var afterHeader = AfterHeader.row

    /// Takes `raw` as the table's next line, in the role `LayoutTextRegions` gave it.
    mutating func add(_ raw: String, role: LayoutTextRegions.Role, page: Int, number: Int?) {
        let trimmed = MarkupStripper.trimmed(raw)
        if trimmed.isEmpty {
            if !lines.isEmpty { y += Self.pitch }
            // Lines after a blank line are apart from the header already: a row whose cells are
            // centred down may put other cells than its reference first.
            if afterHeader == .header { afterHeader = .row }
            return
        }
        if TextNormalizer.isPageFurniture(MarkupStripper.foldWhitespace(trimmed)) { return }
        if let last = lines.last, last.page != page { y += 3 * Self.pitch }
        switch role {
        case .header(let startsBand):
            append(raw, page: page, number: number, header: true, startsBand: startsBand)
            afterHeader = .header
        case .row:
            if LayoutTextRegions.startsRow(trimmed) {
                // Lines between a repeated header and the first row are the tail of a row that
                // the page break split: set them apart from the row that follows, as a blank
                // line would.
                if afterHeader == .tail { y += Self.pitch }
                afterHeader = .row
            } else if afterHeader == .header {
                afterHeader = .tail
            }
            append(raw, page: page, number: number, header: false, startsBand: false)
        }
    }

    private mutating func append(_ raw: String, page: Int, number: Int?, header: Bool, startsBand: Bool) {
        if !lines.isEmpty { y += Self.pitch }
        lines.append(Line(text: raw, page: page, number: number, y: y, isHeader: header, startsBand: startsBand))
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
            if line.isHeader, previousWasHeader, blocks[last].origins.last?.page == line.page, !line.startsBand {
                // A header band's further line joins its header.
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
