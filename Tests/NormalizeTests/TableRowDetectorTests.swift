import AnnualReview
import Testing
import TestSupport

@Suite struct TableRowDetectorTests {
    @Test func tabSeparated() {
        #expect(TableRowDetector.cells("19000565\tX Council\t\t") == ["19000565", "X Council", "", ""])
        #expect(TableRowDetector.cells("only\t") == nil)
    }

    @Test func markdownPipesWithoutTheSeparatorLine() {
        #expect(TableRowDetector.cells("| Reference | Authority | Category |") == ["Reference", "Authority", "Category"])
        #expect(TableRowDetector.cells("|---|:---:|---|") == nil)
        #expect(TableRowDetector.cells("| 19000565 | **X** Council | Null |") == ["19000565", "X Council", "Null"])
    }

    /// pymupdf4llm may set two rows in one pipe row at a page's foot, each cell's lines one
    /// row's under the other's, the second row stopping where the page does: cut where whole
    /// values end (a date, a category, a decision, a reason) and where the authority comes again.
    @Test func rowsStackedInOnePipeRowAreCutApart() throws {
        let line = "|21010040<br>21011929|Royal Borough<br>of Kensington<br>and Chelsea<br>Royal Borough|Housing<br>Planning &|"
            + "24/12/2<br>1<br>07/11/2|Closed after<br>initial enquiries<br>Referred back|26B(2) not made in<br>12 months<br>Premature|||"
        let rows = try #require(TableRowDetector.stackedRows(line))
        #expect(rows == [
            ["21010040", "Royal Borough of Kensington and Chelsea", "Housing", "24/12/2 1", "Closed after initial enquiries",
             "26B(2) not made in 12 months", "", ""],
            ["21011929", "Royal Borough", "Planning &", "07/11/2", "Referred back", "Premature", "", ""],
        ])
        // One reference, or references that are not alone on their lines: no stack.
        #expect(TableRowDetector.stackedRows("|21010040|Royal Borough<br>of Kensington|Housing|") == nil)
        #expect(TableRowDetector.stackedRows("|**Reference**<br>21010040|**Authority**<br>Sefton Council|") == nil)
    }

    /// A pipe row of more stacked references than a page break makes, or cells of more lines
    /// than rows wrap onto, is not cut (the ways to cut grow as lines to the power of rows).
    @Test func aStackBeyondThePageBreaksIsNotCut() {
        let references = (0..<12).map { String(21010040 + $0) }.joined(separator: "<br>")
        let lines = Array(repeating: "Housing", count: 60).joined(separator: "<br>")
        #expect(TableRowDetector.stackedRows("|\(references)|\(lines)|") == nil)
        #expect(TableRowDetector.stackedRows("|21010040<br>21011929|\(lines)|") == nil)
    }

    /// A cell of free text that reads as well cut anywhere leaves the row as it was.
    @Test func aStackThatCannotBeCutClearlyStaysOneRow() {
        let line = "|21010040<br>21011929|Sefton Council<br>Sefton Council|Housing<br>Housing|some notes<br>written<br>here|"
        #expect(TableRowDetector.stackedRows(line) == nil)
    }

    /// pymupdf4llm may set a table's header and first row in the same pipe cells, each name
    /// in bold before a `<br>`: two rows, the header's cell empty where no name stands.
    @Test func aHeaderAndItsFirstRowInOnePipeRow() throws {
        let line = "|**Reference**<br>18018682|**Authority**<br>Tameside Met|ropolitan Borough C|**Received**<br>17 Feb 2019|"
        let split = try #require(TableRowDetector.headerAndFirstRow(line))
        #expect(split.header == ["Reference", "Authority", "", "Received"])
        #expect(split.row == ["18018682", "Tameside Met", "ropolitan Borough C", "17 Feb 2019"])
        #expect(TableRowDetector.headerAndFirstRow("|**Reference**|**Authority**|") == nil)
        #expect(TableRowDetector.headerAndFirstRow("|**Decision**<br>Upheld|**Reason**<br>Fault|") == nil)
        // A cell that names two columns the renderer merged: both names are the header's.
        let merged = "|**Reference**<br>22000388|**Authority**<br>Stoke-on-Trent City Council|**Category**<br>**Received**<br>Benefits & Tax<br>07 Apr 2022|"
        let both = try #require(TableRowDetector.headerAndFirstRow(merged))
        #expect(both.header == ["Reference", "Authority", "Category Received"])
        #expect(both.row == ["22000388", "Stoke-on-Trent City Council", "Benefits & Tax 07 Apr 2022"])
    }

    @Test func htmlCells() {
        #expect(TableRowDetector.cells("<tr><td>19000565</td><td>X &amp; Y</td><td></td></tr>") == ["19000565", "X & Y", ""])
        #expect(TableRowDetector.cells("<tr><th>Reference</th><th>Authority</th></tr>") == ["Reference", "Authority"])
    }

    @Test func spaceAlignedOnlyForHeadersAndReferenceRows() {
        #expect(TableRowDetector.cells("19000565    Chesterfield Borough Council    Planning & Development    10 Apr 2019")
                == ["19000565", "Chesterfield Borough Council", "Planning & Development", "10 Apr 2019"])
        #expect(TableRowDetector.cells("Reference   Authority   Category   Received") == ["Reference", "Authority", "Category", "Received"])
        #expect(TableRowDetector.cells("Some prose  with  double  spaces in it") == nil)
    }
}

@Suite struct RenderingVariantTests {
    @Test func oneParagraphPerLineWithoutBlankLines() throws {
        let long = "Word " + String(repeating: "word ", count: 30) + "end."
        let doc = try Fixtures.normalized("Heading\n\(long)\n\(long)\n")
        #expect(doc.blocks.count == 3)
    }

    @Test func listItemsAreSeparateBlocks() throws {
        let doc = try Fixtures.normalized("Points:\n- first point\n- second point\n")
        #expect(doc.blocks.map(\.text) == ["Points:", "first point", "second point"])
    }

    @Test func setextHeadingUnderlinesAreNotText() throws {
        let doc = try Fixtures.normalized("Complaint statistics\n====================\n\nText.\n")
        #expect(doc.blocks.map(\.text) == ["Complaint statistics", "Text."])
    }
}
