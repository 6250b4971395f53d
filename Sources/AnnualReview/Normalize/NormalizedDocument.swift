/// Output of the `normalize` stage: the document as clean blocks in reading order.
public struct NormalizedDocument: Codable, Equatable, Sendable {
    public var source: SourceInfo
    public var blocks: [Block]

    public init(source: SourceInfo, blocks: [Block]) {
        self.source = source
        self.blocks = blocks
    }
}

/// A paragraph-like run of lines, or one table row, with markup removed and whitespace folded.
public struct Block: Codable, Equatable, Sendable {
    /// Paragraph text; a table row that keeps its cells (text) or its positioned words (PDF);
    /// or a line of a table whose rendering lost the cell boundaries (cells joined by single
    /// spaces, a wrapped row's later lines holding the rest of several cells), which the tables
    /// stage splits by what each column holds.
    public enum Kind: String, Codable, Sendable { case paragraph, tableRow, tableLine }

    public var kind: Kind
    /// The block's visual lines, each clean; an address or signature block keeps its lines here.
    public var lines: [String]
    /// The lines unwrapped into one paragraph.
    public var text: String
    /// Cells of a tab-separated table row (text inputs); empty otherwise.
    public var cells: [String]
    /// Words of a table line with their positions (PDF inputs); empty otherwise.
    public var words: [PositionedWord]
    /// Marked as a heading: a markdown heading, a line in bold as a whole, or a larger/bold font.
    public var styledAsHeading: Bool
    /// Where the block came from; several places when it was joined across a page break.
    public var origins: [Origin]
    /// The block is an item of a bulleted list (never joined to the block before it).
    public var isListItem: Bool

    public init(kind: Kind, lines: [String], text: String, cells: [String] = [], words: [PositionedWord] = [],
                styledAsHeading: Bool = false, origins: [Origin], isListItem: Bool = false) {
        self.kind = kind
        self.lines = lines
        self.text = text
        self.cells = cells
        self.words = words
        self.styledAsHeading = styledAsHeading
        self.origins = origins
        self.isListItem = isListItem
    }
}

/// Provenance of a fragment: page, line range (text) and box (PDF).
public struct Origin: Codable, Equatable, Sendable, CustomStringConvertible {
    public var page: Int
    public var firstLine: Int?
    public var lastLine: Int?
    public var box: Box?

    public init(page: Int, firstLine: Int? = nil, lastLine: Int? = nil, box: Box? = nil) {
        self.page = page
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.box = box
    }

    /// "line 12", "lines 12–14", or "page 3".
    public var description: String {
        if let first = firstLine, let last = lastLine {
            return first == last ? "line \(first)" : "lines \(first)–\(last)"
        }
        return "page \(page)"
    }
}
