@testable import AnnualReview
import Testing
import TestSupport

/// Pipe tables as pymupdf4llm writes a LibreOffice table: a header set as several rows of
/// cells, a column cut into pieces, the same table cut differently under a page's header.
@Suite struct CellColumnsTests {
    static let letter = letterOpening + """


        |||||||**Service**|
        |**Referenc**|**Authority**||**Ca**|**tegory**|**Decide**|**improvement**|
        |**e**|||||**d**|**recommendations**|
        |---|---|---|---|---|---|---|
        |19000565|London B|orough of Hackney|Pla|nning & Development|01/04/1<br>9||
        |19001795|London B|orough of Hackney|Cor|porate & Other Services|02/05/1<br>9||
        |**Referenc**<br>**e**|**Authority**|**Category**||**Decide**<br>**d**|**Service**<br>**improvement**<br>**recommendations**|
        |---|---|---|---|---|---|
        |19014109|London Borough of Hackney|Benefits & Tax||18/11/1<br>9|Training and<br>guidance|
        """

    @Test func aHeaderOfSeveralRowsIsOneHeader() throws {
        let blocks = try Fixtures.normalized(CellColumnsTests.letter).blocks.filter { $0.kind == .tableRow }
        #expect(blocks.first?.cells == ["Referenc e", "Authority", "", "Ca", "tegory", "Decide d",
                                        "Service improvement recommendations"])
    }

    @Test func piecesOfAColumnArePutBackByTheHeader() throws {
        let columns = CellColumns(header: ["Reference", "Authority", "", "Ca", "tegory", "", "Received"])
        #expect(columns.titles == ["Reference", "Authority", "Category", "Received"])
        // Pieces joined with a space; the tables stage spells closed values and the letter's
        // own authority back (they compare without spaces).
        #expect(columns.place(["19000565", "Chesterfield B", "orough Council", "Pla", "nning & D", "evelopment", "10 Apr 2019"])
                == ["19000565", "Chesterfield B orough Council", "Pla nning & D evelopment", "10 Apr 2019"])
        // Under a repeated header cut differently, each column goes to the first header's of its field.
        let again = CellColumns(repeated: ["Reference", "Authority", "Category", "", "Received"], of: columns)
        #expect(again.place(["19000566", "Chesterfield Borough Council", "Housing", "", "11 Apr 2019"])
                == ["19000566", "Chesterfield Borough Council", "Housing", "11 Apr 2019"])
        // A column of no known field is matched by its title, not merged into its neighbour.
        let notes = CellColumns(header: ["Reference", "Authority", "Notes"])
        let notesAgain = CellColumns(repeated: ["Reference", "", "Authority", "Notes"], of: notes)
        #expect(notesAgain.place(["1900001", "", "X Council", "n1"]) == ["1900001", "X Council", "n1"])
        // Pieces of a free-text cell keep a space: two words are never run into one.
        #expect(CellColumns(header: ["Reference", "Notes", ""]).place(["1900001", "Training", "and guidance"])
                == ["1900001", "Training and guidance"])
        // A header naming no column places nothing (the row is reported, not read).
        #expect(CellColumns(header: ["", ""]).place(["1900001", "x"]) == nil)
    }

    /// pymupdf4llm may part a LibreOffice header line's glyphs into two lines by their
    /// baselines, each keeping its glyphs in order ("Athit" over "uory"): the two make the name.
    @Test func aHeaderLinesGlyphsPartedIntoTwoLinesMakeTheNames() throws {
        let text = letterOpening + """


            ||||||**Service**|
            |**Referenc**|**Athit**|**Ct**|**Decide**|**Dii R**|**it**|
            |**e**|**uory**|**aegory**|**d**|**ecson eason**|**mprovemen**|
            ||||||**recommendations**|
            |19014109|London Borough of Hackney|Benefits & Tax|18/11/19|Out of jurisdiction||
            """
        let blocks = try Fixtures.normalized(text).blocks.filter { $0.kind == .tableRow }
        #expect(blocks.first?.cells == ["Referenc e", "Authority", "Category", "Decide d", "Decision Reason",
                                        "Service improvement recommendations"])
        #expect(TableField.interleavedName("Rd", "emey") == "Remedy")
        #expect(TableField.interleavedName("Hosn", "uig") == nil)  // letters of no name
        #expect(TableField.interleavedName("Athit", "") == nil)
    }

    /// pymupdf4llm may cut a wrapped header cell into two columns, each line at the same
    /// edge ("Servic" | "e", "improv" | "ement", "recom" | "mendations"): the two make one
    /// column whose title is the pieces put together line by line.
    @Test func aHeaderCellCutLineByLineIsPutTogetherWordByWord() throws {
        let text = letterOpening + """


            |**Referenc**|||**Decide**|**Servic**<br>|**e**<br>|
            |**e**|**Authority**|**Category**|**d**|**improv**<br>**recom**|**ement**<br>**mendations**|
            |19014109|London Borough of Hackney|Benefits & Tax|18/11/1<br>9|||
            """
        let header = try #require(try Fixtures.normalized(text).blocks.first { $0.kind == .tableRow })
        #expect(header.cells == ["Referenc e", "Authority", "Category", "Decide d", "Servic improv recom", "e ement mendations"])
        let columns = CellColumns(header: header.cells)
        #expect(columns.titles == ["Referenc e", "Authority", "Category", "Decide d", "Service improvement recommendations"])
        #expect(columns.place(["19014109", "London Borough of Hackney", "Benefits & Tax", "18/11/19", "", ""])
                == ["19014109", "London Borough of Hackney", "Benefits & Tax", "18/11/19", ""])
    }

    /// markitdown sets a cell's second line under its row, outside the pipes: it goes back in
    /// the one cell whose known value it completes; a line that completes none is reported.
    @Test func aCellsLineOutsideThePipesGoesBackInItsCell() throws {
        let text = letterOpening + """


            | Reference | Authority | Category | Received |
            | --- | --- | --- | --- |
            | 21000492 | CornwallCouncil | EnvironmentalServices& | 09Apr2021 |
            PublicProtection&Regulation
            | 21000633 | CornwallCouncil | Housing | 11Apr2021 |
            A line of no cell
            | 21000634 | CornwallCouncil | Education | 12Apr2021 |
            """
        let table = try #require(Pipeline.tables(try Fixtures.segmented(text)).tables.first)
        #expect(table.rows.map { $0.cells[2] } == ["Environmental Services & Public Protection & Regulation", "Housing", "Education"])
        #expect(table.unparsed.map(\.text) == ["A line of no cell"])
    }

    /// The same after the table's last row: the line goes back in its cell, it is not text
    /// after the table.
    @Test func theLastRowsCellLineOutsideThePipesGoesBackInItsCell() throws {
        let text = letterOpening + """


            | Reference | Authority | Category | Received |
            | --- | --- | --- | --- |
            | 21000633 | CornwallCouncil | Housing | 11Apr2021 |
            | 21000634 | CornwallCouncil | Education&Children's | 12Apr2021 |
            | -------- | ------------- | -------------------- | --------- |
            Services
            """
        let table = try #require(Pipeline.tables(try Fixtures.segmented(text)).tables.first)
        #expect(table.rows.map { $0.cells[2] } == ["Housing", "Education & Children's Services"])
        #expect(table.unparsed.isEmpty)
    }

    /// Text after the letter's last table that no panel or table takes is reported, never
    /// dropped.
    @Test func textAfterTheLastTableIsReported() throws {
        let text = letterOpening + """


            | Reference | Authority | Category | Received |
            | --- | --- | --- | --- |
            | 21000633 | Cornwall Council | Housing | 11 Apr 2021 |

            Chair, Commission for Local Administration in England
            """
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings.contains { $0.code == .unparsedLine && $0.message.contains("'Chair, Commission for Local Administration in England'") })
    }

    @Test func theRowsReadUnderEachHeader() throws {
        let letter = try Fixtures.letter(CellColumnsTests.letter)
        let decisions = try #require(letter.decisions)
        #expect(decisions.map(\.reference) == ["19000565", "19001795", "19014109"])
        #expect(decisions.map(\.authority) == Array(repeating: "London Borough of Hackney", count: 3))
        #expect(decisions.map(\.category) == ["Planning & Development", "Corporate & Other Services", "Benefits & Tax"])
        #expect(decisions.map(\.decided?.description) == ["2019-04-01", "2019-05-02", "2019-11-18"])
        #expect(decisions.last?.serviceImprovements == "Training and guidance")
    }
}

