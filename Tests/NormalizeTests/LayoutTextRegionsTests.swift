@testable import AnnualReview
import Testing
import TestSupport

/// Which lines of text aligned with spaces a table takes: header bands (cells wrapped above and
/// below the line with "Reference", words broken inside a narrow cell), rows whose cells are
/// centred down, the tail of a row a page break split.
@Suite struct LayoutTextRegionsTests {
    static func roles(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return LayoutTextRegions.roles(lines).map { role in
            switch role {
            case .header(let startsBand): startsBand ? "H" : "h"
            case .row: "r"
            case nil: "-"
            }
        }
    }

    @Test func aHeaderBandTakesTheLinesAboveAndBelowItsAnchor() {
        // LibreOffice's narrow header cells: "Service" above, words broken onto the line below.
        let text = """
            A paragraph before the table.

                                                                  Service
            Referenc                    Decide              Remed
                        Authority                  Decision       improvement
            e                           d                   y
                                                                  recommendations

                        Chesterfield               Closed after
            18016721    Borough         01/04/1    initial
                        Council         9          enquiries

            A paragraph after it.
            """
        #expect(LayoutTextRegionsTests.roles(text) == ["-", "-", "H", "h", "h", "h", "h", "r", "r", "r", "r", "r", "-"])
    }

    @Test func aRowsLastLineAboveARepeatedHeaderLeavesTheWholeHeaderToIt() {
        // A page break: the row's last line ("Council", a name an authority header may give)
        // stands right above the header repeated on the next page; the band is the header's
        // five lines, not "Council" with the top of the header.
        let text = """
                                                                  Service
            Referenc                    Decide              Remed
                        Authority                  Decision       improvement
            e                           d                   y
                                                                  recommendations
                        Sheffield City
            18016721                    01/04/19   Upheld
                        Council
                                                                  Service
            Referenc                    Decide              Remed
                        Authority                  Decision       improvement
            e                           d                   y
                                                                  recommendations
            18016722    Sheffield       02/04/19   Upheld
            """
        #expect(LayoutTextRegionsTests.roles(text) == ["H", "h", "h", "h", "h", "r", "r", "r", "H", "h", "h", "h", "h", "r"])
    }

    @Test func aRowsTextUnderARepeatedHeaderStaysARow() {
        // "decided" stands under "Decision Reason": it begins another name, so it ends the band.
        let text = """
            Reference   Authority   Decision       Decision Reason
            20015157    Hackney     Not Upheld     Previously
                                                   considered and
            Reference   Authority   Decision       Decision Reason
                                                   decided
            20019862    Hackney     Upheld         Injustice
            """
        #expect(LayoutTextRegionsTests.roles(text) == ["H", "r", "r", "H", "r", "r"])
    }

    @Test func namesSetOneSpaceApartReadAsAHeader() {
        let text = """
            Referenc                            Decide
                        Authority Category                Decision
            e                                   d
            """
        #expect(LayoutTextRegionsTests.roles(text) == ["H", "h", "h"])
    }

    @Test func proseNamingAReferenceIsNoHeader() {
        let text = """
            Reference numbers are given in the table below, which lists every
            decision we made about your authority this year.
            """
        #expect(LayoutTextRegionsTests.roles(text) == ["-", "-"])
    }

    /// Review finding: a word holding a space (`&nbsp;` cleaned) made the band reader slice
    /// past its line's end and trap. Any text must come through.
    @Test func aWordHoldingASpaceNeverTraps() throws {
        let text = """
            Remedy Service&nbsp;improvement&nbsp;recommendations Remedy
            Reference   Authority   Received
            20000661    Hackney     12 Apr 2020
            """
        _ = LayoutTextRegionsTests.roles(text)
        _ = try Fixtures.normalized("Dear Ms X\n\n" + text + "\n")
    }

    @Test func aBlankLineAfterATableEndsItUnlessARowFollows() {
        let text = """
            Reference   Authority   Received
            20000661    Hackney     12 Apr 2020

            Yours sincerely,
            """
        #expect(LayoutTextRegionsTests.roles(text) == ["H", "r", "r", "-"])
    }
}
