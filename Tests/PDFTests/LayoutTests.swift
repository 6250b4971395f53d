@testable import AnnualReview
import Foundation
import Testing

/// The layout passes on made-up positions: reading order, page furniture, paragraphs.
@Suite struct LayoutTests {
    static func item(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, size: Double = 10) -> ReadingOrder.Item {
        ReadingOrder.Item(box: Box(x0: x0, y0: y0, x1: x1, y1: y1), size: size, baseline: y1 - 0.21 * size)
    }

    @Test func threeColumnsAreReadOneAfterTheOther() {
        // Three columns of three lines each, lines at the same heights across the columns.
        var items: [ReadingOrder.Item] = []
        for column in 0..<3 {
            for line in 0..<3 {
                let x = 50 + Double(column) * 170
                let y = 100 + Double(line) * 14
                items.append(LayoutTests.item(x, y, x + 140, y + 11))
            }
        }
        #expect(ReadingOrder.order(items) == Array(0..<9))
    }

    @Test func aBigNumberComesBeforeTheTextBesideIt() {
        let items = [
            LayoutTests.item(200, 100, 480, 111),  // text, line 1
            LayoutTests.item(200, 114, 400, 125),  // text, line 2
            LayoutTests.item(200, 128, 420, 139),  // text, line 3
            LayoutTests.item(70, 102, 140, 136, size: 28),  // "25%", centred on the three lines
        ]
        #expect(ReadingOrder.order(items) == [3, 0, 1, 2])
    }

    @Test func aLogoBesideAnAddressAboveTheLetterIsNotAColumnLayout() {
        let items = [
            LayoutTests.item(70, 40, 180, 52),  // logo line 1
            LayoutTests.item(420, 40, 520, 50),  // sender's address line 1
            LayoutTests.item(70, 55, 180, 67),  // logo line 2
            LayoutTests.item(420, 52, 520, 62),  // address line 2
            LayoutTests.item(440, 113, 520, 124),  // date, right
            LayoutTests.item(70, 140, 120, 151),  // "By email"
            LayoutTests.item(70, 162, 150, 173),  // recipient
            LayoutTests.item(70, 176, 160, 187),
            LayoutTests.item(70, 210, 150, 221),  // "Dear …"
        ]
        #expect(ReadingOrder.order(items) == [0, 2, 1, 3, 4, 5, 6, 7, 8])
    }

    /// Regression (Samples/fixtures/regressions/alternating-lines.pdf): lines each on a baseline
    /// of their own, every other one in a second column. Every run of them keeps a gutter in
    /// common, no line has a neighbour beside it, and the column search grew a group from each
    /// line in turn: cubic in the lines. Past `maximumPiecesForColumns` a page is read line by
    /// line, top to bottom.
    @Test func aPageOfMorePiecesThanAnyLettersIsReadLineByLine() {
        let count = ReadingOrder.maximumPiecesForColumns + 1
        let items = (0..<count).map { line in
            let x = 20 + Double(line % 2) * 300, y = 100 + Double(line) * 6.5
            return LayoutTests.item(x, y, x + 30, y + 5, size: 5)
        }
        #expect(ReadingOrder.order(items) == Array(0..<count))
    }

    /// Two columns of lines side by side: read column by column on a letter's page, line by
    /// line past `maximumPiecesForColumns` (so the bound is what decides, not the layout).
    @Test func twoColumnsAreReadByColumnOnlyOnAPageOfALettersSize() {
        func page(lines: Int) -> [ReadingOrder.Item] {
            (0..<lines).flatMap { line in
                let y = 100 + Double(line) * 6.5
                return [LayoutTests.item(20, y, 250, y + 5, size: 5), LayoutTests.item(320, y, 550, y + 5, size: 5)]
            }
        }
        let small = page(lines: 20)
        #expect(ReadingOrder.order(small) == Array(stride(from: 0, to: 40, by: 2)) + Array(stride(from: 1, to: 40, by: 2)))
        let lines = ReadingOrder.maximumPiecesForColumns / 2 + 1
        #expect(ReadingOrder.order(page(lines: lines)) == Array(0..<(2 * lines)))
    }

