import AnnualReview
import Foundation
import PopplerText
import Testing

@testable import AnnualReviewPDF

/// Glyphs → words with made-up glyphs: the ASCII fast paths give what the Unicode rules give.
@Suite struct WordAssemblerTests {
    func glyph(_ scalar: Unicode.Scalar, _ x: Double, width: Double = 5, size: Double = 10, bold: Bool = false) -> PageGlyph {
        PageGlyph(scalar: scalar, box: PDFRect(x0: x, y0: 100, x1: x + width, y1: 100 + size), fontSize: size, isBold: bold)
    }

    func glyphs(_ text: String, x: Double = 10, size: Double = 10) -> [PageGlyph] {
        text.unicodeScalars.enumerated().map { glyph($1, x + Double($0) * 5, size: size) }
    }

    @Test func asciiWhitespaceMatchesTheUnicodeProperty() throws {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            #expect(WordAssembler.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        for scalar: Unicode.Scalar in ["\u{85}", "\u{A0}", "\u{2003}", "\u{3000}", "é", "\u{FFFD}"] {
            #expect(WordAssembler.isWhitespace(scalar) == scalar.properties.isWhitespace)
        }
    }

    @Test func charactersLeftAloneByCompositionAreInNFC() throws {
        // Each character the word text does not compose, alone and after a letter, is unchanged
        // by NFC, and is a starter (nothing reorders around it).
        let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0]
        for value in ranges.joined() {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(WordText.isUnchangedByComposition(scalar))
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            for text in [String(Character(scalar)), "e" + String(Character(scalar)), String(Character(scalar)) + "e"] {
                #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars),
                        "U+\(String(value, radix: 16))")
            }
        }
        for scalar: Unicode.Scalar in ["\u{300}", "\u{2000}", "\u{212B}", "\u{1161}", "\u{F900}"] {
            #expect(!WordText.isUnchangedByComposition(scalar))
        }
    }

    @Test func wordsAreCutAtSpacesAndGaps() {
        let words = WordAssembler.words(from: glyphs("Total £5 cases") + glyphs("next", x: 200))
        #expect(words.map(\.text) == ["Total", "£5", "cases", "next"])
        #expect(words.first?.box == Box(x0: 10, y0: 100, x1: 35, y1: 110))
    }

    @Test func ligaturesAreSpelledOutAndAccentsComposed() {
        var line = glyphs("\u{FB01}ne cafe")
        // A combining acute over the last "e", as poppler gives it: its own glyph, zero width.
        line.append(PageGlyph(scalar: "\u{301}", box: PDFRect(x0: 47, y0: 100, x1: 47, y1: 110), fontSize: 10, isBold: false))
        line += glyphs("soft\u{AD}ly", x: 100)
        let words = WordAssembler.words(from: line)
        #expect(words.map(\.text) == ["fine", "café", "softly"])
        #expect(words[1].text.unicodeScalars.count == 4)  // composed: é is one character
    }

    @Test func aWordTakesItsCommonestSizeTheSmallerOnATie() {
        let mixed = [glyph("a", 10, size: 10), glyph("b", 15, size: 12), glyph("c", 20, size: 12)]
        #expect(WordAssembler.words(from: mixed).map(\.fontSize) == [12])
        let tie = [glyph("a", 10, size: 12), glyph("b", 15, size: 10)]
        #expect(WordAssembler.words(from: tie).map(\.fontSize) == [10])
    }

    @Test func glyphsOffAnyPageMakeNoWords() {
        var line = glyphs("ab")
        line.insert(PageGlyph(scalar: "x", box: PDFRect(x0: 2e7, y0: 100, x1: 2e7 + 5, y1: 110), fontSize: 10, isBold: false), at: 1)
        #expect(WordAssembler.words(from: line).map(\.text) == ["ab"])
    }

    @Test func aLineJoinsItsWordsLeftToRight() {
        let words = WordAssembler.words(from: glyphs("abc", x: 100) + glyphs("de", x: 10))
        let line = WordAssembler.makeLine(words)
        #expect(line.text == "de abc")
        #expect(line.box == Box(x0: 10, y0: 100, x1: 115, y1: 110))
    }
}
