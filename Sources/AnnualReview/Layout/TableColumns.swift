/// Table columns found from word positions: the header's words grouped into cells (a header
/// cell may wrap onto several lines), and the column spans every other word is measured against.
public struct TableColumns: Equatable, Sendable {
    /// One header cell: its words (top to bottom, left to right) and their horizontal extent.
    public struct Column: Equatable, Sendable {
        public var words: [PositionedWord]
        public var x0: Double
        public var x1: Double
        /// The header cell's text, its wrapped lines joined as a cell's are.
        public var title: String
    }

    public var columns: [Column]
    /// `boundaries[i]` separates column `i` from column `i + 1` (count = columns.count - 1).
    public var boundaries: [Double]
    /// The boundaries that no free edge placed (`refine(with:)`, text laid out in character
    /// columns only): some rows' cells of column `i` run past where other rows' cells of column
    /// `i + 1` start. `pdftotext -layout` shifts a line's cells by a few characters where a
    /// column is tight ("Closed after initial   Not warranted" above "Incomplete/Invalid
    /// Complaint withdrawn"): each line is cut there at its own widest gap (`lineBoundaries`).
    public var crossedBoundaries: Set<Int> = []

    /// Left edge of the table's text.
    public var x0: Double { columns.first?.x0 ?? 0 }
    /// Right edge of the header's text.
    public var x1: Double { columns.last?.x1 ?? 0 }
    public var count: Int { columns.count }

    /// The columns named by a header's words, with boundaries halfway between neighbouring
    /// header cells. Nil when the words make fewer than two cells.
    public init?(header words: [PositionedWord]) {
        let lines = TableColumns.visualLines(words)
        // Cells on each line: words cut at gaps wider than a word space.
        var groups: [(x0: Double, x1: Double, words: [PositionedWord])] = []
        for line in lines {
            for cell in TableColumns.cells(of: line) {
                groups.append((cell.first?.box.x0 ?? 0, cell.map(\.box.x1).max() ?? 0, cell))
            }
        }
        // Cells of different lines that overlap horizontally are one wrapped header cell.
        var merged = true
        while merged {
            merged = false
            outer: for i in groups.indices {
                for j in groups.indices where j > i {
                    if min(groups[i].x1, groups[j].x1) - max(groups[i].x0, groups[j].x0) > 0 {
                        groups[i] = (min(groups[i].x0, groups[j].x0), max(groups[i].x1, groups[j].x1),
                                     groups[i].words + groups[j].words)
                        groups.remove(at: j)
                        merged = true
                        break outer
                    }
                }
            }
        }
        groups.sort { $0.x0 < $1.x0 }
        guard groups.count >= 2 else { return nil }
        columns = groups.map { group in
            let ordered = TableColumns.readingOrder(group.words)
            return Column(words: ordered, x0: group.x0, x1: group.x1, title: TableColumns.cellText(ordered))
        }
        boundaries = zip(columns, columns.dropFirst()).map { ($0.x1 + $1.x0) / 2 }
    }

    /// Splits header cells that the header's spacing ran together but the rows below keep apart.
    ///
    /// A column exactly as wide as its header word leaves no more than cell padding between
    /// that word and the next header ("Reference Authority" read as one cell). A gap between two
    /// words of one header line is a column boundary when, in the rows below, no cell crosses
    /// it, and cells lie on both sides of it under that header cell — at least two on each side.
    /// Words of one header cell never qualify: the cells below them run across their gaps, or
    /// start at the cell's left edge only.
    ///
    /// `rowLines`: the rows' words, a visual line each.
    public mutating func splitMergedCells(using rowLines: [[PositionedWord]]) {
        guard columns.contains(where: { $0.words.count > 1 }), !rowLines.isEmpty else { return }
        var cells: [(x0: Double, x1: Double)] = []
        for line in rowLines {
            for cell in TableColumns.cells(of: line) {
                guard let first = cell.first else { continue }
                cells.append((first.box.x0, cell.map(\.box.x1).max() ?? first.box.x1))
            }
        }
        let words = rowLines.joined().map { (x0: $0.box.x0, x1: $0.box.x1) }
        var split: [Column] = []
        for (index, column) in columns.enumerated() {
            let nextStart = index + 1 < columns.count ? columns[index + 1].x0 : Double.infinity
            split += TableColumns.pieces(of: column, before: nextStart, rowCells: cells, rowWords: words)
        }
        guard split.count > columns.count else { return }
        columns = split
        boundaries = zip(columns, columns.dropFirst()).map { ($0.x1 + $1.x0) / 2 }
    }