    @Test func pageNumbers() {
        for text in ["2", "Page 2", "page 2 of 5", "2 of 5", "- 2 -", "2/5", "[3]"] {
            #expect(PageFurniture.isPageNumber(text, pageCount: 5), "\(text)")
        }
        for text in ["19000565", "Page", "2020", "12 Apr 2020", "Page 40"] {
            #expect(!PageFurniture.isPageNumber(text, pageCount: 5), "\(text)")
        }
    }

    static func line(_ text: String, x: Double, y: Double, size: Double = 10, bold: Bool = false) -> TextLine {
        var words: [PositionedWord] = []
        var cx = x
        for piece in text.split(separator: " ") {
            let width = Double(piece.count) * size * 0.5
            words.append(PositionedWord(text: String(piece), box: Box(x0: cx, y0: y - 0.75 * size, x1: cx + width, y1: y + 0.21 * size),
                                        fontSize: size, isBold: bold))
            cx += width + size * 0.28
        }
        let box = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
        return TextLine(text: text, box: box, fontSize: size, isBold: bold, words: words)
    }

    @Test func furnitureGoesAndParagraphsUnwrap() {
        func page(_ number: Int, _ body: [TextLine]) -> ExtractedPage {
            ExtractedPage(number: number, width: 595, height: 842, lines: [
                LayoutTests.line("Annual review – Anytown Council", x: 70, y: 40, size: 8),
            ] + body + [
                LayoutTests.line("Page \(number) of 2", x: 480, y: 805, size: 8),
            ])
        }
        let pages = [
            page(1, [
                LayoutTests.line("Heading of the letter", x: 70, y: 100, size: 12, bold: true),
                LayoutTests.line("The first line of a paragraph that runs", x: 70, y: 120),
                LayoutTests.line("on to a second line.", x: 70, y: 133),
                LayoutTests.line("Another paragraph after a gap ends without a", x: 70, y: 156),
            ]),
            page(2, [LayoutTests.line("stop and goes on here.", x: 70, y: 100)]),
        ]
        let blocks = Normalizer.normalize(ExtractedDocument(
            source: SourceInfo(name: "x.pdf", format: .pdf, pageCount: 2, sha256: ""), pages: pages)).blocks
        #expect(blocks.map(\.text) == [
            "Heading of the letter",
            "The first line of a paragraph that runs on to a second line.",
            "Another paragraph after a gap ends without a stop and goes on here.",
        ])
        #expect(blocks.map(\.styledAsHeading) == [true, false, false])
        #expect(blocks[1].lines.count == 2)
        #expect(blocks[2].origins.map(\.page) == [1, 2])
    }

    /// SPEC.md: where there is a layout, the layout decides a page break — a paragraph goes on
    /// when the page's last line is full (the next page's first word would not have fitted) and
    /// the next page starts at the left edge, even when that line ends a sentence.
    @Test func aFullLastLineGoesOnOverThePageBreakWhateverItEndsWith() {
        // Lines 40 characters wide (x 70…270 at size 10); "Next" is 20 wide.
        func letter(lastLine: String, nextStart: Double) -> [String] {
            let pages = [
                ExtractedPage(number: 1, width: 595, height: 842, lines: [
                    LayoutTests.line("The first line of a paragraph that runs", x: 70, y: 120),
                    LayoutTests.line(lastLine, x: 70, y: 133),
                ]),
                ExtractedPage(number: 2, width: 595, height: 842, lines: [
                    LayoutTests.line("Next page text goes on in this line here", x: nextStart, y: 100),
                ]),
            ]
            return Normalizer.normalize(ExtractedDocument(
                source: SourceInfo(name: "x.pdf", format: .pdf, pageCount: 2, sha256: ""), pages: pages)).blocks.map(\.text)
        }
        // Full, ending a sentence: one paragraph.
        #expect(letter(lastLine: "to the end of the line it ends. A stop.", nextStart: 70).count == 1)
        // Not full: the next page's first word would have fitted, so the paragraph ended.
        #expect(letter(lastLine: "a short last line.", nextStart: 70).count == 2)
        // Full but the next page's text is indented: a new paragraph.
        #expect(letter(lastLine: "to the end of the line it ends. A stop.", nextStart: 100).count == 2)
    }
}
