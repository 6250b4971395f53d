import Testing

@testable import PopplerText

/// The pure glyph assembly, with made-up poppler answers.
@Suite struct AssemblyTests {
    func rect(_ x: Double, _ y: Double = 0, width: Double = 5, height: Double = 10) -> PDFRect {
        PDFRect(x0: x, y0: y, x1: x + width, y1: y + height)
    }

    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    let helvetica = AttributeRun(start: 0, end: 1000, fontName: "Helvetica", fontSize: 10)

    @Test func lineBreaksAreSkipped() {
        let (glyphs, report) = assembleGlyphs(
            characters: scalars("ab\ncd"), rects: (0..<5).map { rect(Double($0) * 5) }, runs: [helvetica])
        #expect(glyphs.map(\.text) == ["a", "b", "c", "d"])
        #expect(glyphs.map(\.box.x0) == [0, 5, 15, 20])
        #expect(!report.mismatched)
    }

    @Test func moreRectanglesThanCharactersIsSafe() {
        let (glyphs, report) = assembleGlyphs(
            characters: scalars("ab"), rects: (0..<10).map { rect(Double($0) * 5) }, runs: [helvetica])
        #expect(glyphs.map(\.text) == ["a", "b"])
        #expect(report.mismatched)
    }

    @Test func moreCharactersThanRectanglesIsSafe() {
        let (glyphs, report) = assembleGlyphs(characters: scalars("abcdef"), rects: [rect(0)], runs: [helvetica])
        #expect(glyphs.map(\.text) == ["a"])
        #expect(report.mismatched)
        #expect(assembleGlyphs(characters: scalars("abc"), rects: [], runs: []).glyphs.isEmpty)
        #expect(assembleGlyphs(characters: [], rects: [rect(0)], runs: []).glyphs.isEmpty)
    }

    @Test func attributeRunsAreAppliedByOffset() {
        let runs = [
            AttributeRun(start: 0, end: 2, fontName: "Arial-BoldMT", fontSize: 12),  // "ab\n"
            AttributeRun(start: 3, end: 3, fontName: "ArialMT", fontSize: 9),
            // 4 has no run
            AttributeRun(start: 5, end: 99, fontName: "Lato-Heavy", fontSize: 8),
        ]
        let (glyphs, _) = assembleGlyphs(
            characters: scalars("ab\ncde"), rects: (0..<6).map { rect(Double($0) * 5) }, runs: runs)
        #expect(glyphs.map(\.fontName) == ["Arial-BoldMT", "Arial-BoldMT", "ArialMT", "Default", "Lato-Heavy"])
        #expect(glyphs.map(\.fontSize) == [12, 12, 9, 0, 8])
        #expect(glyphs.map(\.isBold) == [true, true, false, false, true])
    }

    @Test func nonFiniteAndReversedBoxes() {
        let rects = [
            PDFRect(x0: .nan, y0: 0, x1: 1, y1: 1),
            PDFRect(x0: 10, y0: 20, x1: 5, y1: 8),
            PDFRect(x0: 0, y0: .infinity, x1: 1, y1: 1),
        ]
        let (glyphs, _) = assembleGlyphs(characters: scalars("abc"), rects: rects, runs: [helvetica])
        #expect(glyphs.map(\.text) == ["b"])
        #expect(glyphs.first?.box == PDFRect(x0: 5, y0: 8, x1: 10, y1: 20))
    }

    @Test func overprintedCharactersAreDroppedAndMarkedBold() {
        // "Ab" painted twice, 0.3 pt apart, character by character: AAbb.
        let rects = [rect(0), rect(0.3), rect(5), rect(5.3)]
        let (glyphs, report) = assembleGlyphs(characters: scalars("AAbb"), rects: rects, runs: [helvetica])
        #expect(glyphs.map(\.text) == ["A", "b"])
        #expect(glyphs.allSatisfy { $0.isBold })
        #expect(report.duplicatesDropped == 2)
    }

    @Test func overprintedWordsAreDroppedWithTheirGap() {
        // "up held" then "up held" again 0.3 pt to the right, as one line.
        let text = "up held up held"
        var rects: [PDFRect] = []
        for pass in 0..<2 {
            let shift = Double(pass) * 0.3
            rects += [rect(0 + shift), rect(5 + shift), rect(10 + shift, width: 5),
                      rect(15 + shift), rect(20 + shift), rect(25 + shift), rect(30 + shift)]
            if pass == 0 { rects.append(PDFRect(x0: 35, y0: 0, x1: 0.3, y1: 10)) }  // gap back to the copy
        }
        #expect(rects.count == text.unicodeScalars.count)
        let (glyphs, report) = assembleGlyphs(characters: scalars(text), rects: rects, runs: [helvetica])
        #expect(glyphs.map(\.text).joined() == "up held")
        #expect(report.duplicatesDropped == 6)
    }

    @Test func realDoubledLettersStay() {
        // "ll" and "oo" side by side: same character, boxes that only touch.
        let rects = [rect(0, width: 3), rect(3, width: 3), rect(6), rect(10.9)]
        let (glyphs, report) = assembleGlyphs(characters: scalars("lloo"), rects: rects, runs: [helvetica])
        #expect(glyphs.map(\.text) == ["l", "l", "o", "o"])
        #expect(report.duplicatesDropped == 0)
        #expect(!glyphs.contains { $0.isBold })
    }

    @Test func spacesAreNeverDeduplicated() {
        let rects = [rect(0), rect(5), rect(5), rect(10)]
        let (glyphs, _) = assembleGlyphs(characters: scalars("a  b"), rects: rects, runs: [helvetica])
        #expect(glyphs.map(\.text) == ["a", " ", " ", "b"])
    }

    @Test func boldFontNames() {
        for name in ["Helvetica-Bold", "Arial-BoldMT", "Calibri,Bold", "OpenSans-SemiBold", "Lato-Black", "Avenir-Heavy", "TimesNewRomanPS-BoldItalicMT"] {
            #expect(fontNameIsBold(name), "\(name)")
        }
        for name in ["Helvetica", "ArialMT", "Calibri", "OpenSans-Light", "Default", ""] {
            #expect(!fontNameIsBold(name), "\(name)")
        }
    }

    @Test func lenientUTF8CountsOneCharacterPerEncodedSequence() {
        #expect(decodeLenientUTF8(Array("aé€😀".utf8)) == scalars("aé€😀"))
        // An encoded surrogate (ED A0 80) and an overlong "/" (C0 AF): one U+FFFD each.
        #expect(decodeLenientUTF8([0x61, 0xED, 0xA0, 0x80, 0x62, 0xC0, 0xAF]) == scalars("a\u{FFFD}b\u{FFFD}"))
        // Stray continuation bytes, 0xFF, and a sequence cut short by an ASCII byte or the end.
        #expect(decodeLenientUTF8([0x80, 0xBF, 0xFF]) == scalars("\u{FFFD}\u{FFFD}\u{FFFD}"))
        #expect(decodeLenientUTF8([0xE2, 0x82, 0x61]) == scalars("\u{FFFD}a"))
        #expect(decodeLenientUTF8([0x61, 0xF0, 0x9F]) == scalars("a\u{FFFD}"))
        #expect(decodeLenientUTF8([UInt8]()) == [])
        // Beyond U+10FFFF (5- and 6-byte forms): one U+FFFD each.
        #expect(decodeLenientUTF8([0xF8, 0x88, 0x80, 0x80, 0x80, 0xFC, 0x84, 0x80, 0x80, 0x80, 0x80]) == scalars("\u{FFFD}\u{FFFD}"))
    }
}