    /// A header cell cut at the gaps the rows' cells show to be column boundaries.
    ///
    /// Text laid out in character columns may set cells one space apart, as words are: there the
    /// rows' words must leave the gap free and line up under the header word after it (two or
    /// more starting where it starts).
    static func pieces(of column: Column, before nextStart: Double, rowCells: [(x0: Double, x1: Double)],
                       rowWords: [(x0: Double, x1: Double)]) -> [Column] {
        let lines = visualLines(column.words)
        guard lines.count == 1, let line = lines.first, line.count > 1 else { return [column] }
        if let named = namedPieces(line) { return named }
        var pieces: [[PositionedWord]] = [[line[0]]]
        for k in 1..<line.count {
            let gapStart = line[k - 1].box.x1, gapEnd = line[k].box.x0
            let pieceStart = pieces[pieces.count - 1][0].box.x0
            let tolerance = TableColumns.alignmentShare * max(1, line[k].fontSize)
            func twoOrMore(_ spans: [(x0: Double, x1: Double)], _ test: ((x0: Double, x1: Double)) -> Bool) -> Bool {
                spans.lazy.filter(test).prefix(2).count == 2
            }
            func crosses(_ span: (x0: Double, x1: Double)) -> Bool { span.x0 < gapEnd && span.x1 > gapStart }
            let byCells = !rowCells.contains(where: crosses)
                && twoOrMore(rowCells) { $0.x0 >= pieceStart - tolerance && $0.x1 <= gapStart + tolerance }
                && twoOrMore(rowCells) { $0.x0 >= gapEnd - tolerance && $0.x0 < nextStart }
            // Words of the rows that start together near the gap (within a character or so
            // of it: text layout rounds positions to characters), no word across that start,
            // and words wholly left of it under this part of the header.
            var byAlignedWords = false
            if !byCells {
                let near = rowWords.filter { $0.x0 >= gapStart - tolerance && $0.x0 <= gapEnd + tolerance }
                var tried: [Double] = []
                for start in near where !tried.contains(where: { abs($0 - start.x0) <= TableColumns.sameStart }) {
                    tried.append(start.x0)
                    guard twoOrMore(near, { abs($0.x0 - start.x0) <= TableColumns.sameStart }) else { continue }
                    let edge = start.x0 - TableColumns.sameStart
                    if !rowWords.contains(where: { $0.x0 < edge && $0.x1 > edge })
                        && twoOrMore(rowWords, { $0.x0 >= pieceStart - tolerance && $0.x1 <= edge }) {
                        byAlignedWords = true
                        break
                    }
                }
            }
            if byCells || byAlignedWords {
                pieces.append([line[k]])
            } else {
                pieces[pieces.count - 1].append(line[k])
            }
        }
        guard pieces.count > 1 else { return [column] }
        return pieces.map { words in
            Column(words: words, x0: words[0].box.x0, x1: words.map(\.box.x1).max() ?? words[0].box.x1,
                   title: cellText(words))
        }
    }

    /// A header cell of one line cut where its words name two columns or more
    /// (`TableField.mergedNames`: "Decided Decision"), whatever the rows below show: text laid
    /// out in character columns shifts a line's cells by a character or two from line to line,
    /// so no gap need be free in every row.
    static func namedPieces(_ line: [PositionedWord]) -> [Column]? {
        guard let names = TableField.mergedNames(line.map(\.text).joined(separator: " ")) else { return nil }
        var pieces: [Column] = []
        var rest = line[...]
        for name in names {
            let count = name.split(separator: " ").count
            guard rest.count >= count else { return nil }
            let words = Array(rest.prefix(count))
            rest = rest.dropFirst(count)
            pieces.append(Column(words: words, x0: words[0].box.x0, x1: words.map(\.box.x1).max() ?? words[0].box.x1,
                                 title: cellText(words)))
        }
        return rest.isEmpty ? pieces : nil
    }

    /// Moves each boundary into the widest gap that no word of `lines` crosses between the two
    /// header cells' left edges (the gutter the cell borders leave), when there is one; of gaps
    /// as wide, the last. In text laid out in characters (`isCharacterGrid`), a word that starts
    /// less than `alignmentShare` of its size left of the next header cell starts that column
    /// (such text may set a column's cells a character or so left of its header).
    public mutating func refine(with words: [PositionedWord]) {
        guard columns.count >= 2 else { return }
        let spans = words.map { ($0.box.x0, $0.box.x1) }.sorted { $0.0 < $1.0 }
        guard TableColumns.isCharacterGrid(words) else { return refine(withSortedSpans: spans) }
        let size = words.lazy.map(\.fontSize).min() ?? 0
        refine(withSortedSpans: spans, characterSlack: TableColumns.alignmentShare * size)
    }

