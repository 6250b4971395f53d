/// Output of the `extract` stage: a document's pages of lines. Text inputs give one page of
/// numbered lines; PDFs give positioned lines with their words' boxes.
public struct ExtractedDocument: Codable, Equatable, Sendable {
    public var source: SourceInfo
    public var pages: [ExtractedPage]

    public init(source: SourceInfo, pages: [ExtractedPage]) {
        self.source = source
        self.pages = pages
    }
}

/// One page: its size (PDF only, in points) and its lines in reading order.
public struct ExtractedPage: Codable, Equatable, Sendable {
    public var number: Int
    public var width: Double?
    public var height: Double?
    public var lines: [TextLine]

    public init(number: Int, width: Double? = nil, height: Double? = nil, lines: [TextLine]) {
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
    }
}

/// A line of text. Text inputs carry the line number; PDF lines carry a box, font and words.
public struct TextLine: Codable, Equatable, Sendable {
    public var text: String
    public var lineNumber: Int?
    public var box: Box?
    public var fontSize: Double?
    public var isBold: Bool?
    public var words: [PositionedWord]

    public init(text: String, lineNumber: Int? = nil, box: Box? = nil,
                fontSize: Double? = nil, isBold: Bool? = nil, words: [PositionedWord] = []) {
        self.text = text
        self.lineNumber = lineNumber
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
        self.words = words
    }
}

/// A word on a PDF page with its bounding box and font.
public struct PositionedWord: Codable, Equatable, Sendable {
    public var text: String
    public var box: Box
    public var fontSize: Double
    public var isBold: Bool

    public init(text: String, box: Box, fontSize: Double, isBold: Bool) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
    }
}

/// A rectangle in points, top-left origin, y growing downwards (poppler's layout convention).
public struct Box: Codable, Equatable, Hashable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Rounded to two decimals, for deterministic dumps.
    public var rounded: Box {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return Box(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
    }
}
