/// A table header set as several rows of cells, as a renderer writes a header whose narrow
/// cells wrap (pymupdf4llm's pipe rows of a LibreOffice table: `||||Service|` ⏎
/// `|Referenc|Authority|…|Decide|…|Remed|improvement|` ⏎ `|e|||d||y|recommendations|`):
/// the rows become one header row, each cell its column's lines joined top to bottom.
///
/// The same rule as a header band of text aligned with spaces (`LayoutTextRegions`): around a
/// row whose first filled cell names the reference column, the most adjacent rows of as many
/// cells above and below, none holding a reference, whose joined columns are each empty, a
/// name header cells give ("Referenc" ⏎ "e", "Service" ⏎ "improvement" ⏎ "recommendations"),
/// or a piece of a name the column beside it holds the rest of ("Ca" | "tegory", "Servic ⏎
/// improv ⏎ recom" | "e ⏎ ement ⏎ mendations": `TableField.joinedName`).
enum CellHeaderBand {
    static func merge(_ blocks: [Block]) -> [Block] {
        // Cheap test first: a header band has two cell rows in a row without a reference.
        guard blocks.indices.dropFirst().contains(where: { isBandRow(blocks[$0 - 1]) && isBandRow(blocks[$0]) }) else {
            return blocks
        }
        var bands: [Range<Int>] = []
        var i = 0
        while i < blocks.count {
            if isAnchor(blocks[i]), let band = band(blocks, anchor: i, after: bands.last?.upperBound ?? 0) {
                bands.append(band)
                i = band.upperBound
            } else {
                i += 1
            }
        }
        guard !bands.isEmpty else { return blocks }
        var out: [Block] = []
        var next = 0
        for band in bands {
            out += blocks[next..<band.lowerBound]
            out.append(merged(Array(blocks[band])))
            next = band.upperBound
        }
        out += blocks[next...]
        return out
    }

    /// The widest band of rows around the anchor (`LayoutTextRegions.widestBand`) that reads
    /// as a header and has more than the anchor row; rows above start no earlier than `top`.
    static func band(_ blocks: [Block], anchor: Int, after top: Int) -> Range<Int>? {
        let width = blocks[anchor].cells.count
        var start = anchor
        while start > top, anchor - start < LayoutTextRegions.maxHeaderLinesAbove,
              isBandRow(blocks[start - 1]), blocks[start - 1].cells.count == width { start -= 1 }
        var bottom = anchor + 1
        while bottom < blocks.count, bottom - anchor <= LayoutTextRegions.maxHeaderLinesBelow,
              isBandRow(blocks[bottom]), blocks[bottom].cells.count == width { bottom += 1 }
        return LayoutTextRegions.widestBand(top: start, anchor: anchor, bottom: bottom) { band in
            band.count > 1 && readsAsHeader(blocks[band].map(\.cells))
        }
    }

    /// Whether the rows' columns (each row's cells), joined top to bottom, make a header.
    static func readsAsHeader(_ rows: [[String]]) -> Bool {
        let titles = columns(rows)
        guard let first = titles.first(where: { !$0.isEmpty }), TableField.namesReference(first),
              TableField.isHeader(titles) else { return false }
        return titles.indices.allSatisfy { i in
            titles[i].isEmpty || TableField.headerNames.fit(titles[i]) != .none || TableField.mergedNames(titles[i]) != nil
                || (i > 0 && TableField.continuesName(titles[i], after: titles[i - 1]))
                || (i + 1 < titles.count && TableField.continuesName(titles[i + 1], after: titles[i]))
        }
    }

    /// Each column's cells, top to bottom, joined as a wrapped cell's lines are; where that
    /// reads as no name, two cells one above the other whose glyphs merge into a name or a word
    /// of one (`TableField.interleavedName`: a renderer parted a header line's glyphs by their
    /// baselines) are that name.
    static func columns(_ rows: [[String]]) -> [String] {
        let width = rows.first?.count ?? 0
        return (0..<width).map { i in
            let pieces = rows.compactMap { i < $0.count ? $0[i] : nil }.filter { !$0.isEmpty }
            let joined = WrappedText.unwrap(pieces)
            guard pieces.count >= 2, TableField.headerNames.fit(joined) == .none else { return joined }
            for k in pieces.indices.dropLast() {
                guard let name = TableField.interleavedName(pieces[k], pieces[k + 1]) else { continue }
                return WrappedText.unwrap(Array(pieces[..<k]) + [name] + Array(pieces[(k + 2)...]))
            }
            return joined
        }
    }

    static func merged(_ rows: [Block]) -> Block {
        let cells = columns(rows.map(\.cells))
        let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
        return Block(kind: .tableRow, lines: [text], text: text, cells: cells, origins: rows.flatMap(\.origins))
    }

    /// A row of cells that holds no reference (a header's row, or a row's tail).
    static func isBandRow(_ block: Block) -> Bool {
        block.kind == .tableRow && !block.cells.isEmpty && block.words.isEmpty
            && !block.cells.contains(where: ReferenceNumber.startsLine)
    }

    /// A band row whose first filled cell names the reference column.
    static func isAnchor(_ block: Block) -> Bool {
        isBandRow(block) && block.cells.first { !$0.isEmpty }.map(TableField.namesReference) == true
    }
}
