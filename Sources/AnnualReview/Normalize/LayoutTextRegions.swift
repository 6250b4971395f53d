/// Which lines of a text laid out with spaces (as `pdftotext -layout` writes it) belong to a
/// table, and which of them are its header: the one decision that the text normalizer, the
/// column de-interleaving and the running-head finder all ask.
///
/// A header is a **band** of adjacent lines, not one line: a narrow header cell wraps onto lines
/// above and below the line where "Reference" stands, and may break inside a word
/// ("Referenc" ⏎ "e", "Decide" ⏎ "d"), as LibreOffice centres them. The band is found around
/// its anchor — a line that starts with a name of the reference column — as the most lines
/// above and below whose words, placed in columns as a PDF header's are
/// (`TableColumns(header:)`), still make a header: the first column names the reference,
/// another a further field, and every column that a line beyond the anchor adds to holds names
/// header cells give (`namesColumns`: so a row's text next to a header is never taken into it).
///
/// After a header, a line belongs to the table when it starts with a reference, or is indented
/// past the table's left edge right under a table line (a wrapped cell), or, after a blank
/// line, is the first of a group of lines one of which starts a row (a row whose cells are
/// centred down, so its first line holds other cells than the reference) or comes first after
/// a repeated header (the tail of a row that a page break split).
enum LayoutTextRegions {
    /// What a table takes a line as.
    enum Role: Equatable {
        /// A line of a header band; `startsBand` on its first line.
        case header(startsBand: Bool)
        /// A row's line, or a blank line or page furniture inside the table (the table keeps
        /// the vertical gap and drops the furniture).
        case row
    }

    /// A header cell wraps onto at most this many lines above the anchor line: three-line
    /// header cells ("Service" / "improvement" / "recommendations") centred on a one-line
    /// anchor put one line above it; two more allow for a five-line cell centred.
    static let maxHeaderLinesAbove = 3
    /// … and at most this many below it: the same cell set from the top puts two below, a word
    /// broken in a narrow cell one more, and one is spare for a cell wrapped once more.
    static let maxHeaderLinesBelow = 4
    /// A row whose cells are centred down has at most this many lines before the line with its
    /// reference (a cell wrapped onto thirteen lines puts six above the middle).
    static let maxRowLinesBeforeReference = 6

    /// Each line's role in a table, or nil where no table takes it. A table may run over page
    /// breaks: `lines` are a document's lines in order (form feeds removed).
    static func roles(_ raw: [String]) -> [Role?] {
        let lines = Lines(raw: raw, trimmed: raw.map(MarkupStripper.trimmed))
        var roles = [Role?](repeating: nil, count: raw.count)
        var open = false
        var leftEdge = 0
        var lastWasBlank = false
        // A header that repeats over a table's rows (a new page's) may be followed by the tail
        // of the row the page break split, set apart by a blank line.
        var hasRows = false
        var afterRepeatedHeader = false
        var i = 0
        while i < raw.count {
            if let band = headerBand(lines, startingAt: i) {
                for k in band { roles[k] = .header(startsBand: k == band.lowerBound) }
                if !open { leftEdge = band.map { indentation(raw[$0]) }.min() ?? 0 }
                afterRepeatedHeader = open && hasRows
                if !open { hasRows = false }
                open = true
                lastWasBlank = false
                i = band.upperBound
                continue
            }
            defer { i += 1 }
            guard open else { continue }
            let trimmed = lines.trimmed[i]
            if trimmed.isEmpty {
                roles[i] = .row
                lastWasBlank = true
                continue
            }
            if TextNormalizer.isPageFurniture(MarkupStripper.foldWhitespace(trimmed)) {
                roles[i] = .row
                continue
            }
            let continues = startsRow(trimmed)
                || (indentation(raw[i]) > leftEdge && !lastWasBlank)
                || (lastWasBlank && (afterRepeatedHeader || groupHoldsRow(lines, from: i)))
            guard continues else {
                open = false
                continue
            }
            roles[i] = .row
            lastWasBlank = false
            hasRows = true
            afterRepeatedHeader = false
        }
        return roles
    }

    /// A document's lines as written and trimmed (trimmed once: every rule looks at both).
    struct Lines {
        var raw: [String]
        var trimmed: [String]
        var count: Int { raw.count }
    }

    /// The spaces a line starts with.
    static func indentation(_ raw: String) -> Int {
        raw.prefix { $0 == " " || $0 == "\u{A0}" }.count
    }

    // MARK: - Header bands

    /// The header band whose first line is `start`, if one is.
    static func headerBand(_ lines: Lines, startingAt start: Int) -> Range<Int>? {
        guard isBandLine(lines, start) else { return nil }
        // The anchor is the band's line that starts with a name of the reference column.
        var anchor = start
        while !isAnchor(lines.trimmed[anchor]) {
            anchor += 1
            guard anchor - start <= maxHeaderLinesAbove, anchor < lines.count, isBandLine(lines, anchor) else { return nil }
        }
        guard let band = headerBand(lines, anchor: anchor), band.lowerBound == start else { return nil }
        return band
    }

