import AnnualReview
import Foundation
import PopplerText

/// Glyphs → words → lines, from the glyphs' boxes alone (poppler's reading order and its
/// spacing of the page text differ between PDF producers, so neither is trusted for layout).
///
/// Pure functions: no poppler here, so they can be tested with made-up glyphs.
enum WordAssembler {
    /// Words of a page: glyphs in poppler's order, cut at white space, at a change of
    /// baseline, at a step backwards and at a horizontal gap wider than `gapFactor` × the
    /// font size. Overprinted copies were dropped when the glyphs were assembled
    /// (`PopplerPage.pageGlyphs()`); glyphs far off any page are left out here.
    static func words(from glyphs: [PageGlyph], gapFactor: Double = 0.25) -> [PositionedWord] {
        let usable = glyphs.contains(where: isOffPage) ? glyphs.filter { !isOffPage($0) } : glyphs
        var words: [PositionedWord] = []
        words.reserveCapacity(usable.count / 4)
        var text = WordText()
        usable.withUnsafeBufferPointer { glyphs in
            // The word being read is glyphs[start..<i]: a word never holds white space, so its
            // glyphs are consecutive.
            var start = 0
            for i in glyphs.indices {
                let glyph = glyphs[i]
                if isWhitespace(glyph.scalar) {
                    appendWord(glyphs[start..<i], text: &text, to: &words)
                    start = i + 1
                    continue
                }
                guard i > start else { continue }
                let previous = glyphs[i - 1]
                if glyph.scalar.value >= 0x300, isCombiningMark(glyph.scalar),
                   verticallyOverlap(previous.box, glyph.box) {
                    continue
                }
                if !continuesWord(previous, glyph, gapFactor: gapFactor) {
                    appendWord(glyphs[start..<i], text: &text, to: &words)
                    start = i
                }
            }
            appendWord(glyphs[start...], text: &text, to: &words)
        }
        return words
    }

    static func appendWord(_ glyphs: Slice<UnsafeBufferPointer<PageGlyph>>, text: inout WordText,
                           to words: inout [PositionedWord]) {
        if let word = makeWord(glyphs, text: &text) { words.append(word) }
    }

    /// Coordinates at or beyond this (points) are off any page: such glyphs make no words.
    static let offPageCoordinate = 1e7

    static func isOffPage(_ glyph: PageGlyph) -> Bool {
        let box = glyph.box
        return !(abs(box.x0) < offPageCoordinate && abs(box.y0) < offPageCoordinate
            && abs(box.x1) < offPageCoordinate && abs(box.y1) < offPageCoordinate)
    }

    /// Unicode white space, with no property lookup for ASCII (tab to carriage return, space).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Whether `next` belongs to the same word as `previous`.
    static func continuesWord(_ previous: PageGlyph, _ next: PageGlyph, gapFactor: Double) -> Bool {
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
        let ordered = isLeftToRight(words) ? words : words.sorted { $0.box.x0 < $1.box.x0 }
        var box = ordered.first?.box ?? Box(x0: 0, y0: 0, x1: 0, y1: 0)
        var bytes: [UInt8] = []
        var bold = true
        for index in ordered.indices {
            let word = ordered[index]
            box = box.union(word.box)
            bold = bold && word.isBold
            if index > 0 { bytes.append(0x20) }
            var text = word.text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }
        let size = PositionedWord.dominantSize(ordered)
        return TextLine(text: String(decoding: bytes, as: UTF8.self), box: box, fontSize: size,
                        isBold: bold, words: ordered)
    }

    static func isLeftToRight(_ words: [PositionedWord]) -> Bool {
        for index in words.indices.dropFirst() where words[index - 1].box.x0 > words[index].box.x0 { return false }
        return true
    }

    // MARK: glyph helpers

    /// poppler's box runs from the font's ascent to its descent; the baseline sits about a fifth
    /// of the size above the bottom. Good enough to compare fonts of different sizes.
    static func baseline(_ glyph: PageGlyph) -> Double { glyph.box.y1 - 0.21 * effectiveSize(glyph) }

    /// The font size, or the box height when poppler reported none.
    static func effectiveSize(_ glyph: PageGlyph) -> Double {
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

    /// One word from consecutive glyphs: its text (ligatures expanded, composed to NFC), the
    /// box around them, the size most of its glyphs have (the smaller on a tie), and bold when
    /// every glyph is.
    static func makeWord(_ glyphs: Slice<UnsafeBufferPointer<PageGlyph>>, text: inout WordText) -> PositionedWord? {
        guard let first = glyphs.first else { return nil }
        text.start()
        var x0 = first.box.x0, y0 = first.box.y0, x1 = first.box.x1, y1 = first.box.y1
        var bold = true
        var sameSize = true
        let firstSize = effectiveSize(first)
        for glyph in glyphs {
            text.append(glyph.scalar)
            x0 = min(x0, glyph.box.x0)
            y0 = min(y0, glyph.box.y0)
            x1 = max(x1, glyph.box.x1)
            y1 = max(y1, glyph.box.y1)
            sameSize = sameSize && effectiveSize(glyph) == firstSize
            bold = bold && glyph.isBold
        }
        guard let string = text.finish() else { return nil }
        let size = sameSize ? firstSize : commonestSize(glyphs)
        return PositionedWord(text: string, box: Box(x0: x0, y0: y0, x1: x1, y1: y1).rounded,
                              fontSize: (size * 100).rounded() / 100, isBold: bold)
    }

    /// The size most glyphs have; the smaller of two as common. Words are short, so counting
    /// in place beats a table.
    static func commonestSize(_ glyphs: Slice<UnsafeBufferPointer<PageGlyph>>) -> Double {
        var best = 0.0, bestCount = 0
        for i in glyphs.indices {
            let size = effectiveSize(glyphs[i])
            // Count each size once, at its first glyph.
            guard !glyphs[glyphs.startIndex..<i].contains(where: { effectiveSize($0) == size }) else { continue }
            let count = glyphs[i...].reduce(0) { $0 + (effectiveSize($1) == size ? 1 : 0) }
            if count > bestCount || (count == bestCount && size < best) { (best, bestCount) = (size, count) }
        }
        return best
    }
}
