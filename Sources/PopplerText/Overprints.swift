// The one place that decides which characters were painted twice over themselves (fake
// bold, a producer drawing a word, a line or a table cell twice), anywhere on a page.

/// Finds overprints in one pass over a page's characters in painting order, with no sort.
///
/// The rule: a character is an overprint of an identical character painted earlier and kept
/// when their boxes overlap by at least `coveredFraction` of the smaller box (or, for boxes
/// without area, when every corner lies within `cornerTolerance`).
///
/// Kept characters are filed by character in a grid of `cellSize` cells, so a character is
/// compared only with the same character in the cells its box touches: two boxes that overlap
/// always share a cell. A box too large for the grid, or too far off any page to place in it,
/// is compared with the `fallbackWindow` glyphs kept just before it (and they with it).
struct OverprintFilter {
    /// Share of the smaller box a copy must cover: fake bold and doubled text are offset by
    /// well under a third of a character, while two real letters side by side barely touch.
    static let coveredFraction = 0.7
    /// For boxes without area (a zero-width accent): corners this close (points) are one place.
    static let cornerTolerance = 0.5
    /// Side of a grid cell, in points: a few letters of body text, so a character is rarely
    /// filed twice in one cell, and a heading's character spans at most two cells per side.
    static let cellSize = 32.0
    /// Boxes wider or taller than this (points) are not filed in the grid: no letter's text is
    /// this large, and the grid's cost grows with the area a box covers.
    static let largestFiledBox = 64.0
    /// Coordinates at or beyond this (points) are off any page; such boxes are not filed.
    static let farCoordinate = 1e7
    /// How many glyphs kept just before an unfiled box are compared with it.
    static let fallbackWindow = 64
    /// At most this many earlier copies of one character in one cell are compared: even dot
    /// leaders at 6 pt put fewer than a hundred in a cell; more is no text, only a slow page.
    static let candidatesPerCell = 256

    /// Slot keys of the open-addressing table: character and cell packed; `emptyKey` when free.
    private var keys: [UInt64]
    /// For each slot, the newest node filed under its key.
    private var heads: [Int32]
    /// Nodes: the glyph (an index into the kept glyphs) and the next older node of the same key.
    private var nodeGlyph: [Int32] = []
    private var nodeNext: [Int32] = []
    /// Kept glyphs not filed in the grid, oldest first.
    private var unfiled: [Int32] = []
    private var used = 0

    private static let emptyKey = UInt64.max
    /// Cell coordinates are kept in 21 bits each (|cell| < 2^20 since |coordinate| < 1e7).
    private static let cellMask: Int = (1 << 21) - 1

