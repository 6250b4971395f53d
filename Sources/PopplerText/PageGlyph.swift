/// One character of a page as plain values: no strings, so a page's glyphs are one flat
/// buffer and handing them on costs no reference counting. What building words needs;
/// `PDFGlyph` is the same character with its font's name, for everything else.
public struct PageGlyph: Sendable, Equatable {
    /// The character's box on the page.
    public var box: PDFRect
    /// Font size in points, as poppler measured it for the word (0 when poppler gave none).
    public var fontSize: Double
    /// One character, as poppler gives it (see `PDFGlyph.text`).
    public var scalar: Unicode.Scalar
    /// Index of the font's name in `PageGlyphs.fontNames`; -1 when poppler named no font.
    public var font: Int32
    /// True when the font name says bold or the character was painted twice over itself.
    public var isBold: Bool

    public init(scalar: Unicode.Scalar, box: PDFRect, fontSize: Double, isBold: Bool, font: Int32 = -1) {
        self.box = box
        self.fontSize = fontSize
        self.scalar = scalar
        self.font = font
        self.isBold = isBold
    }
}

/// A page's characters (`PopplerPage.pageGlyphs()`) with the names of their fonts.
public struct PageGlyphs: Sendable, Equatable {
    /// Every character of the page, as `PopplerPage.glyphs()` describes them.
    public var glyphs: [PageGlyph]
    /// The fonts' names, without subset prefixes; `PageGlyph.font` indexes this.
    public var fontNames: [String]

    public init(glyphs: [PageGlyph], fontNames: [String]) {
        self.glyphs = glyphs
        self.fontNames = fontNames
    }

    /// The name of `glyph`'s font; "Default" when poppler named none.
    public func fontName(of glyph: PageGlyph) -> String {
        fontNames.indices.contains(Int(glyph.font)) ? fontNames[Int(glyph.font)] : "Default"
    }

    /// The same characters with their font names.
    public var pdfGlyphs: [PDFGlyph] {
        glyphs.map { glyph in
            PDFGlyph(text: String(Character(glyph.scalar)), box: glyph.box, fontName: fontName(of: glyph),
                     fontSize: glyph.fontSize, isBold: glyph.isBold)
        }
    }
}
