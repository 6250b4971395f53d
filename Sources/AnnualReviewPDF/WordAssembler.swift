import AnnualReview
import Foundation
import PopplerText

/// Glyphs → words → lines, from the glyphs' boxes alone (poppler's reading order and its
/// spacing of the page text differ between PDF producers, so neither is trusted for layout).
///
/// Pure functions: no poppler here, so they can be tested with made-up glyphs.
enum WordAssembler {
    /// Words of a page: glyphs in poppler's order, cut at space glyphs, at a change of
    /// baseline, at a step backwards and at a horizontal gap wider than `gapFactor` × the
    /// font size. Overprinted copies of a glyph (fake bold) are dropped first.
    static func words(from glyphs: [PDFGlyph], gapFactor: Double = 0.25) -> [PositionedWord] {
        let kept = dropOverprints(glyphs)
        var words: [PositionedWord] = []
        var current: [PDFGlyph] = []

        func flush() {
            if let word = makeWord(current) { words.append(word) }
            current.removeAll(keepingCapacity: true)
        }

        for glyph in kept {
            guard let scalar = glyph.text.unicodeScalars.first else { continue }
            if scalar.properties.isWhitespace {
                flush()
                continue
            }
            if let previous = current.last {
                if scalar.value >= 0x300, isCombiningMark(scalar), verticallyOverlap(previous.box, glyph.box) {
                    current.append(glyph)
                    continue
                }
                if !continuesWord(previous, glyph, gapFactor: gapFactor) { flush() }
            }
            current.append(glyph)
        }
        flush()
        return words
    }

    /// Whether `next` belongs to the same word as `previous`.
    static func continuesWord(_ previous: PDFGlyph, _ next: PDFGlyph, gapFactor: Double) -> Bool {
        let size = max(1, min(effectiveSize(previous), effectiveSize(next)))
        guard abs(baseline(previous) - baseline(next)) <= 0.25 * size else { return false }
        guard next.box.x0 >= previous.box.x0 - 0.1 * size else { return false }
        let gap = next.box.x0 - previous.box.x1
        return gap <= gapFactor * size && gap >= -0.6 * size
    }

    /// Lines of a page: words grouped by baseline as the table pass groups them
    /// (`TableColumns.visualLines`), each left to right; the lines top to bottom.
    static func lines(from words: [PositionedWord]) -> [TextLine] {
        TableColumns.visualLines(words).map(makeLine)
    }

    static func makeLine(_ words: [PositionedWord]) -> TextLine {
        let ordered = words.sorted { $0.box.x0 < $1.box.x0 }
        var box = ordered.first?.box ?? Box(x0: 0, y0: 0, x1: 0, y1: 0)
        for word in ordered.dropFirst() { box = box.union(word.box) }
        return TextLine(text: ordered.map(\.text).joined(separator: " "), box: box,
                        fontSize: dominantSize(ordered), isBold: ordered.allSatisfy(\.isBold), words: ordered)
    }

    /// The font size carrying most characters.
    static func dominantSize(_ words: [PositionedWord]) -> Double {
        var weight: [Double: Int] = [:]
        for word in words { weight[word.fontSize, default: 0] += word.text.count }
        return weight.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 0
    }

    // MARK: glyph helpers

    /// poppler's box runs from the font's ascent to its descent; the baseline sits about a fifth
    /// of the size above the bottom. Good enough to compare fonts of different sizes.
    static func baseline(_ glyph: PDFGlyph) -> Double { glyph.box.y1 - 0.21 * effectiveSize(glyph) }

    /// The font size, or the box height when poppler reported none.
    static func effectiveSize(_ glyph: PDFGlyph) -> Double {
        glyph.fontSize > 0 ? glyph.fontSize : max(1, glyph.box.y1 - glyph.box.y0)
    }

