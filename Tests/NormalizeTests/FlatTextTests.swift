import AnnualReview
import Foundation
import Testing
import TestSupport

/// Text renderings without blank lines or page marks (pdfplumber, pypdf, markitdown,
/// pymupdf4llm): running footers, bare page numbers, headings and opening parts run together.
@Suite struct FlatTextTests {
    @Test func runningFootersWithPageNumbersAreNotText() throws {
        var text = "Local Government & Social Care OMBUDSMAN\n\nDear Ms X\n\n"
        for page in 1...3 {
            text += "Paragraph of page \(page) goes on here.\nPO Box 4771, Coventry CV4 0EH \(page)\n"
        }
        let blocks = try Fixtures.normalized(text).blocks.map(\.text)
        #expect(!blocks.contains { $0.contains("PO Box") })
    }

    /// markitdown sets some rows of a table as small pipe tables, each with its `|---|` line,
    /// longer than any line of prose: they are no prose, and the prose before them is still
    /// cut into its paragraphs by its wrap width.
    @Test func pipeTablesDoNotHideTheProseWrapWidth() throws {
        var text = """
            Dear Ms X
            Annual Review letter 2021
            I write to you with our annual summary of statistics on the decisions made by the Local
            Government and Social Care Ombudsman about your authority for the year ending 31
            March 2021. At the end of a challenging year, we maintain that good public
            administration is more important than ever and I thank you and your staff for your
            continued help with our work.
            Complaint statistics
            Complaint statistics are published alongside this letter. We publish the decision
            statements for investigations we complete, so the detail behind these numbers can be
            read by anyone interested in how the authority handles complaints.

            """
        for row in 0..<12 {
            text += "| 1900\(8286 + row) Council of | Adult Care Services | | |\n"
            text += "| ---------------------- | ------------------- | --------------------- | ------------------- | --- | --- |\n"
        }
        let blocks = try Fixtures.normalized(text).blocks.map(\.text)
        #expect(blocks.contains("Annual Review letter 2021"))
        #expect(blocks.contains("Complaint statistics"))
    }

    /// A sentence's last line of narrow letters ("…risk and scrutiny functions.") holds nearly
    /// as many characters as a full line, yet as set the next word would have fitted on it:
    /// the paragraph ends there. A line as wide as set as the lines near it goes on.
    @Test func aParagraphEndsWhereTheNextWordWouldHaveFittedAsSet() throws {
        let text = """
            Dear Ms X

            I would encourage you to share the information with colleagues and elected members;
            it can provide valuable insights into service areas, early warning signs of problems and
            is a key source of information for governance, audit, risk and scrutiny functions.
            As you would expect, data has its limitations. We encourage effective scrutiny of the
            data alongside the reports and decision statements we publish, rather than relying on
            a single figure to judge performance. We compare the figures with those of authorities
            which are much like yours, so that a figure stands beside others of the same kind too.
            """
        let blocks = try Fixtures.normalized(text).blocks.map(\.text)
        #expect(blocks.contains { $0.hasPrefix("I would encourage") && $0.hasSuffix("scrutiny functions.") })
        #expect(blocks.contains { $0.hasPrefix("As you would expect") && $0.hasSuffix("of the same kind too.") })
    }

    /// pypdf writes a page's letterhead where it was drawn, after the page's last line: between
    /// the halves of a sentence a page break cut, it is furniture; as a signatory's role, text.
    @Test func aLetterheadInsideASentenceIsNotText() throws {
        var text = "Dear Ms X\n\n"
        text += "We compare the statistics with similar types of\nLocal Government & Social Care OMBUDSMAN\n"
        text += "PO Box 4771, Coventry CV4 0EH 2\nauthorities to work out an average.\n"
        text += "Second page text.\nPO Box 4771, Coventry CV4 0EH 3\nThird page text.\n\nYours sincerely,\n\nA Person\n"
        text += "Local Government and Social Care Ombudsman\nPO Box 4771, Coventry CV4 0EH 4\nChair, Commission for Local Administration\n"
        let blocks = try Fixtures.normalized(text).blocks.map(\.text)
        #expect(blocks.contains { $0.hasPrefix("We compare the statistics with similar types of authorities to work out an average.") })
        #expect(!blocks.contains { $0.contains("OMBUDSMAN") })
        #expect(blocks.contains { $0.contains("Local Government and Social Care Ombudsman") })
    }

    /// Two cell lines of a table that end in 1 and 2 (the years of dates a narrow cell cut)
    /// leave pages of text after them: no running footer, kept as text, however near the
    /// start the first stands; two footers of a two-page letter go, the first page the longer.
    @Test func twoLinesEndingInOneAndTwoAreAFooterOnlyWhereTheyCountThePages() throws {
        // Far into the text and far from its end.
        let far = try FlatTextTests.blocksWithTwoCellLines("Council Children's Services", before: 100)
        #expect(far.contains { $0.contains("Council Children's Services 1") })
        #expect(far.contains { $0.contains("Council Children's Services 2") })
        // The first as far into the text as the lines between them reach (a page's length by
        // them): the pages of text after the second still say they are no page's.
        let early = try FlatTextTests.blocksWithTwoCellLines("City Council Protection &", before: 40)
        #expect(early.contains { $0.contains("City Council Protection & 1") })
        #expect(early.contains { $0.contains("City Council Protection & 2") })

        var twoPages = "Dear Ms X\n\n"
        for n in 1...30 { twoPages += "Line \(n) of the first page goes on here.\n" }
        twoPages += "PO Box 4771, Coventry CV4 0EH 1\n"
        for n in 1...10 { twoPages += "Line \(n) of the second page goes on here.\n" }
        twoPages += "PO Box 4771, Coventry CV4 0EH 2\n"
        let footers = try Fixtures.normalized(twoPages).blocks.map(\.text)
        #expect(!footers.contains { $0.contains("PO Box") })
    }

