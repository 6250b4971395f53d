@testable import AnnualReview
import Testing

/// A row band that holds no text is nothing: a row's first line goes on with the table however
/// far below the line above it; prose far below does not.
@Suite struct TableZoneGapTests {
    static func word(_ text: String, _ x0: Double, _ y: Double, bold: Bool = false) -> PositionedWord {
        PositionedWord(text: text, box: Box(x0: x0, y0: y, x1: x0 + 4.2 * Double(text.count), y1: y + 8),
                       fontSize: 8, isBold: bold)
    }

    static func line(_ words: [PositionedWord]) -> TextLine {
        let box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
        return TextLine(text: words.map(\.text).joined(separator: " "), box: box, fontSize: 8, isBold: words[0].isBold,
                        words: words)
    }

    static let header = line([word("Reference", 50, 100, bold: true), word("Authority", 150, 100, bold: true),
                              word("Category", 300, 100, bold: true), word("Received", 450, 100, bold: true)])

    static func row(_ reference: String, _ y: Double) -> TextLine {
        line([word(reference, 50, y), word("Sefton", 150, y), word("Council", 180, y), word("Housing", 300, y),
              word("02", 450, y), word("May", 462, y), word("2020", 480, y)])
    }

    @Test func rowsFarApartStayInTheTable() {
        // Tall rows with their text at the top: 60 points from one row's text to the next's.
        let lines = [TableZoneGapTests.header, TableZoneGapTests.row("20001234", 112),
                     TableZoneGapTests.row("20001240", 172), TableZoneGapTests.row("20001250", 232)]
        var open: TableZone? = nil
        let (zones, rest) = TableZones.find(lines, page: 1, open: &open)
        #expect(zones.count == 1)
        #expect(zones.first?.rows.count == 3)
        #expect(rest.isEmpty)
    }

    @Test func proseFarBelowEndsTheTable() {
        // A justified line of prose across the columns, with one wide gap in it.
        var x = 50.0
        var words: [PositionedWord] = []
        for (index, text) in ["This", "table", "lists", "the", "complaints", "we", "received", "during", "the",
                              "year", "and", "what", "we", "decided"].enumerated() {
            if index == 7 { x += 8 }  // one wide justified gap
            let word = TableZoneGapTests.word(text, x, 200)
            words.append(word)
            x = word.box.x1 + 2
        }
        let prose = TableZoneGapTests.line(words)
        let lines = [TableZoneGapTests.header, TableZoneGapTests.row("20001234", 112), prose]
        var open: TableZone? = nil
        let (zones, rest) = TableZones.find(lines, page: 1, open: &open)
        #expect(zones.first?.rows.count == 1)
        #expect(rest.map(\.text) == [prose.text])
    }
}