    /// A filter sized for a page of about `expectedGlyphs` characters.
    init(expectedGlyphs: Int) {
        var capacity = 64
        while capacity < 2 * expectedGlyphs { capacity <<= 1 }
        keys = [UInt64](repeating: Self.emptyKey, count: capacity)
        heads = [Int32](repeating: -1, count: capacity)
        nodeGlyph.reserveCapacity(2 * expectedGlyphs)
        nodeNext.reserveCapacity(2 * expectedGlyphs)
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

    /// The kept glyph that `scalar` at `box` overprints (the latest painted if several), or nil.
    /// `kept` are the page's glyphs kept so far, word gaps included, as filed with `file`.
    func original(of scalar: Unicode.Scalar, at box: PDFRect, in kept: [PageGlyph]) -> Int? {
        var found = -1
        let windowStart = max(0, kept.count - Self.fallbackWindow)
        if let cells = Self.cells(of: box, margin: Self.cornerTolerance) {
            for cy in cells.y {
                for cx in cells.x {
                    guard let slot = slot(of: Self.key(scalar, cx, cy)) else { continue }
                    var node = heads[slot]
                    var compared = 0
                    // Newest first: the first copy found in a cell is the latest in it.
                    while node >= 0 && compared < Self.candidatesPerCell {
                        let index = Int(nodeGlyph[Int(node)])
                        if index <= found { break }
                        if Self.overprints(kept[index].box, box) { found = index; break }
                        node = nodeNext[Int(node)]
                        compared += 1
                    }
                }
            }
            for index in unfiled.reversed() {
                guard Int(index) >= windowStart else { break }
                let glyph = kept[Int(index)]
                if glyph.scalar == scalar && Self.overprints(glyph.box, box) { found = max(found, Int(index)); break }
            }
        } else {
            var index = kept.count - 1
            while index >= windowStart {
                if kept[index].scalar == scalar && Self.overprints(kept[index].box, box) { found = index; break }
                index -= 1
            }
        }
        return found >= 0 ? found : nil
    }

    /// Files the kept glyph at `index` (not a word gap: gaps are never overprints).
    mutating func file(_ index: Int, _ glyph: PageGlyph) {
        guard let cells = Self.cells(of: glyph.box, margin: 0) else {
            unfiled.append(Int32(truncatingIfNeeded: index))
            return
        }
        for cy in cells.y {
            for cx in cells.x {
                let key = Self.key(glyph.scalar, cx, cy)
                let slot = slotForInsert(key)
                nodeGlyph.append(Int32(truncatingIfNeeded: index))
                nodeNext.append(heads[slot])
                heads[slot] = Int32(truncatingIfNeeded: nodeGlyph.count - 1)
            }
        }
    }

    // MARK: grid

    /// The cells a box (grown by `margin` on every side) touches, or nil when it is not filed.
    private static func cells(of box: PDFRect, margin: Double) -> (x: ClosedRange<Int>, y: ClosedRange<Int>)? {
        guard box.x1 - box.x0 <= largestFiledBox, box.y1 - box.y0 <= largestFiledBox,
              abs(box.x0) < farCoordinate, abs(box.x1) < farCoordinate,
              abs(box.y0) < farCoordinate, abs(box.y1) < farCoordinate
        else { return nil }
        let x0 = Int(((box.x0 - margin) / cellSize).rounded(.down))
        let x1 = Int(((box.x1 + margin) / cellSize).rounded(.down))
        let y0 = Int(((box.y0 - margin) / cellSize).rounded(.down))
        let y1 = Int(((box.y1 + margin) / cellSize).rounded(.down))
        return (x0...x1, y0...y1)
    }

    private static func key(_ scalar: Unicode.Scalar, _ cx: Int, _ cy: Int) -> UInt64 {
        UInt64(scalar.value) << 42 | UInt64(cx & cellMask) << 21 | UInt64(cy & cellMask)
    }

    private func home(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (keys.count - 1)
    }

    /// The slot holding `key`, or nil when nothing is filed under it.
    private func slot(of key: UInt64) -> Int? {
        var slot = home(of: key)
        while true {
            if keys[slot] == key { return slot }
            if keys[slot] == Self.emptyKey { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// The slot holding `key`, claimed (and the table grown) when it is new.
    private mutating func slotForInsert(_ key: UInt64) -> Int {
        if 4 * (used + 1) > 3 * keys.count { grow() }
        var slot = home(of: key)
        while true {
            if keys[slot] == key { return slot }
            if keys[slot] == Self.emptyKey {
                keys[slot] = key
                used += 1
                return slot
            }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Doubles the table (only for pages far denser than `expectedGlyphs` promised).
    private mutating func grow() {
        let oldKeys = keys, oldHeads = heads
        keys = [UInt64](repeating: Self.emptyKey, count: 2 * oldKeys.count)
        heads = [Int32](repeating: -1, count: 2 * oldKeys.count)
        for (key, head) in zip(oldKeys, oldHeads) where key != Self.emptyKey {
            var slot = home(of: key)
            while keys[slot] != Self.emptyKey { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            heads[slot] = head
        }
    }
}