    /// The blocks of a text of `before` lines, two table rows whose second lines end in 1 and
    /// 2 ("`cell` 1") twenty lines apart, and a hundred lines after them.
    static func blocksWithTwoCellLines(_ cell: String, before: Int) throws -> [String] {
        var text = "Dear Ms X\n\n"
        for n in 1...before { text += "Line \(n) of the letter goes on here and on.\n" }
        text += "20008555 Not Upheld No maladministration\n\(cell) 1\n"
        for n in 1...20 { text += "Line \(n) of the table goes on here and on.\n" }
        text += "20012539 Closed after initial\n\(cell) 2\n"
        for n in 1...100 { text += "Line \(n) after the table goes on here and on.\n" }
        return try Fixtures.normalized(text).blocks.map(\.text)
    }

    @Test func barePageNumbersCountingUpAreNotText() throws {
        var text = "Dear Ms X\n\n"
        for page in 1...3 { text += "Text of page \(page).\n\n\(page)\n\n" }
        text += "6\n\nupheld decisions\n"
        let blocks = try Fixtures.normalized(text).blocks.map(\.text)
        #expect(!blocks.contains("1") && !blocks.contains("2") && !blocks.contains("3"))
        #expect(blocks.contains { $0.hasPrefix("6") })
    }

    /// A narrow cell cuts a numeric date in its year and pypdf sets the year's last digit on
    /// a line of its own: the digits of successive rows (2022 and 2023) count up like pages,
    /// yet each ends the date above it.
    @Test func aYearsLastDigitUnderItsCutDateIsNoPageNumber() throws {
        var text = "Dear Ms X\n\n"
        for (row, (date, digit)) in [("27/05/2", "2"), ("19/03/2", "3"), ("02/01/2", "4")].enumerated() {
            text += "2100840\(row) South\nTyneside\nCouncil\n\(date)\n\(digit)\nNot Upheld No maladministration\n"
        }
        let lines = try Fixtures.normalized(text).blocks.flatMap(\.lines)
        #expect(["2", "3", "4"].allSatisfy { lines.contains($0) })
    }

    @Test func aTwoPageLettersFooterBesideEachPageNumberIsNotText() throws {
        // pymupdf4llm on a two-page letter: the footer and the page number on lines of their
        // own, each page's once — too few for either rule alone.
        let text = """
            Dear Ms X

            Finally, we compare the three key annual statistics for your authority with similar types of

            PO Box 4771, Coventry CV4 0EH

            1

            authorities to work out an average level of performance.

            Yours sincerely,

            PO Box 4771, Coventry CV4 0EH

            2

            """
        let blocks = try Fixtures.normalized(text).blocks.map(\.text)
        #expect(!blocks.contains { $0.contains("PO Box") || $0 == "1" || $0 == "2" }, "\(blocks)")
        // A figure beside a line that does not repeat stays.
        let figures = "Dear Ms X\n\nComplaints upheld this year\n\n1\n\nText.\n\n2\n\nupheld decisions\n"
        #expect(try Fixtures.normalized(figures).blocks.map(\.text).contains("1"))
    }

    /// `pdftotext -layout` keeps the address block's lines with no gap under the delivery line.
    @Test func aDeliveryLineHeadingTheAddressLinesStandsAlone() throws {
        let text = "22 July 2020\n\nBy email\nMr Bowen\nChief Executive\nChesterfield Borough Council\n\nDear Mr Bowen\n\nText.\n"
        let blocks = try Fixtures.normalized(text).blocks
        #expect(blocks.prefix(3).map(\.lines) == [["22 July 2020"], ["By email"],
                                                   ["Mr Bowen", "Chief Executive", "Chesterfield Borough Council"]])
    }

    @Test func aDeliveryLineAndASalutationRunIntoTheAddressAreSplitOff() throws {
        let text = "22 July 2020\n\nBy email Mr Bowen Chief Executive Chesterfield Borough Council\n\nAnnual text.\n"
        let blocks = try Fixtures.normalized(text).blocks.map(\.text)
        #expect(blocks.prefix(3) == ["22 July 2020", "By email", "Mr Bowen Chief Executive Chesterfield Borough Council"])
        let collapsed = "Ms Barsby Interim Chief Executive Mansfield District Council Dear Ms Barsby\n\nText.\n"
        #expect(try Fixtures.normalized(collapsed).blocks.map(\.text).prefix(2)
            == ["Ms Barsby Interim Chief Executive Mansfield District Council", "Dear Ms Barsby"])
    }
}