    /// The widest band around the anchor line that reads as a header (of equally wide bands,
    /// the one reaching furthest up): the whole header, so that a row's last line standing
    /// right above it ("Council", a name header cells may give too) is not taken for the
    /// header's top at the cost of the header's lower lines.
    static func headerBand(_ lines: Lines, anchor: Int) -> Range<Int>? {
        var top = anchor
        while top > 0, anchor - top < maxHeaderLinesAbove, isBandLine(lines, top - 1) { top -= 1 }
        var bottom = anchor + 1
        while bottom < lines.count, bottom - anchor <= maxHeaderLinesBelow, isBandLine(lines, bottom) { bottom += 1 }
        return widestBand(top: top, anchor: anchor, bottom: bottom) { readsAsHeader(lines, $0, anchor: anchor) }
    }

    /// Of the bands from `top`…`anchor` to `anchor + 1`…`bottom`, the widest that `reads` (of
    /// equally wide ones, the one reaching furthest up). The one choice of a header band's
    /// extent, for text aligned with spaces and for rows of cells (`CellHeaderBand`).
    static func widestBand(top: Int, anchor: Int, bottom: Int, reads: (Range<Int>) -> Bool) -> Range<Int>? {
        guard top <= anchor, bottom > anchor else { return nil }
        for width in stride(from: bottom - top, through: 1, by: -1) {
            for start in top...anchor where start + width <= bottom && start + width > anchor {
                if reads(start..<(start + width)) { return start..<(start + width) }
            }
        }
        return nil
    }

    /// Whether the lines, placed in columns, make a header (see the type's comment).
    static func readsAsHeader(_ lines: Lines, _ band: Range<Int>, anchor: Int) -> Bool {
        var words: [PositionedWord] = []
        for k in band {
            words += LayoutTextTable.words(lines.raw[k], y: Double(k - band.lowerBound) * LayoutTextTable.pitch)
        }
        guard let columns = TableColumns(header: words) else { return false }
        let titles = columns.columns.map(\.title)
        guard let first = titles.first, TableField.namesReference(first), TableField.isHeader(titles) else { return false }
        let anchorY = Double(anchor - band.lowerBound) * LayoutTextTable.pitch
        return columns.columns.allSatisfy { column in
            column.words.allSatisfy { $0.box.y0 == anchorY } || namesColumns(TableColumns.visualLines(column.words))
        }
    }

    /// Whether a header column's lines (top to bottom) are names header cells give: the first
    /// line one name or several set one space apart, which the rows will split ("Authority
    /// Category", "Remed Service improvement"); each later word goes on the name above it whose
    /// span is nearest ("Service" ⏎ "improvement", "Referenc" ⏎ "e", "Remed" ⏎ "y"), and every
    /// name must still be one. A later line that begins another name is a row's text under the
    /// header ("Decision Reason" ⏎ "decided").
    static func namesColumns(_ lines: [[PositionedWord]]) -> Bool {
        guard let first = lines.first, let split = TableField.headerCells(first.map(\.text)) else { return false }
        // The names' texts and spans, from the first line's words in order.
        var names: [(text: String, x0: Double, x1: Double)] = []
        var wordIndex = 0
        for cell in split.cells {
            // A word may itself hold a space (`&nbsp;` cleaned): count the cell's words as the
            // line's words make it, never past the line's end.
            var end = wordIndex
            var text = ""
            while end < first.count, text.count < cell.count {
                text += (text.isEmpty ? "" : " ") + first[end].text
                end += 1
            }
            guard end > wordIndex, text == cell else { return false }
            names.append((cell, first[wordIndex].box.x0, first[end - 1].box.x1))
            wordIndex = end
        }
        for line in lines.dropFirst() {
            for word in line {
                let nearest = names.indices.min { a, b in
                    distance(word.box, names[a].x0, names[a].x1) < distance(word.box, names[b].x0, names[b].x1)
                } ?? 0
                names[nearest].text += " " + word.text
            }
        }
        return names.allSatisfy { TableField.headerNames.fit($0.text) != .none }
    }

    /// How far a word lies from a span (0 where they overlap).
    private static func distance(_ box: Box, _ x0: Double, _ x1: Double) -> Double {
        max(0, x0 - box.x1, box.x0 - x1)
    }

    /// A line that may be part of a header band: text, not cells of another table kind (tabs,
    /// pipes, HTML), not a row.
    static func isBandLine(_ lines: Lines, _ k: Int) -> Bool {
        isBandLine(lines.raw[k], trimmed: lines.trimmed[k])
    }

    static func isBandLine(_ raw: String, trimmed: String) -> Bool {
        guard !trimmed.isEmpty, !raw.utf8.contains(0x09), !raw.utf8.contains(0x7C), !raw.utf8.contains(0x3C) else { return false }
        return !startsRow(trimmed)
    }

    /// A line whose first word names the reference column.
    static func isAnchor(_ trimmed: String) -> Bool {
        TableField.namesReference(trimmed.prefix { $0 != " " })
    }

    // MARK: - Rows

    static func startsRow(_ trimmed: String) -> Bool {
        ReferenceNumber.startsLine(trimmed)
    }

    /// Whether the lines from `start` to the next blank line hold a line that starts with a
    /// reference (its other cells may be on lines above and below it).
    static func groupHoldsRow(_ lines: Lines, from start: Int) -> Bool {
        var k = start
        while k < lines.count, k - start <= maxRowLinesBeforeReference {
            let trimmed = lines.trimmed[k]
            if trimmed.isEmpty { return false }
            if startsRow(trimmed) { return true }
            k += 1
        }
        return false
    }
}
