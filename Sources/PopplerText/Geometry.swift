// Plain value types of the poppler seam. They carry no poppler state, so every
// later stage (and its tests) can use them without poppler.

/// A rectangle on a page, in PDF points, with poppler's layout convention:
/// origin at the top-left corner of the page, `y` growing downwards.
/// `x0 <= x1` and `y0 <= y1` for every rectangle this module hands out.
public struct PDFRect: Sendable, Equatable, Hashable, Codable {
    /// Left edge.
    public var x0: Double
    /// Top edge.
    public var y0: Double
    /// Right edge.
    public var x1: Double
    /// Bottom edge.
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }
}

/// The size of a page in PDF points (after the page's rotation is applied,
/// as poppler reports it).
public struct PDFPageSize: Sendable, Equatable, Hashable, Codable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// One character of a page's text with its box and font, as poppler laid it out.
///
/// `text` is one Unicode scalar (a ligature such as "ﬁ" stays one glyph; a
/// combining accent is a glyph of its own). A space glyph is poppler's word
/// gap: its box spans from the end of one word to the start of the next.
/// Line breaks are not glyphs.
public struct PDFGlyph: Sendable, Equatable, Codable {
    /// One character, as poppler gives it.
    public var text: String
    /// The character's box on the page.
    public var box: PDFRect
    /// Font name without a subset prefix ("Helvetica-Bold", not "ABCDEF+Helvetica-Bold");
    /// "Default" when poppler knows no name.
    public var fontName: String
    /// Font size in points, as poppler measured it for the word.
    public var fontSize: Double
    /// True when the font name says bold (Bold, Black, Heavy, Semibold, …) or
    /// when the character was painted twice on top of itself (fake bold).
    public var isBold: Bool

    public init(text: String, box: PDFRect, fontName: String, fontSize: Double, isBold: Bool) {
        self.text = text
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
        self.isBold = isBold
    }
}

/// A rectangle to draw over a rendered page (for debug images): stroked or
/// filled with an RGBA colour, with an optional small text label above it.
/// Colour components and alpha are 0...1; coordinates are page points.
public struct PDFOverlay: Sendable, Equatable {
    public var rect: PDFRect
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double
    /// Stroke width in page points (ignored when `filled`).
    public var lineWidth: Double
    public var filled: Bool
    public var label: String?

    public init(
        rect: PDFRect, red: Double, green: Double, blue: Double, alpha: Double = 1,
        lineWidth: Double = 0.5, filled: Bool = false, label: String? = nil
    ) {
        self.rect = rect
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
        self.lineWidth = lineWidth
        self.filled = filled
        self.label = label
    }
}

extension PDFRect {
    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var area: Double { max(0, x1 - x0) * max(0, y1 - y0) }
    var isFinite: Bool { x0.isFinite && y0.isFinite && x1.isFinite && y1.isFinite }

    /// The same rectangle with its corners ordered (`x0 <= x1`, `y0 <= y1`).
    var standardized: PDFRect {
        PDFRect(x0: min(x0, x1), y0: min(y0, y1), x1: max(x0, x1), y1: max(y0, y1))
    }

    func intersectionArea(_ other: PDFRect) -> Double {
        let w = min(x1, other.x1) - max(x0, other.x0)
        let h = min(y1, other.y1) - max(y0, other.y0)
        return w > 0 && h > 0 ? w * h : 0
    }
}
