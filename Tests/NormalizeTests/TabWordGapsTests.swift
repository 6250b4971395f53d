import AnnualReview
import Testing
import TestSupport

/// Tabs a renderer set for word gaps (pypdf and markitdown of wkhtmltopdf's PDFs) read as
/// spaces; tabs that part a table's cells stay cell boundaries.
@Suite struct TabWordGapsTests {
    /// pypdf: a tab between every two words, a table's cells one a line.
    @Test func tabsBetweenEveryTwoWordsAreSpaces() throws {
        let text = "Dear\tMr\tFletcher\n\nI\twrite\tto\tyou\twith\tour\tannual\tsummary.\n\nReference\nAuthority\n"
            + "19000565\nWestminster\tCity\tCouncil\n"
        let blocks = try Fixtures.normalized(text).blocks
        #expect(blocks.map(\.text).contains("I write to you with our annual summary."))
        #expect(blocks.filter { $0.kind == .tableRow }.map(\.cells) == [["Reference", "Authority"]])
        #expect(blocks.filter { $0.kind == .tableLine }.map(\.text) == ["19000565", "Westminster City Council"])
    }

    /// markitdown: tabs between the words of a cell, in a pipe row and in a flat row whose cells
    /// spaces part: both rows read as lines of the table under its header, words spaced.
    @Test func tabsInsideCellsAreSpaces() throws {
        let text = "Dear Ms X\n\n| Reference | Authority | Category |\n| --- | --- | --- |\n"
            + "| 21000065 | Westminster\tCity\tCouncil | Benefits\t&\tTax |\n"
            + "21000139 Westminster\tCity\tCouncil Corporate\t&\tOther\tServices\n"
        let blocks = try Fixtures.normalized(text).blocks
        #expect(blocks.filter { $0.kind == .tableRow }.map(\.cells) == [["Reference", "Authority", "Category"]])
        #expect(blocks.filter { $0.kind == .tableLine }.map(\.text)
                == ["21000065 Westminster City Council Benefits & Tax", "21000139 Westminster City Council Corporate & Other Services"])
    }

    /// Tab-separated rows (a tab right after the reference, or after "Reference"): the tabs of
    /// the whole text part cells, as before.
    @Test func tabSeparatedRowsKeepTheirCells() throws {
        let text = "Dear Ms X\n\nReference\tAuthority\tCategory\n19000565\tX Council\tHousing\n\t\tand Planning\n"
        let rows = try Fixtures.normalized(text).blocks.filter { $0.kind == .tableRow }.map(\.cells)
        #expect(rows.first == ["Reference", "Authority", "Category"])
        #expect(rows.contains(["19000565", "X Council", "Housing"]))
    }
}
