import Testing

@testable import PopplerText

/// The one overprint pass (`OverprintFilter`, run by the glyph assembly): copies found
/// anywhere on the page, however far apart they were painted.
@Suite struct OverprintTests {
    let helvetica = AttributeRun(start: 0, end: 1_000_000, fontName: "Helvetica", fontSize: 10)

    func rect(_ x: Double, _ y: Double = 100, width: Double = 5, height: Double = 10) -> PDFRect {
        PDFRect(x0: x, y0: y, x1: x + width, y1: y + height)
    }

    func assemble(_ characters: [Unicode.Scalar], _ rects: [PDFRect]) -> (glyphs: [PageGlyph], dropped: Int) {
        let (page, report) = assemblePageGlyphs(characters: characters, rects: rects, runs: [helvetica])
        return (page.glyphs, report.duplicatesDropped)
    }

    /// A line of `count` distinct letters, 6 pt apart, starting at `x`.
    func line(_ count: Int, x: Double = 10, y: Double = 100) -> ([Unicode.Scalar], [PDFRect]) {
        let letters = (0..<count).map { Unicode.Scalar(UInt8(0x41 + $0 % 26)) }
        return (letters, (0..<count).map { rect(x + Double($0) * 6, y) })
    }

    @Test func copyPaintedLongAfterItsOriginalIsDropped() {
        // 200 letters on one line, then the first five painted again 0.25 pt to the right.
        var (characters, rects) = line(200)
        characters += characters.prefix(5)
        rects += rects.prefix(5).map { rect($0.x0 + 0.25) }
        let (glyphs, dropped) = assemble(characters, rects)
        #expect(glyphs.count == 200)
        #expect(dropped == 5)
        #expect(glyphs.prefix(5).allSatisfy { $0.isBold })
        #expect(!glyphs.dropFirst(5).contains { $0.isBold })
    }

    @Test func wideCopyShiftedSeveralPointsIsDropped() {
        // A 40 pt heading letter, repainted 3 pt to the right after a page of other text.
        var (characters, rects) = line(100, y: 300)
        characters = ["W"] + characters + ["W"]
        rects = [rect(50, 20, width: 38, height: 40)] + rects + [rect(53, 20, width: 38, height: 40)]
        let (glyphs, dropped) = assemble(characters, rects)
        #expect(dropped == 1)
        #expect(glyphs.first?.isBold == true)
    }

    @Test func copiesAcrossACellBoundaryAreFound() {
        let edge = OverprintFilter.cellSize
        let (glyphs, dropped) = assemble(["x", "x"], [rect(edge - 0.2, edge - 0.2), rect(edge + 0.1, edge + 0.1)])
        #expect(glyphs.count == 1 && dropped == 1)
        // Boxes without area (an accent of zero width) on either side of a boundary.
        let flat = [PDFRect(x0: edge - 0.2, y0: 5, x1: edge - 0.2, y1: 9), PDFRect(x0: edge + 0.2, y0: 5, x1: edge + 0.2, y1: 9)]
        let (accents, accentsDropped) = assemble(["\u{301}", "\u{301}"], flat)
        #expect(accents.count == 1 && accentsDropped == 1)
    }

    @Test func threeCopiesLeaveOne() {
        let (glyphs, dropped) = assemble(["a", "a", "a"], [rect(10), rect(10.3), rect(10.6)])
        #expect(glyphs.count == 1 && dropped == 2)
        #expect(glyphs.first?.isBold == true)
    }

    @Test func neighboursAndOtherCharactersStay() {
        // The same letter side by side, and a different letter on top of another.
        let (glyphs, dropped) = assemble(["o", "o", "c", "e"], [rect(10), rect(14.9), rect(30), rect(30.2)])
        #expect(glyphs.count == 4 && dropped == 0)
    }

    @Test func unfiledBoxesAreComparedWithTheGlyphsJustBefore() {
        let huge = OverprintFilter.largestFiledBox + 10
        let big = rect(10, 10, width: huge, height: huge)
        let near = assemble(["A", "A"], [big, rect(10.5, 10, width: huge, height: huge)])
        #expect(near.dropped == 1)
        // Beyond the window, a box larger than the grid takes is no longer compared.
        var (characters, rects) = line(OverprintFilter.fallbackWindow + 1, y: 400)
        characters = ["A"] + characters + ["A"]
        rects = [big] + rects + [rect(10.5, 10, width: huge, height: huge)]
        #expect(assemble(characters, rects).dropped == 0)
        // Boxes far off any page are compared the same way, and never trap.
        let far = assemble(["z", "z", "z"], [rect(1e12, 1e12), rect(1e12, 1e12), rect(-1e300, 5)])
        #expect(far.glyphs.count == 2 && far.dropped == 1)
    }

