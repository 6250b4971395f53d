@testable import AnnualReview
import Foundation
import Testing
import TestSupport

/// The letter around the tables of these tests.
let letterOpening = """
    20 July 2021

    Ms Okafor
    Chief Executive
    London Borough of Hackney

    Dear Ms Okafor

    Annual Review letter 2021

    I write to you with our annual summary of statistics for the year ending 31 March 2021.

    Yours sincerely,

    Michael King
    Local Government and Social Care Ombudsman
    """

/// Tables in text aligned with spaces (`pdftotext -layout`): read by column positions, with
/// wrapped cells on indented lines, a wrapped header, the header repeated after a page break,
/// and two columns only one space apart.
@Suite struct LayoutTextTableTests {
    static let letter = letterOpening + """


        Reference Authority   Category         Decided Decision              Service
                                                                             improvement
                                                                             recommendations
        19009377  London      Highways &       30/12/20 Closed after initial
                  Borough of  Transport                 enquiries
                  Hackney
        19010099  London      Housing          05/06/20 Upheld               Training and
                  Borough of                                                 guidance
                  Hackney

                                       Page 3
        \u{0C}Reference Authority   Category         Decided Decision              Service
                                                                             improvement
                                                                             recommendations
                                                                             for staff
        19011290  London      Planning &       15/11/20 Not Upheld
                  Borough of  Development
                  Hackney
        """

    /// The first table the tables stage reads in a letter.
    static func firstTable(_ letter: String) throws -> ParsedTable {
        try #require(Pipeline.tables(try Fixtures.segmented(letter)).tables.first)
    }

    @Test func rowsAreReadByColumnPositions() throws {
        let table = try LayoutTextTableTests.firstTable(LayoutTextTableTests.letter)
        #expect(table.header == ["Reference", "Authority", "Category", "Decided", "Decision",
                                 "Service improvement recommendations"])
        #expect(table.unparsed.isEmpty, "\(table.unparsed)")
        #expect(table.rows.map(\.cells) == [
            ["19009377", "London Borough of Hackney", "Highways & Transport", "30/12/20", "Closed after initial enquiries", ""],
            ["19010099", "London Borough of Hackney", "Housing", "05/06/20", "Upheld", "Training and guidance for staff"],
            ["19011290", "London Borough of Hackney", "Planning & Development", "15/11/20", "Not Upheld", ""],
        ])
    }

    /// LibreOffice's table as `pdftotext -layout` sets it: a header band with words broken in
    /// narrow cells, rows apart by blank lines with their cells centred down (the reference on
    /// the middle line, "of" set right after it), a date broken inside ("01/04/2" ⏎ "1").
    static let centred = letterOpening + """


                                                                          Service
        Referenc                      Decide                  Remed
                    Authority                   Decision                  improvement
        e                             d                       y
                                                                          recommendations

                    Royal Borough               Closed after
        21009178 of Kingston upon     01/04/2   initial
                    Thames            1         enquiries

                    Royal Borough                                         Training and
        21016581 of Kingston upon     06/08/2   Upheld                    guidance
                    Thames            2
        """

    @Test func centredRowsUnderAHeaderBandAreRead() throws {
        let table = try LayoutTextTableTests.firstTable(LayoutTextTableTests.centred)
        // The cut titles read as the letters print them (`TableField.title`).
        #expect(table.header == ["Reference", "Authority", "Decided", "Decision", "Remedy",
                                 "Service improvement recommendations"])
        #expect(table.unparsed.isEmpty, "\(table.unparsed)")
        #expect(table.rows.map(\.cells) == [
            ["21009178", "Royal Borough of Kingston upon Thames", "01/04/2 1", "Closed after initial enquiries", "", ""],
            ["21016581", "Royal Borough of Kingston upon Thames", "06/08/2 2", "Upheld", "", "Training and guidance"],
        ])
        let letter = try Fixtures.letter(LayoutTextTableTests.centred)
        #expect(letter.decisions?.map(\.decided?.description) == ["2021-04-01", "2022-08-06"])
    }

    /// Chromium's bold header as `pdftotext -layout` sets it: "Decided Decision" one space
    /// apart, and the rows' cells a character or two left or right from row to row, so that
    /// no gap between the date and the decision is free in every row. The header names two
    /// fields: two columns.
    static let shifted = letterOpening + """


        Reference Authority       Category             Decided Decision                Decision
                                                                                       Reason
        20010337   Royal Borough Housing               01/11/21 Advice given           Advice given -
                   of Kensington                                                       no further action
        20010779   Royal Borough Housing               01/01/22 Closed after initial   26B(2) not
                   of Kensington                                enquiries              made in 12
        21003237   Royal Borough Education &         02/09/21 Closed after initial     Other reason
                   of Kensington Children's Services          enquiries                not to
        """

    @Test func aHeaderCellNamingTwoFieldsIsTwoColumns() throws {
        let table = try LayoutTextTableTests.firstTable(LayoutTextTableTests.shifted)
        #expect(table.header == ["Reference", "Authority", "Category", "Decided", "Decision", "Decision Reason"])
        #expect(table.rows.map { $0.cells[3] } == ["01/11/21", "01/01/22", "02/09/21"])
        #expect(table.rows.map { $0.cells[4] } == ["Advice given", "Closed after initial enquiries", "Closed after initial enquiries"])
    }

    /// fpdf2's tight columns as `pdftotext -layout` sets them: a decision and its reason one
    /// word space apart, "for" where the cut between them may fall either side of it. The row
    /// is read again line by line by what each column holds: "Referred back for" ⏎ "local
    /// resolution", not "Referred back local resolution" and "for Premature Decision …".
    @Test func aWordACutGaveTheWrongCellGoesBackLineByLine() throws {
        let letter = letterOpening + """


            Reference   Authority          Category              Decided    Decision            Decision Reason
            18009928    London Borough of  Highways & Transport  14/08/19   Closed after        Not warranted by alleged
                        Hackney                                             initial enquiries   mal/service failure
            18010959    London Borough of  Planning &            31/03/20   Referred back for Premature Decision -
                        Hackney            Development                      local resolution advice given
            18012393    London Borough of  Housing               31/05/19   Incomplete/       Complaint withdrawn by
                        Hackney                                             Invalid           complainant
            """
        let table = try LayoutTextTableTests.firstTable(letter)
        #expect(table.rows.map(\.cells) == [
            ["18009928", "London Borough of Hackney", "Highways & Transport", "14/08/19", "Closed after initial enquiries",
             "Not warranted by alleged mal/service failure"],
            ["18010959", "London Borough of Hackney", "Planning & Development", "31/03/20", "Referred back for local resolution",
             "Premature Decision - advice given"],
            ["18012393", "London Borough of Hackney", "Housing", "31/05/19", "Incomplete/Invalid", "Complaint withdrawn by complainant"],
        ])
    }

    @Test func theLetterAroundTheTableIsUntouched() throws {
        let letter = try Fixtures.letter(LayoutTextTableTests.letter)
        #expect(letter.signatory?.name == "Michael King")
        #expect(letter.decisions?.count == 3)
        #expect(letter.decisions?.first?.decided?.description == "2020-12-30")
    }
}

