/// Finds the tables of a PDF page: a header row (column names such as "Reference" and
/// "Authority" set apart by wide gaps), the lines of its header cells that wrap, and the lines
/// below that fit its columns — on this page and, under the repeated header or without one,
/// on the pages that follow.
struct TableZone {
    var page: Int
    /// The header's visual lines (empty for a continuation without a repeated header).
    var header: [TextLine]
    /// The table's other lines, top to bottom.
    var rows: [TextLine]
    var columns: TableColumns

    var box: Box {
        let boxes = (header + rows).compactMap(\.box)
        guard let first = boxes.first else { return Box(x0: 0, y0: 0, x1: 0, y1: 0) }
        return boxes.dropFirst().reduce(first) { $0.union($1) }
    }

    /// One block for the header (all its lines and words), one per other line.
    func blocks() -> [Block] {
        var blocks: [Block] = []
        if !header.isEmpty {
            let words = header.flatMap(\.words)
            let lines = header.map(\.text)
            let box = header.compactMap(\.box).reduce(header.first?.box ?? Box(x0: 0, y0: 0, x1: 0, y1: 0)) { $0.union($1) }
            blocks.append(Block(kind: .tableRow, lines: lines, text: lines.joined(separator: " "), words: words,
                                origins: [Origin(page: page, box: box.rounded)]))
        }
        for line in rows {
            blocks.append(Block(kind: .tableRow, lines: [line.text], text: line.text, words: line.words,
                                origins: [Origin(page: page, box: line.box?.rounded)]))
        }
        return blocks
    }
}

enum TableZones {
    /// Splits a page's lines (top to bottom) into table zones and the other lines. `open` is the
    /// table still running at the end of the previous page; it comes back as the table still
    /// running at the end of this one.
    static func find(_ lines: [TextLine], page: Int, open: inout TableZone?) -> (zones: [TableZone], rest: [TextLine]) {
        var zones: [TableZone] = []
        var rest: [TextLine] = []
        var current: TableZone? = nil
        // The spans of the current zone's words, sorted by left edge (for `refine`), kept up
        // to date row by row instead of gathered and sorted again for every row.
        var spans: [(Double, Double)] = []
        var i = 0
        // Which lines hold a word that names a reference column (rare: the headers).
        let namesReference = lines.map(mayNameReference)

        // A table running on from the previous page: its header again, or lines that fit it.
        if let running = open, let first = lines.first {
            if isHeader(first), let zone = startZone(lines, at: 0, page: page), sameHeader(zone, running) {
                current = zone
                i = zone.header.count
            } else if continuesWithoutHeader(lines, running.columns) {
                current = TableZone(page: page, header: [], rows: [], columns: running.columns)
            }
        }
        open = nil

        while i < lines.count {
            let line = lines[i]
            if var zone = current {
                current = nil  // `zone` alone holds the rows now: appended in place, not copied
                // Two cells' texts run together into one word are cut where the column starts.
                var line = line
                line.words = zone.columns.cutRunTogetherWords(line.words)
                if fits(line, zone.columns, after: zone.rows.last ?? zone.header.last)
                    && headerLine(lines, from: i, namesReference: namesReference) == nil {
                    if zone.rows.isEmpty { spans = TableColumns.sortedSpans(zone.header.flatMap(\.words)) }
                    zone.rows.append(line)
                    TableColumns.insertSpans(of: line.words, into: &spans)
                    zone.columns.refine(withSortedSpans: spans)
                    current = zone
                    i += 1
                    continue
                }
                zones.append(zone)
            }
            if let found = headerLine(lines, from: i, namesReference: namesReference),
               let zone = startZone(lines, at: found.main, with: found.group, page: page) {
                // Lines of the header taken from above (a header cell set higher) leave `rest`;
                // lines from here down to the header that it did not take join `rest`.
                let above = zone.header.filter { header in rest.contains(header) }
                rest.removeAll { above.contains($0) }
                if let top = zone.header.first, let topIndex = lines[i...].firstIndex(of: top) {
                    rest += lines[i..<topIndex]
                }
                current = zone
                i = (lines.firstIndex { $0 == zone.header.last } ?? i) + 1
                continue
            }
            rest.append(line)
            i += 1
        }
        if let zone = current {
            zones.append(zone)
            open = zone
        }
        return (zones, rest)
    }

    /// A header row: names of columns ("Reference" and another) in three or more cells.
    static func isHeader(_ line: TextLine) -> Bool {
        guard TableField.isHeader(line.words.lazy.map(\.text)) else { return false }
        return TableColumns.cells(of: line.words).count >= 3
    }

