@testable import AnnualReview
import Testing
import TestSupport

/// Text laid out as on the page (`pdftotext -layout`): panels side by side are read column by
/// column, and running footers repeated at page edges are dropped.
@Suite struct ColumnTextTests {
    static func lines(_ text: String) -> [TextLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            TextLine(text: String($0.element), lineNumber: $0.offset + 1)
        }
    }

    /// The lines read as the normalizer reads them: each line's table role found first.
    static func deinterleaved(_ lines: [TextLine]) -> [TextLine] {
        ColumnText.deinterleave(lines, roles: LayoutTextRegions.roles(lines.map { ColumnText.clean($0.text) }), page: 1).lines
    }

    @Test func sideBySidePanelsAreReadColumnByColumn() {
        let text = """
            Complaints upheld                Compliance with              Satisfactory remedies
                                             recommendations

                  60%                             In   100%                    In   33%
            of complaints we                 of cases we were             of upheld cases we
            investigated were upheld.        satisfied.                   found a remedy.

            2021 figures                     Statistics for 2021          Statistics for 2021
            """
        let out = ColumnTextTests.deinterleaved(ColumnTextTests.lines(text)).map(\.text)
        let blocks = out.split(separator: "", omittingEmptySubsequences: true).map { $0.joined(separator: " / ") }
        #expect(blocks == [
            "Complaints upheld", "60% / of complaints we / investigated were upheld.", "2021 figures",
            "Compliance with / recommendations", "In 100% / of cases we were / satisfied.", "Statistics for 2021",
            "Satisfactory remedies", "In 33% / of upheld cases we / found a remedy.", "Statistics for 2021",
        ])
    }

    /// `pdftotext` without `-layout` sets the page number on a line of its own under the
    /// footer, and may set a table's late-drawn text (the names of its empty columns) after
    /// the footer: the footer goes at any depth under the page number, and where it stands
    /// above other text; a row's last line that other pages' edges repeat under their page
    /// numbers stays.
    @Test func footersUnderAPageNumberOrAboveLateTextAreDropped() {
        let footer = "PO Box 4771, Coventry CV4 0EH"
        let text = "Dear Ms Okafor\n\nFirst page text.\n\nresolution\n\n\(footer)\n\n1\n"
            + "\u{0C}Second page text.\n\nresolution\n\n\(footer)\n\n2\n"
            + "\u{0C}Third page text.\n\nresolution\n\n\(footer)\n\nRemedy\n\nService\nimprovement\nrecommendations\n\n3\n"
            + "\u{0C}Fourth page text.\n\nresolution\n"
        let out = TextPageFurniture.strip(ColumnTextTests.lines(text)).map(\.text)
        #expect(!out.contains { $0.contains("PO Box") })
        #expect(!out.contains("1") && !out.contains("2") && !out.contains("3"))
        #expect(out.filter { $0 == "resolution" }.count == 4)
        #expect(out.contains("recommendations"))
    }

    @Test func proseAndTablesAreLeftAlone() {
        let text = """
            A paragraph of prose runs across the whole width of the page, as prose does,
            and a line with a    wide gap in it is not a column.

            Reference   Authority        Category
            20000661    London Borough   Housing
            20003289    London Borough   Benefits & Tax
            20005353    London Borough   Housing
            """
        let lines = ColumnTextTests.lines(text)
        #expect(ColumnTextTests.deinterleaved(lines).map(\.text) == lines.map(\.text))
    }

    /// Two pages of a table that end with the same last line of a row (a wrapped authority
    /// beside a wrapped reason): the table's, since the words stand at no edge outside it.
    @Test func aRowsLastLineAtTheBottomOfTwoPagesIsKept() {
        let header = "Reference Authority      Decision Reason\n"
        let text = "Dear Ms Okafor\n\nFirst page text.\n"
            + "\u{0C}" + header + "21003237  Royal Borough    Other reason\n          and Chelsea      investigate\n"
            + "\u{0C}" + header + "21004178  Royal Borough    Other reason\n          and Chelsea      investigate\n"
            + "\u{0C}" + header + "21007079  Royal Borough    Upheld\n"
        let out = TextPageFurniture.strip(ColumnTextTests.lines(text)).map(\.text)
        #expect(out.filter { $0.contains("investigate") }.count == 2)
    }

    /// Pages of a table written one cell a paragraph, each ending on a row's date: the dates
    /// differ, so they are no running footer (only the numbers around a line's words were
    /// compared, and "25 Feb 2020", "27 Feb 2020", "29 Feb 2020" all read "Feb").
    @Test func tableDatesEndingPagesAreKept() {
        let text = "Dear Ms Okafor\n\nFirst page text.\n\n25 Feb 2020\n"
            + "\u{0C}20000662\n\nHousing\n\n27 Feb 2020\n"
            + "\u{0C}20000663\n\nHousing\n\n29 Feb 2020\n"
            + "\u{0C}20000664\n\nHousing\n\n02 Mar 2020"
        let out = TextPageFurniture.strip(ColumnTextTests.lines(text)).map(\.text)
        #expect(out.filter { $0.hasSuffix(" 2020") }.count == 4)
        #expect(TextPageFurniture.key("Page 3 of 8") == "Page 3 of")
    }

    @Test func runningFootersAtPageEdgesAreDropped() {
        let text = "Dear Ms Okafor\n\nFirst page text.\nPO Box 4771, Coventry CV4 0EH      1\n"
            + "\u{0C}Second page text.\n\n   6\nPO Box 4771, Coventry CV4 0EH      2\n"
            + "\u{0C}   1\nThird page text.\nPO Box 4771, Coventry CV4 0EH      3"
        let out = TextPageFurniture.strip(ColumnTextTests.lines(text)).map(\.text)
        #expect(!out.contains { $0.contains("PO Box") })
        #expect(out.contains("   6"))
        // "1" opening page 3 is a figure, not that page's number.
        #expect(out.contains("\u{0C}   1"))
        #expect(out.count == ColumnTextTests.lines(text).count)
    }
}
