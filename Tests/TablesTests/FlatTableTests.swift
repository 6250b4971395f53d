import AnnualReview
import Foundation
import Testing
import TestSupport

/// Tables whose rendering lost the cell boundaries: rows as cells joined by single spaces
/// (pdfplumber, markitdown), as a stream of cells (pypdf, pdftotext), column by column (pypdf).
@Suite struct FlatTableTests {
    let opening = "Local Government & Social Care OMBUDSMAN\n\nBy email\n\nMs Okafor\nChief Executive\nLondon Borough of Hackney\n\n"
        + "Dear Ms Okafor\n\nAnnual Review letter 2021\n\nText.\n\nYours sincerely,\n\nA Person\n\n"

    func tables(_ tableText: String) throws -> [ParsedTable] {
        Pipeline.tables(try Fixtures.segmented(opening + tableText)).tables
    }

    @Test func rebuildsWrappedRowsFromWhatEachColumnHolds() throws {
        let text = """
        Reference Authority Category Decided Decision DecisionReason Remedy Service
        improvement
        recommendations
        19009377 LondonBorough Highways& 30/12/20 Closedafter Outofjurisdiction
        ofHackney Transport initial
        enquiries
        19012096 LondonBorough Education& 25/12/20 Upheld Maladministration, Trainingand
        ofHackney Children's noinjustice guidance
        Services

        """
        let table = try #require(try tables(text).first)
        #expect(table.fields == [.reference, .authority, .category, .decided, .decision, .reason, .remedy, .serviceImprovements])
        #expect(table.rows.map(\.cells) == [
            ["19009377", "London Borough of Hackney", "Highways & Transport", "30/12/20", "Closed after initial enquiries",
             "Out of jurisdiction", "", ""],
            ["19012096", "London Borough of Hackney", "Education & Children's Services", "25/12/20", "Upheld",
             "Maladministration, no injustice", "", "Training and guidance"],
        ])
        #expect(table.unparsed.isEmpty)
    }

    /// LibreOffice centres a table's cells in their rows; a tool that writes printed lines
    /// (pdfplumber, markitdown) then sets a row's reference on its middle line, the pieces of
    /// taller cells on the lines above and below it, and the header's pieces likewise.
    @Test func readsRowsWhoseCellsAreCentredAroundTheirReference() throws {
        let text = """
        Service
        Referenc Decide Remed
        Authority Category Decision Decision Reason improvement
        e d y
        recommendations
        London
        Highways & 30/12/2 Closed after Out of
        19009377 Borough of
        Transport 0 initial enquiries jurisdiction
        Hackney
        London Maladministration,
        Education & 25/12/2
        19012096 Borough of Upheld no injustice Training and
        Children's Services 0
        Hackney guidance

        """
        let table = try #require(try tables(text).first)
        #expect(table.fields == [.reference, .authority, .category, .decided, .decision, .reason, .remedy, .serviceImprovements])
        #expect(table.rows.map(\.cells) == [
            ["19009377", "London Borough of Hackney", "Highways & Transport", "30/12/20", "Closed after initial enquiries",
             "Out of jurisdiction", "", ""],
            ["19012096", "London Borough of Hackney", "Education & Children's Services", "25/12/20", "Upheld",
             "Maladministration, no injustice", "", "Training and guidance"],
        ])
        #expect(table.unparsed.isEmpty)
    }

    /// A one-line cell stands on the reference line, a two-line cell's lines above and below
    /// it: the reason's first line ("Advice given - no") holds the decision's value too, and
    /// read top to bottom would give it to the decision; read from the reference line out,
    /// the decision and the reason are both whole.
    @Test func aCentredRowIsReadFromItsReferenceLineOut() throws {
        let text = """
        Reference Authority Category Decided Decision Decision Reason
        London
        Adult Care 15/04/1 Advice given - no
        19000483 Borough of Advice given
        Services 9 further action
        Hackney
        London
        01/05/1 Premature Decision -
        19001462 Borough of Housing Upheld
        9 referred to BinJ
        Hackney

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["19000483", "London Borough of Hackney", "Adult Care Services", "15/04/19", "Advice given",
             "Advice given - no further action"],
            ["19001462", "London Borough of Hackney", "Housing", "01/05/19", "Upheld",
             "Premature Decision - referred to BinJ"],
        ])
        #expect(table.unparsed.isEmpty, "\(table.unparsed)")
    }

    @Test func readsAStreamOfCellsOneWordALine() throws {
        let words = ["Reference", "Authority", "Category", "Received", "20000661", "London", "Borough", "of", "Hackney",
                     "Adult", "Care", "Services", "12", "Apr", "2020", "20003289", "London", "Borough", "of", "Hackney",
                     "Housing", "27", "May", "2020"]
        let table = try #require(try tables(words.joined(separator: "\n") + "\n").first)
        #expect(table.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Adult Care Services", "12 Apr 2020"],
            ["20003289", "London Borough of Hackney", "Housing", "27 May 2020"],
        ])
    }

    /// A line of a stream is one cell's line: "Corporate & Other" is not the category's start
    /// and the start of the reason "Other reason not to investigate".
    @Test func aStreamLineIsNotCutIntoTwoBeginnings() throws {
        let lines = ["Reference", "Authority", "Category", "Decided", "Decision", "Decision Reason", "20000661",
                     "London Borough", "of Hackney", "Corporate & Other", "Services", "30/09/20", "Closed after",
                     "initial enquiries", "Other reason not", "to investigate"]
        let table = try #require(try tables(lines.joined(separator: "\n") + "\n").first)
        #expect(table.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Corporate & Other Services", "30/09/20", "Closed after initial enquiries",
             "Other reason not to investigate"],
        ])
    }

    /// pypdf of a table whose cells wrap: the reference and the authority's first line on one

    /// pdftotext of a table page whose second reference it read before the rest of the first
    /// row: the first row's reference and authority, the second reference, then the first
    /// row's other cells. The second reference waits for its row, which starts where a whole
    /// value comes again for a column the first row filled (the authority).
    @Test func aReferenceSetBeforeTheRestOfTheRowAboveWaitsForItsRow() throws {
        let lines = ["Reference", "Authority", "Category", "Decided", "Decision", "Decision Reason", "20000661",
                     "London Borough of Hackney", "20000662", "Corporate & Other", "Services", "30/09/20", "Advice given",
                     "Out of jurisdiction", "London Borough of Hackney", "Housing", "01/10/20", "Upheld", "Maladministration and injustice",
                     "20000663", "London Borough of Hackney", "Highways & Transport", "02/10/20", "Not Upheld",
                     "No maladministration"]
        let table = try #require(try tables(lines.joined(separator: "\n") + "\n").first)
        #expect(table.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Corporate & Other Services", "30/09/20", "Advice given", "Out of jurisdiction"],
            ["20000662", "London Borough of Hackney", "Housing", "01/10/20", "Upheld", "Maladministration and injustice"],
            ["20000663", "London Borough of Hackney", "Highways & Transport", "02/10/20", "Not Upheld", "No maladministration"],
        ])
        #expect(table.unparsed.isEmpty)
    }

    /// A reference held back that no row of its own follows still makes its row: never dropped.
    @Test func aHeldReferenceAtTheTablesEndKeepsItsRow() throws {
        let lines = ["Reference", "Authority", "Category", "Decided", "20000661", "London Borough of Hackney", "20000662",
                     "Housing", "30/09/20"]
        let table = try #require(try tables(lines.joined(separator: "\n") + "\n").first)
        #expect(table.rows.map { $0.cells[0] } == ["20000661", "20000662"])
        #expect(table.rows.first?.cells == ["20000661", "London Borough of Hackney", "Housing", "30/09/20"])
    }
    /// line, then mostly one cell's line a line ("Corporate & Other" ⏎ "Services"), a date and
    /// the decision's first line on one. Read as lines of several cells, "Corporate & Other"
    /// is cut into two beginnings; the row is read again as lines of one cell each.
    @Test func aRowOfCellLinesIsReadAgainAsSuch() throws {
        let lines = ["Reference Authority Category Decided Decision Decision Reason Remedy",
                     "20012877 London", "Borough of", "Hackney", "Corporate & Other", "Services",
                     "12/07/21 Referred back for", "local resolution", "Premature", "Decision -", "referred to BinJ",
                     "20014279 London", "Borough of", "Hackney", "Education", "15/12/21 Referred back for",
                     "local resolution", "Premature", "Decision -", "referred to BinJ"]
        let table = try #require(try tables(lines.joined(separator: "\n") + "\n").first)
        #expect(table.rows.map(\.cells) == [
            ["20012877", "London Borough of Hackney", "Corporate & Other Services", "12/07/21",
             "Referred back for local resolution", "Premature Decision - referred to BinJ", ""],
            ["20014279", "London Borough of Hackney", "Education", "15/12/21",
             "Referred back for local resolution", "Premature Decision - referred to BinJ", ""],
        ])
    }

    /// A reason broken after its dash ("Premature Decision -" ⏎ "referred to BinJ"): the dash
    /// stays with its reason; it makes no whole value of the decision beside it.
    @Test func aLoneDashStaysWithItsValue() throws {
        let text = """
        Reference Authority Category Decided Decision Decision Reason
        19000565 London Borough
        of Hackney
        Planning &
        Development
        15/05/20 Referred back for
        local resolution
        Premature
        Decision -
        referred to BinJ

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["19000565", "London Borough of Hackney", "Planning & Development", "15/05/20", "Referred back for local resolution",
             "Premature Decision - referred to BinJ"],
        ])
    }

    /// pypdf writes a row's authority a word or two a line, then the rest of its cells on one
    /// line as long as prose (its date cut by the cell's edge: "10/09/1 9"): inside a row, with the next row's reference after it, such a line
    /// goes on with the table (and so does the last row's, at the text's end).
    @Test func aRowsCellsOnOneLongLineKeepTheTableGoing() throws {
        let text = """
        Reference Authority Category Decided Decision Decision Reason Remedy Service improvement recommendations
        19001036
        London
        Borough of
        Richmond
        Benefits & Tax 10/09/1 9 Closed after initial enquiries 26(6)(c) remedy by way of proceedings in court
        19003880
        London
        Borough of
        Richmond
        Housing 12/12/1 9 Upheld Maladministration and injustice New appealable decision Procedure or policy change/review, Training and guidance

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["19001036", "London Borough of Richmond", "Benefits & Tax", "10/09/19", "Closed after initial enquiries",
             "26(6)(c) remedy by way of proceedings in court", "", ""],
            ["19003880", "London Borough of Richmond", "Housing", "12/12/19", "Upheld",
             "Maladministration and injustice", "New appealable decision", "Procedure or policy change/review, Training and guidance"],
        ])
        #expect(table.unparsed.isEmpty, "\(table.unparsed)")
    }

    /// A page break: the row's last line ("Council", a name header cells may give) stands
    /// right above the header repeated on the next page; it stays the row's, and the table goes
    /// on under the header (no second table with a "Council" column).
    @Test func aRowsLastLineAboveARepeatedHeaderStaysTheRows() throws {
        let text = """
        Reference Authority Category Decided Decision Decision Reason
        19016693 Calderdale Education & 26/01/20 Incomplete/Invalid Insufficient
        Metropolitan Children's information to
        Borough Services proceed
        Council
        19018939 Calderdale Benefits & Tax 31/03/20 Closed after initial 26(6)(c) remedy by
        Metropolitan enquiries way of proceedings
        Borough in court
        Council
        Reference Authority Category Decided Decision Decision Reason
        19020524 Calderdale Environmental 31/03/20 Upheld Maladministration,
        Metropolitan Services no injustice
        Borough
        Council

        """
        let tables = try tables(text)
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table.header == ["Reference", "Authority", "Category", "Decided", "Decision", "Decision Reason"])
        // (How three rows split their cells is not this test's: a table this short teaches the
        // reader little of what each column holds.)
        #expect(table.rows.map { $0.cells.first } == ["19016693", "19018939", "19020524"])
    }

    @Test func readsATableWrittenColumnByColumn() throws {
        let lines = ["Reference", "20000661", "20003289", "Authority", "London Borough", "of Hackney", "London Borough",
                     "of Hackney", "Category", "Environmental", "Services & Public", "Protection &", "Regulation", "Housing",
                     "Received", "12 Apr 2020", "27 May 2020"]
        let table = try #require(try tables(lines.joined(separator: "\n") + "\n").first)
        #expect(table.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Environmental Services & Public Protection & Regulation", "12 Apr 2020"],
            ["20003289", "London Borough of Hackney", "Housing", "27 May 2020"],
        ])
    }

    /// The names of the decisions table's columns after the rows of the complaints received
    /// (`pdftotext` setting a new page's header cells one by one, those it meets first): they
    /// begin the other table, they are not columns of this one.
    @Test func theOtherTablesColumnNamesEndATable() throws {
        let lines = ["Reference", "Authority", "Category", "Received", "20000661", "London Borough of Hackney", "Housing",
                     "12 Apr 2020", "20003289", "London Borough of Hackney", "Education", "27 May 2020",
                     "Decided", "Decision", "Decision Reason"]
        let tables = try tables(lines.joined(separator: "\n\n") + "\n")
        let received = try #require(tables.first)
        #expect(received.header == ["Reference", "Authority", "Category", "Received"])
        #expect(received.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Housing", "12 Apr 2020"],
            ["20003289", "London Borough of Hackney", "Education", "27 May 2020"],
        ])
        #expect(TableField.canShareATable([.reference, .decided, .decision]))
        #expect(!TableField.canShareATable([.reference, .received, .decided]))
    }

    /// A table of no rows (its header alone) right before a table written column by column:
    /// the second is a table of its own, not rows and late column names of the first.
    @Test func aTableWrittenColumnByColumnAfterAnEmptyTableIsItsOwn() throws {
        let lines = ["Reference Authority Category Received", "Reference", "20000661", "20003289", "Authority",
                     "London Borough", "of Hackney", "London Borough", "of Hackney", "Category", "Housing", "Education",
                     "Decided", "12/04/20", "27/05/20", "Decision", "Upheld", "Not Upheld"]
        let tables = try tables(lines.joined(separator: "\n") + "\n")
        let decisions = try #require(tables.last)
        #expect(decisions.header == ["Reference", "Authority", "Category", "Decided", "Decision"])
        #expect(decisions.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Housing", "12/04/20", "Upheld"],
            ["20003289", "London Borough of Hackney", "Education", "27/05/20", "Not Upheld"],
        ])
    }

    /// The first pieces of a table written in pieces: "Reference" and two references, then
    /// "Authority" and those rows' authorities, each piece followed by a blank line.
    static let firstPieces = """
        Reference
        20000661
        20003289

        Authority
        Sefton Council
        Sefton Council

        """

    /// `pdftotext` of a table drawn cell by cell (fpdf2) may give its first columns in pieces:
    /// "Reference" and a run of references, "Authority" and those rows' authorities, then the
    /// next run of references and their authorities, the other columns whole. A later run of
    /// references goes on the reference column, and the lines after it on the columns after the
    /// reference, in order, each taking a line a row before a blank line ends its piece.
    @Test func aColumnInPiecesGoesOnAfterALaterRunOfReferences() throws {
        let text = Self.firstPieces + """
        20005353
        20005776
        20006152

        Sefton Council
        Sefton Council
        Sefton Council

        Category
        Housing
        Benefits & Tax
        Environmental Services & Public Protection &
        Regulation
        Housing
        Adult Care Services

        Received
        12 Apr 2020
        27 May 2020
        02 Jul 2020
        09 Jul 2020
        16 Jul 2020

        """
        let table = try #require(try tables(text).first)
        #expect(table.header == ["Reference", "Authority", "Category", "Received"])
        #expect(table.rows.map(\.cells) == [
            ["20000661", "Sefton Council", "Housing", "12 Apr 2020"],
            ["20003289", "Sefton Council", "Benefits & Tax", "27 May 2020"],
            ["20005353", "Sefton Council", "Environmental Services & Public Protection & Regulation", "02 Jul 2020"],
            ["20005776", "Sefton Council", "Housing", "09 Jul 2020"],
            ["20006152", "Sefton Council", "Adult Care Services", "16 Jul 2020"],
        ])
        #expect(table.unparsed.isEmpty)
    }

    /// Where every named column comes in pieces, a run of references is followed by a piece of
    /// each column in turn, a blank line after each: each piece goes on its own column.
    @Test func piecesAfterARunOfReferencesGoOnTheColumnsInTurn() throws {
        let text = Self.firstPieces + """
        Received
        12 Apr 2020
        27 May 2020

        20005353
        20005776

        Sefton Council
        Sefton Council

        02 Jul 2020
        09 Jul 2020

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["20000661", "Sefton Council", "12 Apr 2020"],
            ["20003289", "Sefton Council", "27 May 2020"],
            ["20005353", "Sefton Council", "02 Jul 2020"],
            ["20005776", "Sefton Council", "09 Jul 2020"],
        ])
    }

    /// A Remedy column written column by column holds values for the upheld rows only (an empty
    /// cell leaves no line): its values go to the upheld rows in order, the other rows' cells
    /// stay empty. A column holding fewer values than there are upheld rows says not whose they
    /// are: its lines are reported.
    @Test func remediesWrittenColumnByColumnGoToTheUpheldRows() throws {
        let lines = ["Reference", "20000661", "20003289", "20005353", "Decided", "12/04/20", "27/05/20", "02/07/20",
                     "Decision", "Closed after", "initial enquiries", "Upheld", "Upheld", "Remedy", "Apology, Financial",
                     "redress: Avoidable", "distress/time and", "trouble", "Apology", "Service", "improvement",
                     "recommendations", "Training and", "guidance"]
        let table = try #require(try tables(lines.joined(separator: "\n") + "\n").first)
        #expect(table.header == ["Reference", "Decided", "Decision", "Remedy", "Service improvement recommendations"])
        #expect(table.rows.map(\.cells) == [
            ["20000661", "12/04/20", "Closed after initial enquiries", "", ""],
            ["20003289", "27/05/20", "Upheld", "Apology, Financial redress: Avoidable distress/time and trouble", ""],
            ["20005353", "02/07/20", "Upheld", "Apology", ""],
        ])
        #expect(table.unparsed.map(\.text) == ["Training and guidance"])
    }

    /// Columns whose cells are all empty leave only their names, after the last column's
    /// lines, a name going on over the next lines ("Remedy Service" ⏎ "improvement" ⏎
    /// "recommendations"): they are columns, not the last cell's text.
    @Test func namesOfEmptyColumnsAfterTheLastColumnAreColumns() throws {
        let lines = ["Reference", "20000661", "20003289", "Authority", "London Borough", "of Hackney", "London Borough",
                     "of Hackney", "Decided", "12/04/20", "27/05/20", "Decision Reason", "Insufficient information",
                     "to proceed and PA", "advised", "Out of jurisdiction", "Remedy Service", "improvement", "recommendations"]
        let table = try #require(try tables(lines.joined(separator: "\n") + "\n").first)
        #expect(table.header == ["Reference", "Authority", "Decided", "Decision Reason", "Remedy", "Service improvement recommendations"])
        #expect(table.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "12/04/20", "Insufficient information to proceed and PA advised", "", ""],
            ["20003289", "London Borough of Hackney", "27/05/20", "Out of jurisdiction", "", ""],
        ])
    }

    /// `pdftotext` sets the names of columns empty on a page after the page's last row, and the
    /// values those columns hold on that page after the names, with nothing to say whose
    /// rows they are: the names are the table's columns, not the last row's text, and the
    /// values are reported, never given to a row by guess.
    @Test func namesOfEmptyColumnsAfterAStreamsLastRowAreColumnsAndTheirValuesAreReported() throws {
        let lines = ["Reference", "Authority", "Decided", "Decision Reason", "20000661", "London Borough", "of Hackney",
                     "12/04/20", "Insufficient information", "to proceed and PA", "advised", "20003289", "London Borough",
                     "of Hackney", "27/05/20", "Out of jurisdiction", "Remedy", "Service", "improvement", "recommendations",
                     "Training and", "guidance", "Reference", "Authority", "Decided", "Decision Reason", "20004411",
                     "London Borough", "of Hackney", "02/06/20", "Out of jurisdiction"]
        // The next page's header lacks the names of the columns empty on it: the values before it
        // are still the late ones, given to no row (the table has no Decision column to say
        // which rows were upheld).
        let text = opening + lines.joined(separator: "\n\n") + "\n"
        let tabulated = Pipeline.tables(try Fixtures.segmented(text))
        let parsed = tabulated.tables
        let table = try #require(parsed.first)
        #expect(table.header == ["Reference", "Authority", "Decided", "Decision Reason", "Remedy", "Service improvement recommendations"])
        // The next page's header, naming only the columns with values on that page, repeats it.
        #expect(table.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "12/04/20", "Insufficient information to proceed and PA advised", "", ""],
            ["20003289", "London Borough of Hackney", "27/05/20", "Out of jurisdiction", "", ""],
            ["20004411", "London Borough of Hackney", "02/06/20", "Out of jurisdiction", "", ""],
        ])
        #expect(parsed.flatMap(\.rows).map { $0.cells[0] } == ["20000661", "20003289", "20004411"])
        #expect(!parsed.flatMap(\.rows).contains { $0.cells.contains { $0.contains("Training") } })
        let letter = try Pipeline.model(tabulated)
        #expect(letter.warnings.contains { $0.code == .unparsedLine && $0.message.contains("Training and guidance") })
    }

    /// The values set after a page's last row, under the names of columns empty on it, belong
    /// to the page's one upheld row where they read as a remedy then a service improvement (the
    /// Ombudsman recommends them only where it upheld a complaint); the header repeated on the
    /// next page is no unreadable text. Two upheld rows lacking them, and the values stay
    /// reported.
    @Test func lateRemediesGoToThePagesOneUpheldRow() throws {
        func read(_ decisions: [String]) throws -> (ParsedTable, AnnualReviewLetter) {
            let lines = ["Reference", "Authority", "Decision", "20000661", "London Borough", "of Hackney", decisions[0],
                         "20003289", "London Borough", "of Hackney", decisions[1], "Remedy", "Service", "improvement",
                         "recommendations", "Apology", "Training and", "guidance", "\u{0C}Reference", "Authority", "Decision",
                         "20004411", "London Borough", "of Hackney", "Not Upheld"]
            let tabulated = Pipeline.tables(try Fixtures.segmented(opening + lines.joined(separator: "\n\n") + "\n"))
            let table = try #require(tabulated.tables.first { $0.kind == .decisions })
            return (table, try Pipeline.model(tabulated))
        }
        let (table, letter) = try read(["Upheld", "Closed after initial enquiries"])
        #expect(table.rows.map(\.cells) == [
            ["20000661", "London Borough of Hackney", "Upheld", "Apology", "Training and guidance"],
            ["20003289", "London Borough of Hackney", "Closed after initial enquiries", "", ""],
            ["20004411", "London Borough of Hackney", "Not Upheld", "", ""],
        ])
        #expect(letter.warnings.filter { $0.code == .unparsedLine }.isEmpty)
        let (twoUpheld, _) = try read(["Upheld", "Upheld"])
        #expect(twoUpheld.rows.allSatisfy { $0.cells[3].isEmpty && $0.cells[4].isEmpty })
        #expect(twoUpheld.unparsed.map(\.text).contains("Apology"))
    }

    /// markitdown may cut a LibreOffice table's pipes across its centred cells: the header's
    /// rows of cells make no header by columns ("Referenc | | Decide" ⏎ "Authority | Category |
    /// Decision"), only line by line, so the rows' cells are no columns either and the rows are
    /// read as flat lines.
    @Test func pipeRowsCutAcrossCentredCellsAreReadAsFlatLines() throws {
        let text = """
        | Referenc            |                | Decide        |                        |
        | ------------------- | -------------- | ------------- | ---------------------- |
        | Authority           | Category       | Decision      | Decision Reason        |
        | e                   |                | d             |                        |
        | London Borough      |                | 23/11/1       | Advice given - no      |
        | 19002368            | Benefits & Tax | Advice given  |                        |
        | of Hackney          |                | 9             | further action         |
        | London Borough      | Planning &     | 14/01/2       | Out of jurisdiction    |
        | 19006849            |                | Not Upheld    |                        |
        | of Hackney          | Development    | 0             |                        |

        """
        let table = try #require(try tables(text).first)
        #expect(table.header == ["Reference", "Authority", "Category", "Decided", "Decision", "Decision Reason"])
        #expect(table.rows.map(\.cells) == [
            ["19002368", "London Borough of Hackney", "Benefits & Tax", "23/11/19", "Advice given", "Advice given - no further action"],
            ["19006849", "London Borough of Hackney", "Planning & Development", "14/01/20", "Not Upheld", "Out of jurisdiction"],
        ])
    }

    /// A table the letter leaves empty: its header as flat text and no row is a table of no
    /// rows (the letter's list is empty, not missing), not a paragraph.
    @Test func aHeaderWithNoRowIsAnEmptyTable() throws {
        let table = try #require(try tables("Reference Authority Category Received\n").first)
        #expect(table.kind == .complaintsReceived)
        #expect(table.rows.isEmpty)
    }

    /// A value outside every list still comes out whole, and a cut value is reported.
    @Test func keepsUnknownValuesWholeAndReportsACutOne() throws {
        let text = """
        Reference Authority Category Received
        20000661 London Borough of Hackney Libraries & Leisure 12 Apr 2020
        20003289 London Borough of Hackney Environmental Services & 27 May

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.first?.cells == ["20000661", "London Borough of Hackney", "Libraries & Leisure", "12 Apr 2020"])
        #expect(table.unparsed.count == 1)
        #expect(table.unparsed.first?.text.hasPrefix("20003289") == true)
    }

    /// Words no column can take (more than a cell holds on one line) are kept and reported.
    @Test func wordsNoColumnCanTakeAreKeptAndReported() throws {
        let words = (1...30).map { "word\($0)" }.joined(separator: " ")
        let text = "Reference Authority Category\n20000661 \(words)\n"
        let table = try #require(try tables(text).first)
        #expect(table.rows.count == 1)
        #expect(table.rows.first.map { $0.cells.dropFirst().filter { !$0.isEmpty }.joined(separator: " ") } == words)
        #expect(table.unparsed.count == 1)
    }

    /// pymupdf4llm may cut a narrow table's words into cells that break words and run one
    /// column into the next; such a row is read again by its words, as a flat row is.
    @Test func pipeCellsCutInTheWrongPlacesAreReadByTheirWords() throws {
        let text = """
        |**Reference**|**Authority**|**Ca**|**tegory**|||**Received**|
        |---|---|---|---|---|---|---|
        |18002690|London|Borough of Hackney<br>En|vironmen|tal Services & Pub|lic Protection & Regulation|17 May 2018|
        |18015599|London Borough of Hackney|Housing||||25 Dec 2018|

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["18002690", "London Borough of Hackney", "Environmental Services & Public Protection & Regulation", "17 May 2018"],
            ["18015599", "London Borough of Hackney", "Housing", "25 Dec 2018"],
        ])
    }

    /// Two narrow columns merged into one cell, header and rows alike ("Decide" ⏎ "d" over
    /// "Decision"; "30/12/2<br>0<br>Closed after<br>initial<br>enquiries"): two columns, the
    /// cell's words read by what each holds.
    @Test func aCellNamingTwoColumnsIsTwoColumns() throws {
        let text = """
        |**Referenc**|||**Decide**||
        |**e**|**Authority**|**Category**|**d**<br>**Decision**|**Decision Reason**|
        |19009377|London<br>Borough of<br>Hackney|Highways &<br>Transport|30/12/2<br>0<br>Closed after<br>initial<br>enquiries|Out of jurisdiction|

        """
        let table = try #require(try tables(text).first)
        #expect(table.fields == [.reference, .authority, .category, .decided, .decision, .reason])
        #expect(table.rows.map(\.cells) == [
            ["19009377", "London Borough of Hackney", "Highways & Transport", "30/12/20", "Closed after initial enquiries", "Out of jurisdiction"],
        ])
    }

    /// pypdf of a table whose category wrapped after its "&": the next lines go on the
    /// category, not into a cell begun with "&" ("Education" + "& Children's Services").
    @Test func aCellIsNeverBegunWithAJoiningWord() throws {
        let text = """
        Reference Authority Category Decided Decision Decision Reason Remedy Service
        improvement
        recommendations
        19017896 London Borough of Hackney Education &
        Children's
        Services
        21/12/20 Advice given Advice given - no
        further action

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["19017896", "London Borough of Hackney", "Education & Children's Services", "21/12/20", "Advice given",
             "Advice given - no further action", "", ""],
        ])
    }

    /// pdftotext of a table with narrow gaps: two cells on one baseline read as one line, and
    /// the reason's dash taken for a hyphen that joins the decision's next line to it. The
    /// decision's words and the reason's, woven, are parted by the decision's values; an
    /// unknown value that no listed value parts stays whole.
    @Test func twoCellsWovenIntoOneArePartedByTheirValues() throws {
        let text = """
        Reference Authority

        Category

        Decided Decision

        Decision Reason

        19017895

        London Borough of Hackney

        Housing

        20/12/20 Closed after
        initial
        enquiries

        Out of jurisdiction

        19017896

        London Borough of Hackney

        Housing

        21/12/20 Referred back Premature Decision for local
        advice given
        resolution

        19017897

        London Borough of Hackney

        Housing

        22/12/20 Sent back for another look

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["19017895", "London Borough of Hackney", "Housing", "20/12/20", "Closed after initial enquiries",
             "Out of jurisdiction"],
            ["19017896", "London Borough of Hackney", "Housing", "21/12/20", "Referred back for local resolution",
             "Premature Decision - advice given"],
            ["19017897", "London Borough of Hackney", "Housing", "22/12/20", "Sent back for another look", ""],
        ])
    }

    /// pdftotext sets the tail of a row that a page break cut among the names of the header
    /// repeated on the next page: the tail goes on the row, the header is the table's again.
    @Test func aCutRowsTailAmongTheRepeatedHeadersNamesGoesOnTheRow() throws {
        let text = """
        Reference

        Authority

        Category

        Received

        22010441

        London Borough of Hackney

        Highways & Transport

        28 Sep 2022

        22010907

        London Borough of Hackney

        Environmental Services & Public

        06 Oct 2022

        Reference

        Authority

        Category
        Protection & Regulation

        Received

        22010935

        London Borough of Hackney

        Housing

        06 Oct 2022

        """
        let parsed = try tables(text)
        #expect(parsed.count == 1)
        #expect(parsed.first?.unparsed.isEmpty == true)
        #expect(parsed.first?.rows.map(\.cells) == [
            ["22010441", "London Borough of Hackney", "Highways & Transport", "28 Sep 2022"],
            ["22010907", "London Borough of Hackney", "Environmental Services & Public Protection & Regulation", "06 Oct 2022"],
            ["22010935", "London Borough of Hackney", "Housing", "06 Oct 2022"],
        ])
    }

    /// A remedy list cut after its comma goes on with the next value, which a service
    /// improvement could also be: "Apology," | "Procedure or policy change/review" is one remedy
    /// list, not a remedy begun and a service improvement.
    @Test func aListEndingWithItsCommaGoesOn() throws {
        let text = """
        Reference Authority Category Decided Decision Decision Reason Remedy Service improvement recommendations
        17012329 London Borough of Hackney Adult Care Services 23/09/18 Upheld Maladministration and Apology, Procedure or policy
        injustice change/review

        """
        let table = try #require(try tables(text).first)
        #expect(table.unparsed.isEmpty)
        #expect(table.rows.map(\.cells) == [
            ["17012329", "London Borough of Hackney", "Adult Care Services", "23/09/18", "Upheld", "Maladministration and injustice",
             "Apology, Procedure or policy change/review", ""],
        ])
    }

    /// pymupdf4llm cut the decisions header's last name short and set its rest in the first
    /// row's cell ("Remedy Service improvement" over "recommendations"), under a received
    /// table whose last row it wrote as flat text: the cell header still ends the flat table,
    /// and its name is made whole from the row, whose cell is emptied.
    @Test func aHeaderNameCutShortIsCompletedFromTheFirstRow() throws {
        let text = """
        |**Reference**|**Authority**|**Category**|**Received**|
        |---|---|---|---|
        |19020968|London Borough of Hackney|Housing|27 Mar 2020|

        19020990 London Borough of Hackney Education & Children's Services 27 Mar 2020

        |**Reference**|**Authority**|**Category**|**Decided**|**Decision**|**Decision Reason**|**Remedy**<br>**Service**<br>**improvement**<br>|
        |---|---|---|---|---|---|---|
        |18009206|London Borough of Hackney|Housing|14/05/19|Referred back for<br>local resolution|Premature Decision - advice<br>given|**recommendations**|
        |18009777|London Borough of Hackney|Education|17/10/19|Upheld|Maladministration, no<br>injustice|Apology|

        """
        let parsed = try tables(text)
        #expect(parsed.map(\.kind) == [.complaintsReceived, .decisions])
        #expect(parsed.first?.rows.count == 2)
        #expect(parsed.last?.header == ["Reference", "Authority", "Category", "Decided", "Decision", "Decision Reason",
                                        "Remedy", "Service improvement recommendations"])
        #expect(parsed.last?.rows.map(\.cells) == [
            ["18009206", "London Borough of Hackney", "Housing", "14/05/19", "Referred back for local resolution",
             "Premature Decision - advice given", "", ""],
            ["18009777", "London Borough of Hackney", "Education", "17/10/19", "Upheld", "Maladministration, no injustice",
             "Apology", ""],
        ])
    }

    /// markitdown may set two columns in one cell, header and rows alike ("Reference
    /// Authority" over "22006697 London Borough of Hackney"): the row's words read by what each
    /// column holds; a row whose reference cell no reading parts from the rest is reported.
    @Test func aReferenceCellRunIntoTheNextColumnIsReadByItsWords() throws {
        let text = """
        | Reference Authority                | Category  | Received    |
        | ---------------------------------- | --------- | ----------- |
        | 22006697 London Borough of Hackney | Housing   | 25 Jul 2022 |
        | 22020639 London Borough of Hackney | Education | 22 Mar 2023 |
        | 22020640 25 Jul 2022               | Housing   | 25 Jul 2022 |

        """
        let table = try #require(try tables(text).first)
        #expect(table.kind == .complaintsReceived)
        #expect(table.rows.map(\.cells) == [
            ["22006697", "London Borough of Hackney", "Housing", "25 Jul 2022"],
            ["22020639", "London Borough of Hackney", "Education", "22 Mar 2023"],
        ])
        #expect(table.unparsed.map(\.text) == ["22020640 25 Jul 2022 Housing 25 Jul 2022"])
    }

    /// markitdown may set a table's rows as a small pipe table of fewer cells than the names
    /// of its header, which it set as text: each cell holds several columns' text, read as a
    /// flat row is. An empty table's header as text before it is a table of its own.
    @Test func pipeRowsOfFewerCellsThanAFlatHeadersNamesAreFlatRows() throws {
        let text = """
        **Reference Authority Category Received**

        Reference Authority Category Decided Decision Decision Reason Remedy Service improvement
        recommendations
        | 20008618 London Borough of | Education 15/07/21 | Referred back for    | Premature Decision  |
        | -------------------------- | ------------------ | -------------------- | ------------------- |
        | Hackney                    |                    | local resolution     | - referred to BinJ  |
        | 20021838 London Borough of | Education 21/05/21 | Closed after initial | Out of jurisdiction |
        Hackney enquiries

        """
        let parsed = try tables(text)
        #expect(parsed.map(\.kind) == [.complaintsReceived, .decisions])
        #expect(parsed.first?.rows.isEmpty == true)
        #expect(parsed.last?.rows.map(\.cells) == [
            ["20008618", "London Borough of Hackney", "Education", "15/07/21", "Referred back for local resolution",
             "Premature Decision - referred to BinJ", "", ""],
            ["20021838", "London Borough of Hackney", "Education", "21/05/21", "Closed after initial enquiries",
             "Out of jurisdiction", "", ""],
        ])
    }

    @Test func pipeCellsWithLineBreaksAndLostSpaces() throws {
        let text = """
        |**Reference**|**Authority**|**Category**|**Decided**|**Decision**|**Decision Reason**|
        |---|---|---|---|---|---|
        |20000661|London Borough of Hackney|Planning&<br>Development|01 May2019|Incomplete/<br>Invalid|Previously considered and|
        ||||||decided|

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [["20000661", "London Borough of Hackney", "Planning & Development", "01 May 2019",
                                             "Incomplete/Invalid", "Previously considered and decided"]])
    }

    /// pymupdf4llm of a table drawn without padding sets a cell's last lines in the row below:
    /// they go back up where the column's values say so, and only there.
    @Test func aCellsTailSetInTheRowBelowGoesBackUp() throws {
        let text = """
        |**Reference**|**Authority**|**Category**|**Decided**|**Decision**|**Decision Reason**|
        |---|---|---|---|---|---|
        |20008798|London Borough of<br>|Housing|15/01/22|Referred back for<br>|Premature Decision -<br>|
        |20009156|Hackney<br>London Borough of<br>Hackney|Corporate & Other<br>Services|13/12/21|local resolution<br>Upheld|referred to BinJ<br>Maladministration and injustice|
        |20010327|London Borough of Hackney|Housing|05/03/22|Not Upheld|Something the vocabulary never saw|

        """
        let table = try #require(try tables(text).first)
        #expect(table.rows.map(\.cells) == [
            ["20008798", "London Borough of Hackney", "Housing", "15/01/22", "Referred back for local resolution",
             "Premature Decision - referred to BinJ"],
            ["20009156", "London Borough of Hackney", "Corporate & Other Services", "13/12/21", "Upheld",
             "Maladministration and injustice"],
            ["20010327", "London Borough of Hackney", "Housing", "05/03/22", "Not Upheld", "Something the vocabulary never saw"],
        ])
    }
}
