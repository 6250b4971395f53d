import AnnualReview
import Foundation
import Testing
import TestSupport

/// Tables in text aligned with spaces (`pdftotext -layout`): read by column positions, with
/// wrapped cells on indented lines, a wrapped header, the header repeated after a page break,
/// and two columns only one space apart.
@Suite struct LayoutTextTableTests {
    static let letter = """
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

    @Test func rowsAreReadByColumnPositions() throws {
        let tabulated = Pipeline.tables(try Fixtures.segmented(LayoutTextTableTests.letter))
        let table = try #require(tabulated.tables.first)
        #expect(table.header == ["Reference", "Authority", "Category", "Decided", "Decision",
                                 "Service improvement recommendations"])
        #expect(table.unparsed.isEmpty, "\(table.unparsed)")
        #expect(table.rows.map(\.cells) == [
            ["19009377", "London Borough of Hackney", "Highways & Transport", "30/12/20", "Closed after initial enquiries", ""],
            ["19010099", "London Borough of Hackney", "Housing", "05/06/20", "Upheld", "Training and guidance for staff"],
            ["19011290", "London Borough of Hackney", "Planning & Development", "15/11/20", "Not Upheld", ""],
        ])
    }

    @Test func theLetterAroundTheTableIsUntouched() throws {
        let letter = try Fixtures.letter(LayoutTextTableTests.letter)
        #expect(letter.signatory?.name == "Michael King")
        #expect(letter.decisions?.count == 3)
        #expect(letter.decisions?.first?.decided?.description == "2020-12-30")
    }
}