    @Test func crowdedCellsStayBounded() {
        // 5,000 tiny dots in one cell, none over another: every one stays, quickly.
        let count = 5_000
        let characters = [Unicode.Scalar](repeating: ".", count: count)
        let rects = (0..<count).map { i -> PDFRect in
            let x = Double(i % 200) / 10, y = Double(i / 200) / 10
            return PDFRect(x0: x, y0: y, x1: x + 0.01, y1: y + 0.01)
        }
        #expect(assemble(characters, rects).dropped == 0)
    }

    /// The grid finds exactly what comparing every pair would find, on pages of random text
    /// with random copies (a fixed seed, so a failure repeats).
    @Test func gridAgreesWithComparingEveryPair() {
        var random = SplitMix(seed: 12)
        for page in 0..<40 {
            // Half the pages dense, half spread past the grid's edges (unfiled boxes).
            let (spread, offset): (UInt64, Double) = page % 2 == 0 ? (500, 0) : (2_400, -300)
            var characters: [Unicode.Scalar] = []
            var rects: [PDFRect] = []
            for _ in 0..<Int(random.next() % 400) + 1 {
                let r = random.next()
                if r % 7 == 0, let k = (0..<rects.count).randomElement(using: &random) {
                    // A copy of an earlier glyph, nudged by up to ±3 pt.
                    characters.append(characters[k])
                    let dx = Double(random.next() % 61) / 10 - 3, dy = Double(random.next() % 61) / 10 - 3
                    let box = rects[k]
                    rects.append(PDFRect(x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy))
                } else {
                    characters.append(r % 5 == 0 ? " " : Unicode.Scalar(UInt8(0x61 + r % 4)))
                    let size = Double(4 + random.next() % 30)
                    let x = Double(random.next() % spread) + offset, y = Double(random.next() % spread) + offset
                    rects.append(PDFRect(x0: x, y0: y, x1: x + size * 0.6, y1: y + size))
                }
            }
            let (page, report) = assemblePageGlyphs(characters: characters, rects: rects, runs: [helvetica])
            let expected = Self.everyPair(characters, rects)
            #expect(page.glyphs.map(\.scalar) == expected.kept.map(\.scalar))
            #expect(page.glyphs.map(\.box) == expected.kept.map(\.box))
            #expect(page.glyphs.map(\.isBold) == expected.kept.map(\.isBold))
            #expect(report.duplicatesDropped == expected.dropped)
        }
    }

    /// The rule of `OverprintFilter`, written the slow way: each character against every
    /// earlier kept one (unfiled boxes only within the window).
    static func everyPair(_ characters: [Unicode.Scalar], _ rects: [PDFRect])
        -> (kept: [(scalar: Unicode.Scalar, box: PDFRect, isBold: Bool)], dropped: Int)
    {
        var dropped = 0
        var kept: [(scalar: Unicode.Scalar, box: PDFRect, isBold: Bool)] = []
        var pendingGap: (scalar: Unicode.Scalar, box: PDFRect, isBold: Bool)? = nil
        func filed(_ box: PDFRect) -> Bool {
            let end = OverprintFilter.gridOrigin + Double(OverprintFilter.gridCells) * OverprintFilter.cellSize
            return box.x1 - box.x0 <= OverprintFilter.largestFiledBox && box.y1 - box.y0 <= OverprintFilter.largestFiledBox
                && box.x0 >= OverprintFilter.gridOrigin && box.y0 >= OverprintFilter.gridOrigin && box.x1 < end && box.y1 < end
        }
        for (scalar, rect) in zip(characters, rects) {
            let box = rect.standardized
            if scalar == " " {
                if let gap = pendingGap { kept.append(gap) }
                pendingGap = (scalar, box, false)
                continue
            }
            let windowStart = kept.count - OverprintFilter.fallbackWindow
            let original = kept.indices.last { k in
                kept[k].scalar == scalar && (filed(box) && filed(kept[k].box) || k >= windowStart)
                    && OverprintFilter.overprints(kept[k].box, box)
            }
            if let original {
                kept[original].isBold = true
                dropped += 1
                pendingGap = nil
                continue
            }
            if let gap = pendingGap { kept.append(gap) }
            pendingGap = nil
            kept.append((scalar, box, false))
        }
        if let gap = pendingGap { kept.append(gap) }
        return (kept, dropped)
    }
}

/// A small seeded generator (SplitMix64), so random tests repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