    /// The main line of a header row that starts at `index`: the line itself when it names the
    /// columns, or, for a header whose cells are centred down over several lines (so that no
    /// single line holds "Reference" and another column's name), the line with the most cells
    /// among the few close lines of one style from `index` down that together do.
    static func headerLine(_ lines: [TextLine], from index: Int, namesReference: [Bool]) -> (main: Int, group: Range<Int>)? {
        // Cheap test first: this runs on every line of a page.
        guard namesReference[index..<min(lines.count, index + 5)].contains(true) else { return nil }
        let line = lines[index]
        if isHeader(line) { return (index, index..<index + 1) }
        var group = [index]
        while group.count < 5, let last = group.last, last + 1 < lines.count,
              continuesHeaderStyle(lines[last + 1], below: lines[last]),
              !lines[last + 1].words.contains(where: { ReferenceNumber.isReference($0.text) }) {
            group.append(last + 1)
        }
        guard group.count > 1, group.contains(where: { namesReference[$0] }) else { return nil }
        let words = group.flatMap { lines[$0].words }
        guard TableField.isHeader(words.lazy.map(\.text)),
              let columns = TableColumns(header: words), columns.count >= 3 else { return nil }
        let cellCounts = group.map { TableColumns.cells(of: lines[$0].words).count }
        guard let most = cellCounts.max(), most >= 2, let at = cellCounts.firstIndex(of: most) else { return nil }
        // The lines below the main one join the header as `startZone` finds them.
        return (group[at], index..<group[at] + 1)
    }

    /// Whether a word of the line may name a reference column ("Reference", "Referenc" broken by
    /// a narrow cell, "Ref", "Ref."), as every header's does.
    static func mayNameReference(_ line: TextLine) -> Bool {
        line.words.contains { TableField.namesReference($0.text) }
    }

    /// Whether `line` may be the next line of a header row whose line above is `above`: the
    /// same size and weight, on the next line or the one after.
    static func continuesHeaderStyle(_ line: TextLine, below above: TextLine) -> Bool {
        let size = max(1, above.fontSize ?? LayoutTolerance.defaultFontSize)
        guard LayoutTolerance.sameFontSize(line.fontSize ?? 0, size), (line.isBold ?? false) == (above.isBold ?? false) else { return false }
        return isNextHeaderLine(pitch: baseline(line) - baseline(above), size: size)
    }

    /// A header cell's next line stands more than this share of the font size below the line
    /// above (else it is that line: glyph boxes of one line differ by well under half a size)…
    static let headerPitchAbove = 0.5
    /// …and at most this share below it: a wrapped cell's lines are one line pitch (1.1–1.3
    /// sizes) apart, the line after a header and its padding at least 1.7.
    static let headerPitchUpTo = 1.6

    /// Whether a line `pitch` points from the line before stands where a header cell's next
    /// line does, for type of `size` points.
    static func isNextHeaderLine(pitch: Double, size: Double) -> Bool {
        pitch > headerPitchAbove * size && pitch <= headerPitchUpTo * size
    }

    /// The header at `index` with its wrapped lines above and below, and its columns.
    /// `group`: lines known to be part of the header already (around `index`).
    static func startZone(_ lines: [TextLine], at index: Int, with group: Range<Int>? = nil, page: Int) -> TableZone? {
        guard lines.indices.contains(index) else { return nil }
        let known = group.map { $0.clamped(to: lines.indices) } ?? index..<index + 1
        let headerLine = lines[index]
        var header = Array(lines[known])
        guard let initial = TableColumns(header: header.flatMap(\.words)) else { return nil }
        // Below: same style, close, inside the table, no reference number (not yet a data row).
        var j = known.upperBound
        while j < lines.count, belongsToHeader(lines[j], next: header.last, header: headerLine, columns: initial) {
            header.append(lines[j])
            j += 1
        }
        // Above: the same, for a header cell centred on more lines than the others.
        var k = known.lowerBound - 1
        while k >= 0, belongsToHeader(lines[k], next: header.first, header: headerLine, columns: initial) {
            header.insert(lines[k], at: 0)
            k -= 1
        }
        guard let columns = TableColumns(header: header.flatMap(\.words)) else { return nil }
        return TableZone(page: page, header: header, rows: [], columns: columns)
    }

    static func belongsToHeader(_ line: TextLine, next neighbour: TextLine?, header: TextLine, columns: TableColumns) -> Bool {
        guard let neighbour, let box = line.box, let other = neighbour.box, !isHeader(line) else { return false }
        let size = max(1, header.fontSize ?? LayoutTolerance.defaultFontSize)
        guard LayoutTolerance.sameFontSize(line.fontSize ?? 0, size), (line.isBold ?? false) == (header.isBold ?? false) else { return false }
        // A line of its own, at most a line and a half away.
        let pitch = abs(baseline(line) - baseline(neighbour))
        guard isNextHeaderLine(pitch: pitch, size: size), box.x1 > box.x0, other.x1 > other.x0 else { return false }
        guard line.words.allSatisfy({ $0.box.x0 >= columns.x0 - size && !columns.straddles($0) }) else { return false }
        return !ReferenceNumber.isReference(referenceFragment(line, columns))
    }

