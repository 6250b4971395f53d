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

    /// pymupdf4llm may set a table's header and first row in the same pipe cells, each name
    /// in bold before a `<br>`: two rows, the header's cell empty where no name stands.
    @Test func aHeaderAndItsFirstRowInOnePipeRow() throws {
        let line = "|**Reference**<br>18018682|**Authority**<br>Tameside Met|ropolitan Borough C|**Received**<br>17 Feb 2019|"
        let split = try #require(TableRowDetector.headerAndFirstRow(line))
        #expect(split.header == ["Reference", "Authority", "", "Received"])
        #expect(split.row == ["18018682", "Tameside Met", "ropolitan Borough C", "17 Feb 2019"])
        #expect(TableRowDetector.headerAndFirstRow("|**Reference**|**Authority**|") == nil)
        #expect(TableRowDetector.headerAndFirstRow("|**Decision**<br>Upheld|**Reason**<br>Fault|") == nil)
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
