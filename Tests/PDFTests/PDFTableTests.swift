@testable import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

/// Tables rebuilt from word positions: every cell exact, wrapped cells merged, the header
/// repeated on later pages dropped, rows split by a page break joined.
@Suite struct PDFTableTests {
    /// The cells a decisions row of the model is printed with.
    static func cells(_ decision: Decision) -> [String] {
        func short(_ date: ISODate?) -> String {
            guard let date else { return "" }
            let text = date.description  // YYYY-MM-DD
            let parts = text.split(separator: "-")
            guard parts.count == 3 else { return text }
            return "\(parts[2])/\(parts[1])/\(parts[0].suffix(2))"
        }
        return [decision.reference ?? "", decision.authority ?? "", decision.category ?? "Null", short(decision.decided),
                decision.decision ?? "", decision.reason ?? "", decision.remedy ?? "", decision.serviceImprovements ?? ""]
    }

    /// The 70-row decisions table over several pages, from three producers: reportlab (header
    /// repeated, two rows split by a page break), cairo (borders drawn twice, text drawn column
    /// by column), our reportlab fixture (centred, fake-bold header cells; no repeated header)
    /// and Chromium (cells centred down, so a row's reference is not on its first line).
    @Test(arguments: ["generated/g02-cornwall-2022.pdf-reportlab.pdf", "generated/g02-cornwall-2022.pdf-cairo.pdf",
                      "fixtures/pdf/times-g02-cornwall.pdf", "fixtures/pdf/chromium-g02-cornwall-centred-cells.pdf"])
    func longDecisionsTableComesOutCellForCell(_ path: String) throws {
        let expectedJSON = try PDFSupport.data(String(path.dropLast(4)) + ".json")
        let expected = try JSONDecoder().decode(AnnualReviewLetter.self, from: expectedJSON)
        let expectedRows = try #require(expected.decisions).map(PDFTableTests.cells)
        #expect(expectedRows.count >= 60)

        let document = try PDFSupport.tabulated(path)
        let table = try #require(document.tables.first { $0.kind == .decisions })
        #expect(table.header == ["Reference", "Authority", "Category", "Decided", "Decision", "Decision Reason",
                                 "Remedy", "Service improvement recommendations"])
        #expect(table.unparsed.isEmpty, "\(table.unparsed)")
        #expect(table.rows.count == expectedRows.count)
        for row in table.rows {
            #expect(row.cells.count == table.header.count)
            #expect(row.cells != table.header, "repeated header kept as a row")
        }
        for (row, expectedCells) in zip(table.rows, expectedRows) {
            #expect(row.cells == expectedCells)
        }
        // The pages the table runs over all show up in the rows' provenance.
        let pages = Set(table.rows.flatMap { $0.origins.map(\.page) })
        #expect(pages.count >= 2)
    }

    @Test func rowSplitByAPageBreakIsOneRow() throws {
        // reportlab splits two tall rows of this letter over a page break (INDEX.tsv: split_rows 2).
        let document = try PDFSupport.tabulated("generated/g02-cornwall-2022.pdf-reportlab.pdf")
        let rows = document.tables.flatMap(\.rows)
        let overPages = rows.filter { Set($0.origins.map(\.page)).count > 1 }
        #expect(overPages.count == 2)
    }

    // MARK: made-up words

    static func word(_ text: String, _ x: Double, _ y: Double, bold: Bool = false, size: Double = 8) -> PositionedWord {
        let width = Double(text.count) * size * 0.5
        return PositionedWord(text: text, box: Box(x0: x, y0: y - size * 0.72, x1: x + width, y1: y + size * 0.21),
                              fontSize: size, isBold: bold)
    }

    static func line(_ page: Int, _ y: Double, _ cells: [(Double, String)], bold: Bool = false) -> Block {
        var words: [PositionedWord] = []
        for (x, text) in cells {
            var cx = x
            for piece in text.split(separator: " ") {
                let w = word(String(piece), cx, y, bold: bold)
                words.append(w)
                cx = w.box.x1 + 2
            }
        }
        let text = words.map(\.text).joined(separator: " ")
        return Block(kind: .tableRow, lines: [text], text: text, words: words, origins: [Origin(page: page)])
    }

    static let columns: [Double] = [40, 110, 200, 320, 440]

    static func header(_ page: Int) -> Block {
        // "Service improvement" / "recommendations" wrap onto a second line.
        let first = line(page, 60, zip(columns, ["Reference", "Authority", "Decision", "Reason", "Service"]).map { ($0, $1) }, bold: true)
        let second = line(page, 69, [(440, "improvement")], bold: true)
        var block = first
        block.words += second.words
        block.lines = [first.text, second.text]
        block.text = first.text + " " + second.text
        return block
    }

    @Test func wrappedCellsJoinAndSlashesStayTogether() {
        let blocks = [
            PDFTableTests.header(1),
            PDFTableTests.line(1, 90, [(40, "12345678"), (110, "X Council"), (200, "Incomplete/"), (320, "Not warranted"), (440, "Training")]),
            PDFTableTests.line(1, 99, [(200, "Invalid"), (320, "by alleged fault")]),
            PDFTableTests.line(1, 115, [(40, "23456789"), (110, "X Council"), (200, "Upheld"), (440, "")]),
        ]
        let table = PositionedTableBuilder.table(blocks, segmentIndex: 3)
        #expect(table.header == ["Reference", "Authority", "Decision", "Reason", "Service improvement"])
        #expect(table.segmentIndex == 3)
        #expect(table.rows.map(\.cells) == [
            ["12345678", "X Council", "Incomplete/Invalid", "Not warranted by alleged fault", "Training"],
            ["23456789", "X Council", "Upheld", "", ""],
        ])
        #expect(table.unparsed.isEmpty)
    }

    /// A narrow Authority cell broke the authority's name inside a word ("Northumberlan" ⏎
    /// "d County Council"): the cell is spelled as the letter names its authority, as the text
    /// tables' cells are (`CellSpelling`, one rule for every table builder).
    @Test func anAuthorityBrokenInsideAWordIsSpelledAsTheLetterNamesIt() {
        let blocks = [
            PDFTableTests.header(1),
            PDFTableTests.line(1, 90, [(40, "12345678"), (110, "Northumberlan"), (200, "Upheld")]),
            PDFTableTests.line(1, 99, [(110, "d County Council")]),
        ]
        let authorities = AuthorityNames(addressLines: ["Chief Executive", "Northumberland County Council"])
        let table = PositionedTableBuilder.table(blocks, segmentIndex: 0, authorities: authorities)
        #expect(table.rows.map(\.cells) == [["12345678", "Northumberland County Council", "Upheld", "", ""]])
        #expect(PositionedTableBuilder.table(blocks, segmentIndex: 0).rows.first?.cells[1] == "Northumberlan d County Council")
    }

    @Test func repeatedHeaderIsDroppedAndATailOnTheNextPageJoinsItsRow() {
        let blocks = [
            PDFTableTests.header(1),
            PDFTableTests.line(1, 90, [(40, "12345678"), (110, "X Council"), (200, "Closed after"), (320, "Premature")]),
            PDFTableTests.header(2),
            PDFTableTests.line(2, 90, [(200, "initial enquiries"), (320, "Decision")]),
            PDFTableTests.line(2, 105, [(40, "2345 6789"), (110, "X Council"), (200, "Upheld")]),
        ]
        let table = PositionedTableBuilder.table(blocks, segmentIndex: 0)
        #expect(table.rows.map(\.cells) == [
            ["12345678", "X Council", "Closed after initial enquiries", "Premature Decision", ""],
            ["23456789", "X Council", "Upheld", "", ""],
        ])
        #expect(table.rows[0].origins.map(\.page) == [1, 2])
        #expect(table.unparsed.isEmpty)
    }

    @Test func cellsCentredDownStayInTheirRow() {
        // Row 1: two-line cells around a one-line reference; row 2 the same, 8 pt further down
        // than the padding between lines of a cell.
        let blocks = [
            PDFTableTests.header(1),
            PDFTableTests.line(1, 86, [(110, "London Borough"), (200, "Closed after")]),
            PDFTableTests.line(1, 90.5, [(40, "12345678"), (320, "Premature")]),
            PDFTableTests.line(1, 95, [(110, "of Hackney"), (200, "initial enquiries")]),
            PDFTableTests.line(1, 112, [(110, "London Borough"), (440, "Training and")]),
            PDFTableTests.line(1, 116.5, [(40, "23456789"), (200, "Upheld")]),
            PDFTableTests.line(1, 121, [(110, "of Hackney"), (440, "guidance")]),
        ]
        let table = PositionedTableBuilder.table(blocks, segmentIndex: 0)
        #expect(table.rows.map(\.cells) == [
            ["12345678", "London Borough of Hackney", "Closed after initial enquiries", "Premature", ""],
            ["23456789", "London Borough of Hackney", "Upheld", "", "Training and guidance"],
        ])
        #expect(table.unparsed.isEmpty)
    }

    @Test func whatCannotBePlacedIsKeptAsUnparsed() {
        let stray = Block(kind: .paragraph, lines: ["Note: figures are provisional"], text: "Note: figures are provisional",
                          origins: [Origin(page: 1)])
        let blocks = [
            PDFTableTests.header(1),
            PDFTableTests.line(1, 76, [(200, "orphan text")]),  // continues no row
            PDFTableTests.line(1, 90, [(40, "12345678"), (110, "X Council")]),
            PDFTableTests.line(1, 100, [(40, "n/a"), (110, "Y Council")]),  // a reference cell without digits
            stray,
        ]
        let table = PositionedTableBuilder.table(blocks, segmentIndex: 0)
        #expect(table.rows.count == 1)
        #expect(table.unparsed.map(\.text) == ["orphan text", "n/a Y Council", "Note: figures are provisional"])
        #expect(table.unparsed.map(\.afterRow) == [0, 1, 1])
    }

    @Test func columnsComeFromWrappedAndCentredHeaderCells() throws {
        // "Decision" / "Reason" centred over one column on two lines.
        let words = [
            PDFTableTests.word("Reference", 40, 60, bold: true),
            PDFTableTests.word("Decision", 112, 56, bold: true),
            PDFTableTests.word("Reason", 116, 65, bold: true),
            PDFTableTests.word("Received", 200, 60, bold: true),
        ]
        let columns = try #require(TableColumns(header: words))
        #expect(columns.columns.map(\.title) == ["Reference", "Decision Reason", "Received"])
        #expect(columns.column(of: PDFTableTests.word("Maladministration,", 100, 90)) == 1)
        #expect(columns.column(of: PDFTableTests.word("12 Apr 2020", 198, 90)) == 2)
    }

    // MARK: narrow cells

    /// A column exactly as wide as its header word leaves only padding before the next header
    /// word; the rows below keep the two apart, so the header is cut there.
    @Test func headerCellsRunTogetherAreSplitWhereTheRowsKeepThemApart() {
        // "Reference" ends at 76, "Authority" starts at 78: one cell by the header's spacing.
        let header = PDFTableTests.line(1, 60, [(40, "Reference"), (78, "Authority"), (200, "Category")], bold: true)
        let blocks = [
            header,
            PDFTableTests.line(1, 80, [(40, "12345678"), (90, "X Council"), (200, "Housing")]),
            PDFTableTests.line(1, 95, [(40, "23456789"), (90, "Y Council"), (200, "Planning")]),
        ]
        let table = PositionedTableBuilder.table(blocks, segmentIndex: 0)
        #expect(table.header == ["Reference", "Authority", "Category"])
        #expect(table.rows.map(\.cells) == [["12345678", "X Council", "Housing"], ["23456789", "Y Council", "Planning"]])
        #expect(table.unparsed.isEmpty)
    }

    /// Words of one header cell stay together: the cells below run across their gap, or only
    /// start at the cell's left edge.
    @Test func wordsOfOneHeaderCellAreNotSplit() {
        let header = PDFTableTests.line(1, 60, [(40, "Reference"), (110, "Decision Reason"), (260, "Service improvement")],
                                        bold: true)
        let blocks = [
            header,
            PDFTableTests.line(1, 80, [(40, "12345678"), (110, "No maladministration"), (260, "Yes")]),
            PDFTableTests.line(1, 95, [(40, "23456789"), (110, "Out of jurisdiction"), (260, "No")]),
        ]
        let table = PositionedTableBuilder.table(blocks, segmentIndex: 0)
        #expect(table.header == ["Reference", "Decision Reason", "Service improvement"])
        #expect(table.rows.map(\.cells) == [["12345678", "No maladministration", "Yes"], ["23456789", "Out of jurisdiction", "No"]])
    }

    /// A narrow header cell may break a word over two lines ("Decide" + "d"): the field is still
    /// named, and "Referenc…" still makes the line a header while data such as "Referred back"
    /// does not.
    @Test func headerWordsBrokenByANarrowCellStillNameTheirFields() {
        #expect(TableField.named("Referenc e") == .reference)
        #expect(TableField.named("Decide d") == .decided)
        #expect(TableField.named("Remed y") == .remedy)
        #expect(TableField.named("Service improve ment recommendations") == .serviceImprovements)
        #expect(TableField.named("Decision Reason") == .reason)
        #expect(TableField.named("Decision") == .decision)
        let header = PDFTableTests.line(1, 60, [(40, "Referenc"), (110, "Authority"), (200, "Decide")], bold: true)
        #expect(LetterCues.isTableHeader(header))
        let data = PDFTableTests.line(1, 60, [(40, "Referred back"), (110, "Authority"), (200, "Decision")])
        #expect(!LetterCues.isTableHeader(data))
    }
}
