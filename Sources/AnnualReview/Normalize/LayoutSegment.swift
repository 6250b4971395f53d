/// A run of words on one baseline of a PDF page: a line, or the part of a line between two
/// wide gaps (text beside a big number, the columns of a panel page). The unit the layout
/// pass orders and groups into blocks.
struct LayoutSegment: Equatable {
    var page: Int
    /// Left to right.
    var words: [PositionedWord]
    var box: Box
    /// The font size carrying most characters.
    var fontSize: Double
    /// Every word bold.
    var isBold: Bool
    var baseline: Double
    var text: String

    init?(page: Int, words: [PositionedWord]) {
        // Mostly left to right already (cells of a line): then sorting would change nothing.
        let ordered = TableColumns.isLeftToRight(words) ? words : words.sorted { $0.box.x0 < $1.box.x0 }
        guard let first = ordered.first else { return nil }
        self.page = page
        self.words = ordered
        self.box = ordered.dropFirst().reduce(first.box) { $0.union($1.box) }
        self.fontSize = PositionedWord.dominantSize(ordered)
        self.isBold = ordered.allSatisfy(\.isBold)
        self.baseline = ordered.map(TableColumns.baseline).max() ?? TableColumns.baseline(first)
        // The words joined by single spaces, as bytes (this runs for every line).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ordered.reduce(ordered.count) { $0 + $1.text.utf8.count })
        for index in ordered.indices {
            if index > 0 { bytes.append(0x20) }
            var word = ordered[index].text
            word.withUTF8 { bytes.append(contentsOf: $0) }
        }
        self.text = String(decoding: bytes, as: UTF8.self)
    }

    /// A wide gap: this many font sizes. A word space is about a quarter of the size; the gap
    /// between a big number and the text beside it, or between two columns, is far wider.
    static let wideGap = 1.5

    /// A line cut at its wide gaps.
    static func split(_ line: TextLine, page: Int) -> [LayoutSegment] {
        TableColumns.cells(of: line.words, gap: wideGap).compactMap { LayoutSegment(page: page, words: $0) }
    }

    /// A page's lines cut at their wide gaps, and also at a narrower gap (more than a word
    /// space: `TableColumns.cellGap`) before a word that starts at one of the page's column
    /// edges. Columns set close together (panels in the cells of a borderless table, a gutter
    /// of two cell margins) leave a wide gap only where a line of the left column is short; where
    /// it runs to its cell's edge, the line of the next column follows at less than a wide gap,
    /// starting where that column's other lines start.
    static func split(_ lines: [TextLine], page: Int) -> [LayoutSegment] {
        let pieces = lines.map { TableColumns.cells(of: $0.words, gap: wideGap) }
        let edges = columnEdges(pieces)
        return pieces.flatMap { cells in
            cells.flatMap { edges.isEmpty ? [$0] : cut($0, at: edges) }
        }.compactMap { LayoutSegment(page: page, words: $0) }
    }

    /// How far (points) a piece's left edge may be from a column edge and still start there:
    /// left-aligned text starts on one x, give or take a glyph's side bearing.
    static let edgeTolerance = 1.0
    /// How many pieces after a wide gap must start at one x for it to be a column's left edge:
    /// three lines of a column (two could be a coincidence of two short lines).
    static let edgeCount = 3

    /// The x where pieces that follow a wide gap start, at least `edgeCount` times on the page.
    static func columnEdges(_ pieces: [[[PositionedWord]]]) -> [Double] {
        let starts = pieces.flatMap { $0.dropFirst().compactMap { $0.first?.box.x0 } }.sorted()
        var edges: [Double] = []
        var i = 0
        while i < starts.count {
            var j = i
            while j + 1 < starts.count, starts[j + 1] - starts[i] <= edgeTolerance { j += 1 }
            if j - i + 1 >= edgeCount { edges.append(starts[i]) }
            i = j + 1
        }
        return edges
    }

    /// A piece cut before each word that starts at a column edge after more than a word space.
    static func cut(_ words: [PositionedWord], at edges: [Double]) -> [[PositionedWord]] {
        var out: [[PositionedWord]] = []
        var previous: PositionedWord? = nil
        for word in words {
            if let previous, !out.isEmpty {
                let size = max(1, min(previous.fontSize, word.fontSize))
                let startsColumn = word.box.x0 - previous.box.x1 > TableColumns.cellGap * size
                    && edges.contains { abs($0 - word.box.x0) <= edgeTolerance }
                if startsColumn { out.append([word]) } else { out[out.count - 1].append(word) }
            } else {
                out.append([word])
            }
            previous = word
        }
        return out
    }

    /// The x of the text after a leading bullet ("• Failure to comply…"): where a hanging
    /// indent puts the following lines.
    var textStartAfterBullet: Double? {
        guard words.count >= 2, let first = words.first, LayoutSegment.bullets.contains(first.text) else { return nil }
        return words[1].box.x0
    }

    static let bullets: Set<String> = ["•", "·", "◦", "▪", "■", "○", "●", "-", "–", "—", "*", "➢", "", ""]
}