/// markitdown over a tightly set PDF: small pipe tables with padded cells (never read as
/// columns of prose), spaces lost inside cells, a row's wrapped cell on the plain line under it.
@Suite struct PipeRowsWithLostSpacesTests {
    static let letter = letterOpening + """


        | Reference | Authority | Category | Received |
        | --- | --- | --- | --- |
        | 20001755 | LondonBoroughofHackney | Education&Children's | 01May2021 |
        Services
        | 20002848 | LondonBoroughofHackney | Null                   | 20May2021 |
        | 20003144 | LondonBoroughofHackney | Planning&Development   | 25May2021 |
        """

    @Test func rowsAreReadWithTheirSpacesPutBack() throws {
        let letter = try Fixtures.letter(PipeRowsWithLostSpacesTests.letter)
        let rows = try #require(letter.complaintsReceived)
        #expect(rows.map(\.reference) == ["20001755", "20002848", "20003144"])
        #expect(rows.map(\.authority) == Array(repeating: "London Borough of Hackney", count: 3))
        // The plain line under a row goes into the one cell whose known value it completes
        // (`TableValues.cellCompleted`); a line that completes none is quoted, never guessed.
        #expect(rows.map(\.category) == ["Education & Children's Services", nil, "Planning & Development"])
        #expect(!letter.warnings.contains { $0.code == .unparsedLine })
        #expect(rows.map(\.received?.description) == ["2021-05-01", "2021-05-20", "2021-05-25"])
    }
}

/// pymupdf4llm may set two columns' names in one header cell ("Remedy" and "Service
/// improvement recommendations") while the rows keep a cell for each column: a row with a
/// cell for every named column is read cell for cell, not reported.
@Suite struct MergedHeaderCellTests {
    static let letter = letterOpening + """


        |**Reference**|**Authority**|**Category**|**Decided**|**Decision**|**Decision Reason**|**Remedy**<br>**Service**<br>**improvement**<br>**recommendations**|
        |---|---|---|---|---|---|---|
        |18004916|Lichfield<br>District<br>Council|Planning & Development|30/09/18|Closed after initial<br>enquiries|Other reason not to<br>investigate|||
        |18005094|Lichfield<br>District<br>Council|Highways & Transport|10/07/18|Upheld|Maladministration and<br>injustice|Apology|Procedure or policy<br>change/review|
        """

    @Test func aRowWithACellPerNamedColumnIsReadCellForCell() throws {
        let letter = try Fixtures.letter(MergedHeaderCellTests.letter)
        let decisions = try #require(letter.decisions)
        #expect(decisions.map(\.reference) == ["18004916", "18005094"])
        #expect(decisions.last?.remedy == "Apology")
        #expect(decisions.last?.serviceImprovements == "Procedure or policy change/review")
        #expect(!letter.warnings.contains { $0.code == .unparsedLine })
    }
}
