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