    static func verticallyOverlap(_ a: PDFRect, _ b: PDFRect) -> Bool {
        min(a.y1, b.y1) - max(a.y0, b.y0) > 0
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    static func makeWord(_ glyphs: [PDFGlyph]) -> PositionedWord? {
        guard let first = glyphs.first else { return nil }
        var text = ""
        var ascii = true
        var x0 = first.box.x0, y0 = first.box.y0, x1 = first.box.x1, y1 = first.box.y1
        var sizes: [(size: Double, count: Int)] = []
        var bold = true
        for glyph in glyphs {
            if let scalar = glyph.text.unicodeScalars.first, scalar.isASCII, glyph.text.unicodeScalars.count == 1 {
                text.unicodeScalars.append(scalar)
            } else {
                ascii = false
                text += expandLigature(glyph.text)
            }
            x0 = min(x0, glyph.box.x0)
            y0 = min(y0, glyph.box.y0)
            x1 = max(x1, glyph.box.x1)
            y1 = max(y1, glyph.box.y1)
            let size = effectiveSize(glyph)
            if let k = sizes.firstIndex(where: { $0.size == size }) { sizes[k].count += 1 } else { sizes.append((size, 1)) }
            bold = bold && glyph.isBold
        }
        if !ascii { text = text.precomposedStringWithCanonicalMapping }
        guard !text.isEmpty else { return nil }
        let size = sizes.max { a, b in a.count != b.count ? a.count < b.count : a.size > b.size }?.size ?? 0
        return PositionedWord(text: text, box: Box(x0: x0, y0: y0, x1: x1, y1: y1).rounded,
                              fontSize: (size * 100).rounded() / 100, isBold: bold)
    }

    /// Presentation-form ligatures (ﬁ, ﬂ, …) as their letters, as a text rendering has them;
    /// a soft hyphen or zero-width character vanishes.
    static func expandLigature(_ text: String) -> String {
        switch text {
        case "\u{FB00}": return "ff"
        case "\u{FB01}": return "fi"
        case "\u{FB02}": return "fl"
        case "\u{FB03}": return "ffi"
        case "\u{FB04}": return "ffl"
        case "\u{FB05}", "\u{FB06}": return "st"
        case "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}": return ""
        default: return text
        }
    }

    // MARK: overprints

    /// Drops a glyph painted again over an identical one anywhere on the page (fake bold drawn
    /// far apart in the content stream, or a producer that draws a line twice); the kept copy
    /// is marked bold. Spaces are kept as they are.
    static func dropOverprints(_ glyphs: [PDFGlyph]) -> [PDFGlyph] {
        // Usable glyphs (by index), their first scalar and left edge, for cheap comparisons.
        var usable: [Int] = []
        var scalars: [UInt32] = []
        var lefts: [Double] = []
        var spaces: [Bool] = []
        usable.reserveCapacity(glyphs.count)
        scalars.reserveCapacity(glyphs.count)
        lefts.reserveCapacity(glyphs.count)
        spaces.reserveCapacity(glyphs.count)
        for (index, glyph) in glyphs.enumerated() {
            let box = glyph.box
            guard box.x0.isFinite, box.y0.isFinite, box.x1.isFinite, box.y1.isFinite,
                  abs(box.x0) < 1e7, abs(box.y0) < 1e7, abs(box.x1) < 1e7, abs(box.y1) < 1e7,
                  let scalar = glyph.text.unicodeScalars.first else { continue }
            usable.append(index)
            scalars.append(scalar.value)
            lefts.append(box.x0)
            spaces.append(scalar.properties.isWhitespace)
        }
        // Copies sit (nearly) on top of each other: compare each glyph with those whose left
        // edge is within `reach` of its own, in order of the left edge.
        let reach = 2.0
        let byX = usable.indices.sorted { lefts[$0] < lefts[$1] }
        var dropped = [Bool](repeating: false, count: usable.count)
        var bold = [Bool](repeating: false, count: usable.count)
        for (position, i) in byX.enumerated() where !dropped[i] && !spaces[i] {
            var next = position + 1
            while next < byX.count, lefts[byX[next]] - lefts[i] <= reach {
                let j = byX[next]
                next += 1
                guard !dropped[j], scalars[j] == scalars[i] else { continue }
                let a = glyphs[usable[i]], b = glyphs[usable[j]]
                guard a.text == b.text, overprints(a.box, b.box) else { continue }
                // Keep the copy painted first.
                let (keep, drop) = i < j ? (i, j) : (j, i)
                dropped[drop] = true
                bold[keep] = true
                if drop == i { break }
            }
        }
        var out: [PDFGlyph] = []
        out.reserveCapacity(usable.count)
        for (k, index) in usable.enumerated() where !dropped[k] {
            if bold[k] {
                var glyph = glyphs[index]
                glyph.isBold = true
                out.append(glyph)
            } else {
                out.append(glyphs[index])
            }
        }
        return out
    }

    static func overprints(_ a: PDFRect, _ b: PDFRect) -> Bool {
        let areaA = max(0, a.x1 - a.x0) * max(0, a.y1 - a.y0)
        let areaB = max(0, b.x1 - b.x0) * max(0, b.y1 - b.y0)
        let w = min(a.x1, b.x1) - max(a.x0, b.x0)
        let h = min(a.y1, b.y1) - max(a.y0, b.y0)
        let smaller = min(areaA, areaB)
        if smaller > 0 { return w > 0 && h > 0 && w * h >= 0.7 * smaller }
        return abs(a.x0 - b.x0) < 0.5 && abs(a.y0 - b.y0) < 0.5 && abs(a.x1 - b.x1) < 0.5 && abs(a.y1 - b.y1) < 0.5
    }
}