/// A table written one cell per paragraph, row after row (`pdftotext` without `-layout`).
@Suite struct CellStreamTableTests {
    static let letter = letterOpening + """


        Reference

        Authority

        Category

        Received

        20000661

        London Borough of Hackney

        Environmental Services &
        Public Protection & Regulation

        12 Apr 2020

        20003289

        London Borough of Hackney

        Null

        27 May 2020

        Page 2

        Reference

        Authority

        Category

        Decided

        Decision

        Remedy

        20003289

        London Borough of Hackney

        Housing

        01/06/20

        Upheld

        Apology
        """

    @Test func cellsAreGatheredIntoRows() throws {
        let tables = Pipeline.tables(try Fixtures.segmented(CellStreamTableTests.letter)).tables
        #expect(tables.count == 2)
        #expect(tables.first?.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Environmental Services & Public Protection & Regulation", "12 Apr 2020"],
            ["20003289", "London Borough of Hackney", "Null", "27 May 2020"],
        ])
        #expect(tables.last?.rows.map(\.cells) == [["20003289", "London Borough of Hackney", "Housing", "01/06/20", "Upheld", "Apology"]])
        let letter = try Fixtures.letter(CellStreamTableTests.letter)
        #expect(letter.complaintsReceived?.count == 2)
        #expect(letter.decisions?.first?.remedy == "Apology")
    }

    /// Fewer cells than columns: a date column takes only a date, and a date waits for it.
    @Test func aMissingCellLeavesItsColumnEmpty() {
        let fields: [TableField] = [.reference, .authority, .category, .decided, .decision]
        #expect(CellStreamTable.place(["1", "X Council", "01/06/20", "Upheld"], fields: fields)
                == ["1", "X Council", "", "01/06/20", "Upheld"])
        #expect(CellStreamTable.place(["1", "X Council", "Housing", "Upheld"], fields: fields)
                == ["1", "X Council", "Housing", "", "Upheld"])
    }

    /// pdftotext of a table whose first row stands close under its header (LibreOffice's PDF
    /// of a Word letter): each column's name and the first row's cell in one paragraph. On
    /// the next page the header again, then one cell a paragraph, which the flat-table pass
    /// reads as lines: the region is read page by page and nothing is lost.
    @Test func aFirstRowSetUnderItsHeaderInOneParagraphIsTheFirstRow() throws {
        let text = letterOpening + """


            Reference
            20000661

            Authority
            London Borough of Hackney

            Category
            Housing

            Received
            12 Apr 2020

            20003289

            London Borough of Hackney

            Null

            27 May 2020

            \u{0C}Reference

            Authority

            Category

            Received

            20004111

            London Borough of Hackney

            Education

            29 May 2020
            """
        let tables = Pipeline.tables(try Fixtures.segmented(text)).tables
        #expect(tables.count == 1)
        #expect(tables.first?.header == ["Reference", "Authority", "Category", "Received"])
        #expect(tables.first?.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Housing", "12 Apr 2020"],
            ["20003289", "London Borough of Hackney", "Null", "27 May 2020"],
            ["20004111", "London Borough of Hackney", "Education", "29 May 2020"],
        ])
        #expect(tables.first?.unparsed.isEmpty == true)
    }
}

/// A cell's tail set in the row below goes back up only where the column's values say so.
@Suite struct ShiftedCellTailsTests {
    let decision = FlatRowTable.ColumnKind(.decision, authorities: AuthorityNames(addressLines: []))

    @Test func theShortestCompletingHeadMovesUpAndTheRestStaysWhole() {
        let split = ShiftedCellTails.split("local resolution Upheld", completing: "Referred back for", in: decision)
        #expect(split?.0 == "Referred back for local resolution")
        #expect(split?.1 == "Upheld")
    }

    /// Nothing to move: a cell of spaces only, or words that complete nothing.
    @Test func aCellOfSpacesOrWordsThatCompleteNothingStay() {
        #expect(ShiftedCellTails.split("   ", completing: "Referred back for", in: decision) == nil)
        #expect(ShiftedCellTails.split("Upheld", completing: "Referred back for", in: decision) == nil)
    }
}
