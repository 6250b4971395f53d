import AnnualReview
import Foundation
import Testing
import TestSupport

@Suite struct TableBuilderTests {
    let letterHead = "Local Government & Social Care OMBUDSMAN\n\nDear Ms X\n\nAnnual Review letter 2021\n\nText.\n\nYours sincerely,\n\nA Person\n\n"

    func tables(_ tableText: String) throws -> [ParsedTable] {
        Pipeline.tables(try Fixtures.segmented(letterHead + tableText)).tables
    }

    @Test func readsBothSeedTablesWithACellPerColumn() throws {
        let text = try Fixtures.seedText("000_530d96cbad46cbd9")
        let doc = Pipeline.tables(try Fixtures.segmented(text))
        #expect(doc.tables.map(\.kind) == [.complaintsReceived, .decisions])
        #expect(doc.tables.map(\.rows.count) == [15, 14])
        for table in doc.tables {
            #expect(table.unparsed.isEmpty)
            for row in table.rows { #expect(row.cells.count == table.header.count) }
        }
        #expect(doc.tables[1].fields == [.reference, .authority, .category, .decided, .decision, .reason, .remedy, .serviceImprovements])
    }

    @Test func mergesAContinuationRowIntoTheRowAbove() throws {
        let t = try tables("Reference\tAuthority\tDecision\tReason\n1234567\tX Council\tIncomplete/\tNot warranted by\n\t\tInvalid\talleged fault\n")
        #expect(t[0].rows.count == 1)
        #expect(t[0].rows[0].cells == ["1234567", "X Council", "Incomplete/Invalid", "Not warranted by alleged fault"])
        #expect(t[0].rows[0].origins.count == 2)
    }

    /// A row the page's foot cut and the next page printed again whole (wkhtmltopdf): the cut
    /// copy is dropped, and the stray text after it still counts the rows before it.
    @Test func dropsTheCutCopyOfARowPrintedAgainOnTheNextPage() throws {
        let header = "Reference\tAuthority\tCategory\tReceived\n"
        let t = try tables(header + "1111111\tX Council\tHousing\t01 Apr 2020\n"
            + "2222222\tX\tPlanning &\t02 Apr 2020\n\u{0C}" + header
            + "2222222\tX Council\tPlanning & Development\t02 Apr 2020\n\nsome stray text\n\n"
            + "3333333\tX Council\tHousing\t03 Apr 2020\n")
        #expect(t[0].rows.map { $0.cells[0] } == ["1111111", "2222222", "3333333"])
        #expect(t[0].rows[1].cells == ["2222222", "X Council", "Planning & Development", "02 Apr 2020"])
        #expect(t[0].unparsed.map(\.afterRow) == [2])
        // A cell whose first line ends in a word broken after its hyphen.
        let broken = try tables(header + "2222222\tStoke-on-\tPlanning &\t02 Apr 2020\n\u{0C}" + header
            + "2222222\tStoke-on-Trent City Council\tPlanning & Development\t02 Apr 2020\n")
        #expect(broken[0].rows.map(\.cells) == [["2222222", "Stoke-on-Trent City Council", "Planning & Development", "02 Apr 2020"]])
    }

    /// Two rows of one reference that are not a cut copy and its whole row are both kept: the
    /// same row twice on one page, and rows whose cells differ.
    @Test func keepsRowsOfOneReferenceThatAreNoCutCopy() throws {
        let header = "Reference\tAuthority\tCategory\tReceived\n"
        let twice = try tables(header + "2222222\tX Council\tHousing\t02 Apr 2020\n"
            + "2222222\tX Council\tHousing\t02 Apr 2020\n")
        #expect(twice[0].rows.count == 2)
        let differing = try tables(header + "2222222\tX Council\tHousing\t02 Apr 2020\n\u{0C}" + header
            + "2222222\tX Council\tHousing Options\t03 Apr 2020\n")
        #expect(differing[0].rows.count == 2)
    }

    @Test func dropsARepeatedHeaderAndReportsStrayText() throws {
        let header = "Reference\tAuthority\tCategory\tReceived\n"
        let t = try tables(header + "1111111\tX Council\tHousing\t01 Apr 2020\n\nsome stray text\n\n" + header + "2222222\tX Council\tHousing\t02 Apr 2020\n")
        #expect(t.count == 1)
        #expect(t[0].rows.map { $0.cells[0] } == ["1111111", "2222222"])
        #expect(t[0].unparsed.map(\.text) == ["some stray text"])
        #expect(t[0].unparsed[0].afterRow == 1)
    }

    @Test func padsShortRowsAndRefusesOverlongOnes() throws {
        let t = try tables("Reference\tAuthority\tCategory\tReceived\n1111111\tX Council\n2222222\tX\tY\t01 Apr 2020\textra\n")
        #expect(t[0].rows.map(\.cells) == [["1111111", "X Council", "", ""]])
        #expect(t[0].unparsed.count == 1)
    }

    @Test func keepsAHeaderWithNoRowsAsAnEmptyTable() throws {
        let t = try tables("Reference\tAuthority\tCategory\tReceived\n")
        #expect(t.count == 1 && t[0].rows.isEmpty && t[0].kind == .complaintsReceived)
    }

    @Test func removesSpacesFromReferences() throws {
        let t = try tables("Reference\tAuthority\n19 000 565\tX Council\n")
        #expect(t[0].rows[0].cells[0] == "19000565")
    }
}