    /// The widest gap (in font sizes, and at least `lineGapFloor` points) above a line that does
    /// not read as a row's first line and still goes on with the table: a cell's wrapped line
    /// or a row's next line is a line pitch plus two cell paddings below the line above, while
    /// the text after a table stands a paragraph gap or more away.
    static let lineGapShare = 2.5
    static let lineGapFloor = 16.0

    /// A line goes on with a table whose type is at most this many points larger or smaller:
    /// a cell in bold or a footnote mark differ by under a point, the body text after the table
    /// (10–12 pt against the cells' 8–9) by two or more.
    static let tableFontSlack = 1.5

    /// A line goes on with a table only if it starts at most this share of its font size left
    /// of the first column: cell padding and a hanging mark stay within it, a paragraph set at
    /// the page's margin left of an indented table does not.
    static let leftOverhangShare = 1.5

    /// Whether a line goes on with the table: its font, below the line above, nothing left of
    /// the table, no word across a column boundary, and not a run of prose across columns; and
    /// either close under the line above or reading as a row (a reference in its Reference
    /// cell, or text in two or more cells). A row band that holds no text is nothing: rows may
    /// be taller than their text, which sits at their top, and a row that a page break split
    /// may leave only its empty part under the repeated header, so a row's first line may stand
    /// any distance below the line above it.
    static func fits(_ line: TextLine, _ columns: TableColumns, after previous: TextLine?) -> Bool {
        guard let box = line.box, !line.words.isEmpty else { return false }
        let size = max(1, line.fontSize ?? LayoutTolerance.defaultFontSize)
        let tableSize = max(1, previous?.fontSize ?? columns.columns.first?.words.first?.fontSize ?? size)
        guard abs(size - tableSize) <= tableFontSlack else { return false }
        if let previous, let above = previous.box {
            guard box.y0 > above.y0 else { return false }
            if box.y0 - above.y1 > max(lineGapShare * size, lineGapFloor),
               !looksTabular(line, columns) || runsAcrossColumns(line, columns) { return false }
        }
        guard box.x0 >= columns.x0 - leftOverhangShare * size else { return false }
        guard !line.words.contains(where: columns.straddles) else { return false }
        // Prose: several words in a row with word spaces only, running over where the next
        // column's header starts (a cell's text never reaches that far).
        let cells = columns.cells(of: line.words)
        if cells.count == 1, line.words.count >= 2, let first = line.words.first {
            let next = columns.column(of: first) + 1
            if next < columns.count, box.x1 > columns.columns[next].x0 + proseOverrun * size { return false }
        }
        return true
    }

    /// How far (in font sizes) a run of words may reach past the next column's header start and
    /// still be one cell's text: a glyph's overhang, or a header cell set a little right of its
    /// column's text, stay within half a size; prose set across the columns runs on by a word
    /// or more (a word is at least a size wide).
    static let proseOverrun = 0.5

    /// Whether a run of words set with word spaces only (more than one word) runs over where the
    /// next column's header starts: prose, even where justification leaves wide gaps in it.
    static func runsAcrossColumns(_ line: TextLine, _ columns: TableColumns) -> Bool {
        columns.cells(of: line.words).contains { cell in
            guard cell.count >= 2, let first = cell.first, let right = cell.map(\.box.x1).max() else { return false }
            let next = columns.column(of: first) + 1
            return next < columns.count && right > columns.columns[next].x0 + proseOverrun * max(1, first.fontSize)
        }
    }

    /// Whether a page goes on with a table whose header it does not repeat: its first lines fit
    /// the columns, and one of the first few reads as a row (the tail of a row split by the page
    /// break may come first, with text in one cell only).
    static func continuesWithoutHeader(_ lines: [TextLine], _ columns: TableColumns) -> Bool {
        var previous: TextLine? = nil
        for line in lines.prefix(4) {
            guard !isHeader(line), fits(line, columns, after: previous) else { return false }
            if looksTabular(line, columns) { return true }
            previous = line
        }
        return false
    }

    /// A line with a reference number in its Reference cell, or text in two or more cells.
    static func looksTabular(_ line: TextLine, _ columns: TableColumns) -> Bool {
        if ReferenceNumber.isReference(referenceFragment(line, columns)) { return true }
        return columns.fragments(of: line.words).filter { !$0.isEmpty }.count >= 2
    }

    /// What the line holds in the Reference column (the first column when none is named so).
    static func referenceFragment(_ line: TextLine, _ columns: TableColumns) -> String {
        let fragments = columns.fragments(of: line.words)
        let index = columns.columns.firstIndex { TableField.named($0.title) == .reference } ?? 0
        return fragments.indices.contains(index) ? fragments[index] : ""
    }

    static func sameHeader(_ zone: TableZone, _ running: TableZone) -> Bool {
        running.header.isEmpty || zone.columns.columns.map(\.title) == running.columns.columns.map(\.title)
    }

    static func baseline(_ line: TextLine) -> Double {
        line.words.map(TableColumns.baseline).max() ?? (line.box?.y1 ?? 0)
    }
}