    /// Whether the words stand on a grid of whole characters (a text laid out in character
    /// columns, as `LayoutTextTable` places it), not where a PDF drew them: only such text
    /// shifts a column's cells from line to line (`crossedBoundaries`) and sets them left of
    /// their header; a PDF's columns stand where its cells are drawn.
    static func isCharacterGrid(_ words: [PositionedWord]) -> Bool {
        !words.isEmpty && words.allSatisfy { $0.box.x0 == $0.box.x0.rounded() && $0.box.x1 == $0.box.x1.rounded() }
    }

    /// The words' horizontal spans sorted by their left edge, as `refine(withSortedSpans:)`
    /// takes them; `insertSpans` keeps such a list sorted as lines are added.
    public static func sortedSpans(_ words: [PositionedWord]) -> [(Double, Double)] {
        words.map { ($0.box.x0, $0.box.x1) }.sorted { $0.0 < $1.0 }
    }

    public static func insertSpans(of words: [PositionedWord], into spans: inout [(Double, Double)]) {
        for word in words {
            let span = (word.box.x0, word.box.x1)
            var lo = 0, hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].0 <= span.0 { lo = mid + 1 } else { hi = mid }
            }
            spans.insert(span, at: lo)
        }
    }

    /// How far (points) a word may run past the next header cell's left edge and still leave
    /// that edge free: a cell drawn with no padding sets its last word against the border the
    /// next cell's text starts at, and glyph boxes run over their advance by a fraction of a point.
    public static let touchingEdge = 0.5

    /// Two words start one column when their left edges differ by at most this many points:
    /// positions a renderer or text layout rounded, never two columns' starts (a gutter holds a
    /// space at least).
    static let sameStart = 0.5

    /// How far (a share of the font size, about one narrow character) a cell's text may start
    /// or end beyond a header cell's span and still be aligned with it: text layout rounds
    /// positions to whole characters.
    static let alignmentShare = 0.5

    /// A word crosses an edge only with more than this share of its width on each side; less
    /// is a glyph box's overrun or a centred cell a little wider than its header.
    static let straddleShare = 0.25

    /// `refine(with:)` for spans already sorted by their left edge (the order of spans with the
    /// same left edge does not change the result). `characterSlack`, for text laid out in
    /// characters only: how far left of the next header cell a word may start and still start
    /// its column; such text also records the boundaries it finds no free edge for
    /// (`crossedBoundaries`).
    ///
    /// Where no word crosses the next header cell's left edge (its column's text is left
    /// aligned under it, or narrower than it), the boundary lies in the free stretch that ends
    /// there, however narrow: the gutter before a column is where that column's text starts,
    /// and a table drawn cell by cell with no padding leaves a gutter narrower than a word space
    /// (a word space that every row repeats, as in an authority's name wrapped the same way in
    /// every row, would otherwise be taken for it).
    public mutating func refine(withSortedSpans intervals: [(Double, Double)], characterSlack: Double? = nil) {
        let startSlack = max(TableColumns.touchingEdge, characterSlack ?? 0)
        guard columns.count >= 2 else { return }
        crossedBoundaries = []
        for i in boundaries.indices {
            let lo = columns[i].x0
            let hi = columns[i + 1].x0
            guard hi > lo else { continue }
            // Free stretches of [lo, hi] not covered by any word.
            var best: (start: Double, end: Double)? = nil
            var cursor = lo
            // The next column's left edge (where its words start, at or just left of its header
            // cell's), and how far the words starting left of it reach.
            var edge = hi
            var reach = lo
            // Of gaps as wide, the last: the one nearest the next header cell (text laid out in
            // character columns has one-character word spaces as wide as its gutters).
            for (a, b) in intervals where b > lo && a < hi {
                if a > cursor, best.map({ a - cursor >= $0.end - $0.start }) ?? true {
                    best = (cursor, a)
                }
                cursor = max(cursor, b)
                if a >= hi - startSlack { edge = min(edge, a) } else { reach = max(reach, b) }
            }
            if reach > lo, reach <= edge + TableColumns.touchingEdge {
                // Nothing crosses the next column's left edge: the gutter ends there.
                boundaries[i] = reach < edge ? (reach + edge) / 2 : edge
                continue
            }
            if hi > cursor, best.map({ hi - cursor >= $0.end - $0.start }) ?? true {
                best = (cursor, hi)
            }
            // A stretch no wider than a glyph box may overrun its advance is no gap.
            if let best, best.end - best.start > TableColumns.touchingEdge {
                boundaries[i] = (best.start + best.end) / 2
            }
            if characterSlack != nil { crossedBoundaries.insert(i) }
        }
    }

    /// The column a word belongs to: the span it overlaps most (a point-sized word: the span
    /// holding its left edge).
    public func column(of word: PositionedWord) -> Int {
        column(of: word, boundaries: boundaries)
    }

    /// `column(of:)` against boundaries of one line (`lineBoundaries`).
    func column(of word: PositionedWord, boundaries: [Double]) -> Int {
        guard !columns.isEmpty else { return 0 }
        var best = 0
        var bestOverlap = -Double.infinity
        for i in columns.indices {
            let lo = i == 0 ? -Double.infinity : boundaries[i - 1]
            let hi = i == columns.count - 1 ? Double.infinity : boundaries[i]
            let overlap = min(hi, word.box.x1) - max(lo, word.box.x0)
            if overlap > bestOverlap {
                bestOverlap = overlap
                best = i
            }
        }
        return best
    }

    /// Whether a word lies across a boundary, with a good part of it on each side — both across
    /// the boundary and across the left edge of the next header cell (cells are mostly left
    /// aligned; where a header is centred, the boundary alone decides too often).
    public func straddles(_ word: PositionedWord) -> Bool {
        let width = word.box.x1 - word.box.x0
        guard width > 0 else { return false }
        func crosses(_ x: Double) -> Bool {
            word.box.x0 < x && word.box.x1 > x && min(x - word.box.x0, word.box.x1 - x) > TableColumns.straddleShare * width
        }
        for (i, boundary) in boundaries.enumerated() where i + 1 < columns.count {
            // A word that ends where the next column's text starts touches it (a cell with no
            // padding), it does not run across it.
            guard word.box.x1 > columns[i + 1].x0 + TableColumns.touchingEdge else { continue }
            let nextStart = columns[i + 1].x0 - TableColumns.alignmentShare * max(1, word.fontSize)
            if crosses(boundary) && crosses(nextStart) { return true }
        }
        return false
    }

    /// The words with each word that runs across a column's left edge cut in two there, when it
    /// is two cells' texts run together: drawn with no padding, the end of one cell's line and
    /// the start of the next cell's touch, and the PDF's text may hold no space between them
    /// ("ofHousing"). The glyphs' positions are not kept, so the cut is the character boundary
    /// nearest the edge by the word's average character width — taken only where, within
    /// `cutReach` characters of it, a lower-case letter or punctuation is followed by a capital
    /// or a digit, as a cell's text starts; any other word is left whole.
    public func cutRunTogetherWords(_ words: [PositionedWord]) -> [PositionedWord] {
        guard words.contains(where: { columnEdge(inside: $0) != nil }) else { return words }
        var out: [PositionedWord] = []
        for word in words {
            guard let cut = runTogetherCut(word) else {
                out.append(word)
                continue
            }
            out += cut
        }
        return out
    }

    /// Characters either side of the estimated cut where the start of a cell's text is looked for.
    static let cutReach = 1
    /// Punctuation a cell's text may end with before the next cell's text starts (not an opening
    /// bracket or a slash, after which a word goes on: "26(6)(b)", "Incomplete/Invalid").
    static let cellEnds: Set<Character> = [".", ",", ";", ":", ")", "&", "-"]

    /// The left edge of a column (its header cell's) that the word runs across, by more than
    /// `touchingEdge` on either side.
    func columnEdge(inside word: PositionedWord) -> Double? {
        columns.dropFirst().lazy.map(\.x0).first {
            $0 > word.box.x0 + TableColumns.touchingEdge && $0 < word.box.x1 - TableColumns.touchingEdge
        }
    }

    func runTogetherCut(_ word: PositionedWord) -> [PositionedWord]? {
        let characters = Array(word.text)
        let width = word.box.x1 - word.box.x0
        guard characters.count >= 2, width > 0, let edge = columnEdge(inside: word) else { return nil }
        let estimate = Int((Double(characters.count) * (edge - word.box.x0) / width).rounded())
        func startsCell(_ k: Int) -> Bool {
            guard k > 0, k < characters.count else { return false }
            let before = characters[k - 1], after = characters[k]
            return (after.isUppercase || after.isNumber) && (before.isLowercase || TableColumns.cellEnds.contains(before))
        }
        let candidates = (estimate - TableColumns.cutReach...estimate + TableColumns.cutReach)
            .sorted { abs($0 - estimate) < abs($1 - estimate) }
        guard let k = candidates.first(where: startsCell) else { return nil }
        let x = word.box.x0 + width * Double(k) / Double(characters.count)
        var left = word, right = word
        left.text = String(characters[..<k])
        left.box.x1 = min(x, edge)
        right.text = String(characters[k...])
        right.box.x0 = max(x, edge)
        return [left, right]
    }

    /// The line's words placed in columns: one fragment per column (words left to right joined
    /// with spaces; empty where the line has nothing in that column).
    public func fragments(of line: [PositionedWord]) -> [String] {
        let boundaries = lineBoundaries(line)
        // Lines mostly come left to right (`visualLines`): then each column's words are joined
        // as they come, with no arrays per column and no sort (a sort would keep that order).
        var texts = Array(repeating: "", count: columns.count)
        var counts = Array(repeating: 0, count: columns.count)
        var lastX0 = Array(repeating: -Double.infinity, count: columns.count)
        for word in line {
            let index = column(of: word, boundaries: boundaries)
            // Written so that NaN falls back to the sort too.
            guard word.box.x0 >= lastX0[index] else { return sortedFragments(of: line, boundaries: boundaries) }
            lastX0[index] = word.box.x0
            if counts[index] > 0 { texts[index].append(" ") }
            texts[index].append(word.text)
            counts[index] += 1
        }
        return texts
    }

    /// `fragments(of:)` for a line whose words are not left to right.
    private func sortedFragments(of line: [PositionedWord], boundaries: [Double]) -> [String] {
        var parts = Array(repeating: [PositionedWord](), count: columns.count)
        for word in line { parts[column(of: word, boundaries: boundaries)].append(word) }
        return parts.map { $0.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined(separator: " ") }
    }

    /// The boundaries as one line is cut: a crossed boundary (`crossedBoundaries`) moves to the
    /// widest gap between two of the line's words from the left header cell's left edge to a
    /// little past the next one's (`alignmentShare`: text laid out in characters may start a
    /// cell a character right of its header), or after the last word there, where that gap is
    /// a cell gap (`cellGap`: wider than a word space, so the line itself shows where its cells
    /// part); of gaps as wide, the last, nearest the next column, as `refine` chooses. Where
    /// the line has no such gap, or it would not lie past the boundary before it, the table's
    /// boundary stands.
    func lineBoundaries(_ line: [PositionedWord]) -> [Double] {
        guard !crossedBoundaries.isEmpty else { return boundaries }
        var own = boundaries
        let ordered = line.sorted { $0.box.x0 < $1.box.x0 }
        let size = ordered.lazy.map(\.fontSize).min() ?? 0
        for i in crossedBoundaries.sorted() where i + 1 < columns.count {
            let lo = columns[i].x0
            let hi = columns[i + 1].x0 + TableColumns.alignmentShare * size
            guard hi > lo else { continue }
            var best: (start: Double, end: Double)? = nil
            // Nothing is free before the line's first word in the stretch: a cell may start a
            // little right of its header, and an empty cell says nothing of where the next starts.
            var cursor: Double? = nil
            for word in ordered where word.box.x1 > lo && word.box.x0 < hi {
                if let cursor, word.box.x0 > cursor, best.map({ word.box.x0 - cursor >= $0.end - $0.start }) ?? true {
                    best = (cursor, word.box.x0)
                }
                cursor = max(cursor ?? word.box.x1, word.box.x1)
            }
            if let cursor, hi > cursor, best.map({ hi - cursor >= $0.end - $0.start }) ?? true {
                best = (cursor, hi)
            }
            guard let best, best.end - best.start > TableColumns.cellGap * size else { continue }
            let middle = (best.start + best.end) / 2
            if i == 0 || middle > own[i - 1] { own[i] = middle }
        }
        return own
    }

    // MARK: word geometry shared by the layout and table passes

    /// Words grouped into visual lines by baseline (top to bottom), each left to right.
    public static func visualLines(_ words: [PositionedWord]) -> [[PositionedWord]] {
        // The keys are computed once per word rather than at each comparison, and the words are
        // not moved while sorting: the comparisons are the same, so is the order.
        var keys = words.indices.map { (baseline: baseline(words[$0]), x0: words[$0].box.x0, index: $0) }
        keys.sort { a, b in a.baseline != b.baseline ? a.baseline < b.baseline : a.x0 < b.x0 }
        // A line is a run of the sorted keys: where each begins is found first, so that each
        // line's array is made once at its size rather than grown word by word.
        var starts: [Int] = []
        var lineBaseline = 0.0
        var lineSize = 0.0
        for position in keys.indices {
            let b = keys[position].baseline
            let size = max(1, words[keys[position].index].fontSize)
            if !starts.isEmpty, LayoutTolerance.sameBaseline(b, lineBaseline, size: min(size, lineSize)) { continue }
            starts.append(position)
            lineBaseline = b
            lineSize = size
        }
        var lines: [[PositionedWord]] = []
        lines.reserveCapacity(starts.count)
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : keys.count
            var line: [PositionedWord] = []
            line.reserveCapacity(end - start)
            for key in keys[start..<end] { line.append(words[key.index]) }
            lines.append(isLeftToRight(line) ? line : line.sorted { $0.box.x0 < $1.box.x0 })
        }
        return lines
    }

    /// Whether the words' left edges never decrease (NaN counts as not), so that sorting them by
    /// left edge would leave them as they are.
    static func isLeftToRight(_ words: [PositionedWord]) -> Bool {
        for index in words.indices.dropFirst() where !(words[index].box.x0 >= words[index - 1].box.x0) { return false }
        return true
    }

    /// A line's words cut into cells at gaps wider than `gap` font sizes — by default half the
    /// size (a word space is about a quarter; cell padding on both sides of a border is more).
    public static func cells(of line: [PositionedWord], gap: Double = cellGap) -> [[PositionedWord]] {
        let words = line.sorted(by: { $0.box.x0 < $1.box.x0 })
        // Where each cell begins (a gap wider than `gap` sizes after the word before), then
        // each cell's array made once at its size rather than grown word by word.
        var starts: [Int] = []
        for index in words.indices {
            if index > words.startIndex {
                let last = words[index - 1], word = words[index]
                let size = max(1, min(last.fontSize, word.fontSize))
                if word.box.x0 - last.box.x1 <= gap * size { continue }
            }
            starts.append(index)
        }
        var cells: [[PositionedWord]] = []
        cells.reserveCapacity(starts.count)
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : words.endIndex
            cells.append(Array(words[start..<end]))
        }
        return cells
    }

    /// Gaps wider than this many font sizes separate table cells.
    public static let cellGap = 0.5

    /// A line's words cut into cells at wide gaps (`cells(of:gap:)`) and also before a word that
    /// starts where a column's header cell starts (within `touchingEdge`): cells with little or
    /// no padding set the next cell's text less than a cell gap after the last word of the one
    /// before, at its column's left edge.
    public func cells(of line: [PositionedWord]) -> [[PositionedWord]] {
        let starts = columns.dropFirst().map(\.x0)
        var out: [[PositionedWord]] = []
        for cell in TableColumns.cells(of: line) {
            var piece: [PositionedWord] = []
            for word in cell {
                if !piece.isEmpty, starts.contains(where: { abs($0 - word.box.x0) <= TableColumns.touchingEdge }) {
                    out.append(piece)
                    piece = []
                }
                piece.append(word)
            }
            out.append(piece)
        }
        return out
    }

    /// Words top to bottom, then left to right.
    public static func readingOrder(_ words: [PositionedWord]) -> [PositionedWord] {
        visualLines(words).flatMap { $0 }
    }

    /// A cell's words as text: words of a line joined by spaces, lines joined as wrapped cell
    /// text is (`Incomplete/` + `Invalid` without a space).
    public static func cellText(_ words: [PositionedWord]) -> String {
        var text = ""
        for line in visualLines(words) {
            WrappedText.append(line.map(\.text).joined(separator: " "), to: &text)
        }
        return text
    }

    /// About where the baseline is: a fifth of the size above the bottom of poppler's box.
    public static func baseline(_ word: PositionedWord) -> Double {
        word.box.y1 - descentShare * max(1, word.fontSize)
    }

    /// The share of the font size poppler's glyph box reaches below the baseline: the descent
    /// of the letters' sans-serif faces (0.21 of the em in Arial and Helvetica).
    static let descentShare = 0.21
}
