/// A run of words on one baseline of a PDF page: a line, or the part of a line between two
/// wide gaps (text beside a big number, the columns of a panel page). The unit the layout
/// pass orders and groups into blocks.
struct LayoutSegment: Equatable {
    var page: Int
    /// Left to right.
    var words: [PositionedWord]
    var box: Box
    /// The font size carrying most characters.
    var fontSize: Double
    /// Every word bold.
    var isBold: Bool
    var baseline: Double
    var text: String

    init?(page: Int, words: [PositionedWord]) {
        // Mostly left to right already (cells of a line): then sorting would change nothing.
        let ordered = TableColumns.isLeftToRight(words) ? words : words.sorted { $0.box.x0 < $1.box.x0 }
        guard let first = ordered.first else { return nil }
        self.page = page
        self.words = ordered
        self.box = ordered.dropFirst().reduce(first.box) { $0.union($1.box) }
        self.fontSize = PositionedWord.dominantSize(ordered)
        self.isBold = ordered.allSatisfy(\.isBold)
        self.baseline = ordered.map(TableColumns.baseline).max() ?? TableColumns.baseline(first)
        // The words joined by single spaces, as bytes (this runs for every line).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ordered.reduce(ordered.count) { $0 + $1.text.utf8.count })
        for index in ordered.indices {
            if index > 0 { bytes.append(0x20) }
            var word = ordered[index].text
            word.withUTF8 { bytes.append(contentsOf: $0) }
        }
        self.text = String(decoding: bytes, as: UTF8.self)
    }

    /// A wide gap: this many font sizes. A word space is about a quarter of the size; the gap
    /// between a big number and the text beside it, or between two columns, is far wider.
    static let wideGap = 1.5

    /// A line cut at its wide gaps.
    static func split(_ line: TextLine, page: Int) -> [LayoutSegment] {
        TableColumns.cells(of: line.words, gap: wideGap).compactMap { LayoutSegment(page: page, words: $0) }
    }

    /// The x of the text after a leading bullet ("• Failure to comply…"): where a hanging
    /// indent puts the following lines.
    var textStartAfterBullet: Double? {
        guard words.count >= 2, let first = words.first, LayoutSegment.bullets.contains(first.text) else { return nil }
        return words[1].box.x0
    }

    static let bullets: Set<String> = ["•", "·", "◦", "▪", "■", "○", "●", "-", "–", "—", "*", "➢", "", ""]
}
