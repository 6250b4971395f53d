// The one place that decides which characters were painted twice over themselves (fake
// bold, a producer drawing a word, a line or a table cell twice), anywhere on a page.

/// Finds overprints in one pass over a page's characters in painting order, with no sort.
///
/// The rule: a character is an overprint of an identical character painted earlier and kept
/// when their boxes overlap by at least `coveredFraction` of the smaller box (or, for boxes
/// without area, when every corner lies within `cornerTolerance`).
///
/// Kept characters are filed in a grid of `cellSize` cells over the page, so a character is
/// compared only with the characters in the cells its box touches: two boxes that overlap
/// always share a cell. Each cell also keeps a 64-bit signature of the characters filed in it,
/// so a cell that holds no copy of the character costs one test. A box too large for the
/// grid's cells, or outside the grid, is compared with the `fallbackWindow` glyphs kept just
/// before it (and they with it).
struct OverprintFilter {
    /// Share of the smaller box a copy must cover: fake bold and doubled text are offset by
    /// well under a third of a character, while two real letters side by side barely touch.
    static let coveredFraction = 0.7
    /// For boxes without area (a zero-width accent): corners this close (points) are one place.
    static let cornerTolerance = 0.5
    /// Side of a grid cell, in points: two lines of body text high and a short word wide, so a
    /// letter's box mostly touches one cell, and a cell holds a few dozen characters.
    static let cellSize = 32.0
    /// The grid's top-left corner (points, page coordinates) and its cells per side: 1,792 pt
    /// square from -256 pt, more than an A3 page either way up, with text bleeding off its edges.
    static let gridOrigin = -256.0
    static let gridCells = 56
    /// Boxes wider or taller than this (points) are not filed: no letter's text is this large,
    /// and a box's cost grows with the cells it covers.
    static let largestFiledBox = 64.0
    /// How many glyphs kept just before an unfiled box are compared with it.
    static let fallbackWindow = 64
    /// At most this many earlier characters of one cell are compared: even dot leaders at 6 pt
    /// put fewer than a hundred in a cell; more is no text, only a slow page.
    static let candidatesPerCell = 256

    /// A kept character filed in one cell: the glyph (an index into the kept glyphs), its
    /// character, its left and right edges (to pass over characters beside it without reading
    /// the glyph), and the next older node of the same cell.
    private struct Node {
        var glyph: Int32
        var scalar: UInt32
        var next: Int32
        var x0: Double
        var x1: Double
    }

    /// A grid cell: its newest node (-1 when empty) and the union of `signature(of:)` of the
    /// characters filed in it.
    private struct Cell {
        var signature: UInt64 = 0
        var head: Int32 = -1
    }

    /// The cells, row by row.
    private var grid: [Cell]
    private var nodes: [Node] = []
    /// Kept glyphs not filed in the grid, oldest first.
    private var unfiled: [Int32] = []

    /// A filter sized for a page of about `expectedGlyphs` characters.
    init(expectedGlyphs: Int) {
        grid = [Cell](repeating: Cell(), count: Self.gridCells * Self.gridCells)
        nodes.reserveCapacity(2 * expectedGlyphs)
    }

    /// Whether `a` and `b` (identical characters) are one character painted twice.
    static func overprints(_ a: PDFRect, _ b: PDFRect) -> Bool {
        let smaller = min(a.area, b.area)
        if smaller > 0 {
            return a.intersectionArea(b) >= coveredFraction * smaller
        }
        return abs(a.x0 - b.x0) < cornerTolerance && abs(a.y0 - b.y0) < cornerTolerance
            && abs(a.x1 - b.x1) < cornerTolerance && abs(a.y1 - b.y1) < cornerTolerance
    }

