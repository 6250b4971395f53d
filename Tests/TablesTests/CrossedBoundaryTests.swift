import AnnualReview
import Testing

/// Text laid out in character columns (`pdftotext -layout`) shifts a tight column's cells from
/// line to line: one row's decision runs past where another row's reason starts. No boundary
/// suits every line; each line is cut at its own cell gap.
@Suite struct CrossedBoundaryTests {
    /// A line's words at their character columns, as a text layout sets them.
    static func words(_ line: String, y: Double) -> [PositionedWord] {
        var words: [PositionedWord] = []
        var start: Int? = nil
        for (column, character) in (line + " ").enumerated() {
            if character == " " {
                if let first = start {
                    let from = line.index(line.startIndex, offsetBy: first)
                    let to = line.index(line.startIndex, offsetBy: column)
                    words.append(PositionedWord(text: String(line[from..<to]),
                                                box: Box(x0: Double(first), y0: y, x1: Double(column), y1: y + 3),
                                                fontSize: 3, isBold: false))
                }
                start = nil
            } else if start == nil {
                start = column
            }
        }
        return words
    }

    @Test func eachLineIsCutAtItsOwnCellGap() throws {
        let header = Self.words("Decided  Decision                Reason", y: 0)
        let lines = [
            "09/10/18 Closed after initial   Not warranted by",
            "04/03/19 Incomplete/Invalid Complaint withdrawn",
            "         enquiries              injustice",
        ].enumerated().map { Self.words($1, y: Double($0 + 1) * 3.6) }
        var columns = try #require(TableColumns(header: header))
        columns.refine(with: header + lines.joined())
        #expect(!columns.crossedBoundaries.isEmpty)
        #expect(columns.fragments(of: lines[0]) == ["09/10/18", "Closed after initial", "Not warranted by"])
        #expect(columns.fragments(of: lines[1]) == ["04/03/19", "Incomplete/Invalid", "Complaint withdrawn"])
        #expect(columns.fragments(of: lines[2]) == ["", "enquiries", "injustice"])
    }

    /// Where a line shows no gap wider than a word space, the table's boundary cuts it.
    @Test func aLineWithWordSpacesOnlyKeepsTheTableBoundary() throws {
        let header = Self.words("Decision                Reason", y: 0)
        let lines = [
            "Closed after initial    Not warranted by",
            "Incomplete/Invalid Complaint withdrawn",
        ].enumerated().map { Self.words($1, y: Double($0 + 1) * 3.6) }
        var columns = try #require(TableColumns(header: header))
        columns.refine(with: header + lines.joined())
        let boundary = try #require(columns.boundaries.first)
        let cut = columns.fragments(of: lines[1])
        let reason = lines[1].filter { $0.box.x0 >= boundary }.map(\.text).joined(separator: " ")
        #expect(cut[1] == reason)
    }
}