    /// The kept glyph that `glyph` overprints (the latest painted if several); when there is
    /// none, `glyph` is filed as the kept glyph at `index`. `kept` are the page's glyphs kept
    /// so far, word gaps included (never pass a gap: gaps are no overprints).
    mutating func original(of glyph: PageGlyph, elseFileAs index: Int, in kept: [PageGlyph]) -> Int? {
        let windowStart = max(0, kept.count - Self.fallbackWindow)
        guard let cells = Self.cells(of: glyph.box) else {
            var k = kept.count - 1
            while k >= windowStart {
                if kept[k].scalar == glyph.scalar && Self.overprints(kept[k].box, glyph.box) { return k }
                k -= 1
            }
            unfiled.append(Int32(truncatingIfNeeded: index))
            return nil
        }
        let scalar = glyph.scalar.value
        let signature = Self.signature(of: scalar)
        var found = -1
        let left = glyph.box.x0 - Self.cornerTolerance, right = glyph.box.x1 + Self.cornerTolerance
        grid.withUnsafeBufferPointer { grid in
            nodes.withUnsafeBufferPointer { nodes in
                for cy in cells.y0...cells.y1 {
                    for cx in cells.x0...cells.x1 {
                        let cell = grid[cy &* Self.gridCells &+ cx]
                        guard cell.signature & signature != 0 else { continue }
                        var node = cell.head
                        var compared = 0
                        // Newest first: the first copy found in a cell is the latest in it.
                        while node >= 0 && compared < Self.candidatesPerCell {
                            let candidate = nodes[Int(node)]
                            if candidate.glyph <= found { break }
                            // Overprints overlap (or, without area, nearly meet) in x.
                            if candidate.scalar == scalar && candidate.x0 < right && candidate.x1 > left
                                && Self.overprints(kept[Int(candidate.glyph)].box, glyph.box) {
                                found = Int(candidate.glyph)
                                break
                            }
                            node = candidate.next
                            compared &+= 1
                        }
                    }
                }
            }
        }
        for k in unfiled.reversed() {
            guard Int(k) >= windowStart else { break }
            if Int(k) > found && kept[Int(k)].scalar == glyph.scalar && Self.overprints(kept[Int(k)].box, glyph.box) {
                found = Int(k)
                break
            }
        }
        if found >= 0 { return found }
        let glyphIndex = Int32(truncatingIfNeeded: index)
        for cy in cells.y0...cells.y1 {
            for cx in cells.x0...cells.x1 {
                let cell = cy &* Self.gridCells &+ cx
                nodes.append(Node(glyph: glyphIndex, scalar: scalar, next: grid[cell].head,
                                  x0: glyph.box.x0, x1: glyph.box.x1))
                grid[cell].head = Int32(truncatingIfNeeded: nodes.count &- 1)
                grid[cell].signature |= signature
            }
        }
        return nil
    }

    /// One of 64 bits for a character (a multiplicative hash, so that neighbouring code points,
    /// such as the letters of a word, fall on different bits).
    private static func signature(of scalar: UInt32) -> UInt64 {
        1 << UInt64((scalar &* 0x9E37_79B1) >> 26)
    }

    /// The cells a box touches, grown by `cornerTolerance` so that boxes without area whose
    /// corners nearly meet share a cell too; nil when the box is not filed.
    @inline(__always)
    private static func cells(of box: PDFRect) -> (x0: Int, y0: Int, x1: Int, y1: Int)? {
        let extent = Double(gridCells) * cellSize
        // Written so that NaN fails too.
        guard box.x1 - box.x0 <= largestFiledBox, box.y1 - box.y0 <= largestFiledBox,
              box.x0 >= gridOrigin, box.y0 >= gridOrigin,
              box.x1 < gridOrigin + extent, box.y1 < gridOrigin + extent
        else { return nil }
        return (cell(box.x0 - cornerTolerance), cell(box.y0 - cornerTolerance),
                cell(box.x1 + cornerTolerance), cell(box.y1 + cornerTolerance))
    }

    /// A cell coordinate, clamped into the grid (the margin may reach just past its edge); the
    /// box is inside the grid, so every value converts.
    @inline(__always)
    private static func cell(_ value: Double) -> Int {
        Int(min(Double(gridCells - 1), max(0, (value - gridOrigin) * (1 / cellSize))))
    }
}
