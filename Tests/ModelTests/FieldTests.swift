@testable import AnnualReview
import Foundation
import Testing
import TestSupport

@Suite struct FieldTests {
    @Test(arguments: [
        ("Mr McGovern Managing Director Cannock Chase District Council", "Dear Mr McGovern", "Mr McGovern", "Managing Director", "Cannock Chase District Council"),
        ("Ms Jane Smith Chief Executive London Borough of Hackney", "Dear Ms Smith", "Ms Jane Smith", "Chief Executive", "London Borough of Hackney"),
        ("Dr Rahman Head of Paid Service Royal Borough of Kingston upon Thames", "Dear Dr Rahman", "Dr Rahman", "Head of Paid Service", "Royal Borough of Kingston upon Thames"),
        ("Mr Hickin Director of Corporate Resources Bolsover District Council", "Dear Mr Hickin", "Mr Hickin", "Director of Corporate Resources", "Bolsover District Council"),
        ("Mrs Lee Interim Chief Executive Cornwall Council", "Dear Mrs Lee", "Mrs Lee", "Interim Chief Executive", "Cornwall Council"),
    ])
    func collapsedRecipient(line: String, salutation: String, name: String, title: String, authority: String) {
        #expect(RecipientReader.read(lines: [line], salutation: salutation) == Recipient(name: name, jobTitle: title, authority: authority))
    }

    @Test func recipientOverLinesWithAnAddress() {
        let r = RecipientReader.read(lines: ["Ms Barsby", "Interim Chief Executive", "Mansfield District Council", "Civic Centre", "Mansfield"], salutation: "Dear Ms Barsby")
        #expect(r == Recipient(name: "Ms Barsby", jobTitle: "Interim Chief Executive", authority: "Mansfield District Council"))
    }

    /// The name on a line of its own, the title run into the authority's line.
    @Test func aTitleRunIntoTheAuthoritysLine() {
        let r = RecipientReader.read(lines: ["Mr Farrar", "Head of Paid Service Tamworth Borough Council"], salutation: "Dear Mr Farrar")
        #expect(r == Recipient(name: "Mr Farrar", jobTitle: "Head of Paid Service", authority: "Tamworth Borough Council"))
        // An authority's line alone is not cut, whatever words its name holds.
        let plain = RecipientReader.read(lines: ["Ms Lee", "Cheshire West and Chester Council"], salutation: "Dear Ms Lee")
        #expect(plain == Recipient(name: "Ms Lee", jobTitle: nil, authority: "Cheshire West and Chester Council"))
    }

    @Test func collapsedSignatures() {
        #expect(SignatoryReader.read(lines: ["Michael King Local Government and Social Care Ombudsman Chair, Commission for Local Administration in England"])
                == Signatory(name: "Michael King", roles: ["Local Government and Social Care Ombudsman", "Chair, Commission for Local Administration in England"]))
        #expect(SignatoryReader.read(lines: ["Paul Najsarek Interim Ombudsman Interim Chair, Commission for Local Administration in England"])
                == Signatory(name: "Paul Najsarek", roles: ["Interim Ombudsman", "Interim Chair, Commission for Local Administration in England"]))
        #expect(SignatoryReader.read(lines: ["Amerdeep Somal", "Local Government and Social Care Ombudsman"])
                == Signatory(name: "Amerdeep Somal", roles: ["Local Government and Social Care Ombudsman"]))
    }

    @Test func periods() {
        #expect(PeriodReader.period(in: "for the year ending 31 March 2020.") == Period(start: ISODate(year: 2019, month: 4, day: 1)!, end: ISODate(year: 2020, month: 3, day: 31)!))
        #expect(PeriodReader.period(in: "between 1 April 2019 to 31 March 2020") == Period(start: ISODate(year: 2019, month: 4, day: 1)!, end: ISODate(year: 2020, month: 3, day: 31)!))
        #expect(PeriodReader.period(in: "for the year ending 29 February 2024")?.start == ISODate(year: 2023, month: 3, day: 1))
        #expect(PeriodReader.period(in: "no period here") == nil)
    }

    @Test func dates() {
        #expect(DateParser.parse("10 Apr 2019")?.description == "2019-04-10")
        #expect(DateParser.parse("01/04/19")?.description == "2019-04-01")
        #expect(DateParser.parse("22nd July 2020")?.description == "2020-07-22")
        #expect(DateParser.parse("July 22, 2020")?.description == "2020-07-22")
        #expect(DateParser.parse("31/04/20") == nil)
        #expect(DateParser.parse("29/02/21") == nil)
        #expect(DateParser.parse("Null") == nil)
    }

    @Test func panelFiguresWhenTheBigNumberStandsApart() {
        let blocks = ["Complaints upheld", "25%", "of complaints we investigated were upheld.", "This compares to an average of", "45%", "in similar authorities.", "1", "upheld decision", "Statistics are based on a total of 4 detailed investigations"]
            .map { Block(kind: .paragraph, lines: [$0], text: $0, origins: []) }
        let figures = PanelReader.read(Segment(kind: .statisticsPanel, heading: "Complaints upheld", panel: .complaintsUpheld, blocks: blocks))
        #expect(figures.percent == 25 && figures.averagePercent == 45 && figures.upheldCount == 1 && figures.investigationCount == 4)
    }

    @Test(arguments: [
        (["25%"], 25.0), (["(12.5%),"], 12.5), (["45%."], 45.0), (["25", "%"], 25.0), (["(25", "%)"], 25.0),
        (["25"], nil), (["%"], nil), (["many%"], nil),
    ] as [([String], Double?)])
    func percentagesWithThePunctuationAroundThem(tokens: [String], expected: Double?) {
        #expect(PanelReader.percentage(tokens, at: 0) == expected)
    }

    /// A narrow cell may break a numeric date inside a number; its pieces were joined with a space.
    @Test func aDateBrokenInsideANumberIsRead() {
        var warnings: [LetterWarning] = []
        #expect(TableRowReader.date("31/03/2 1", reference: "1", column: "decided", &warnings)?.description == "2021-03-31")
        #expect(TableRowReader.date("12 Apr 2020", reference: "1", column: "received", &warnings)?.description == "2020-04-12")
        #expect(warnings.isEmpty)
        #expect(TableRowReader.date("Closed after 12/10/22", reference: "1", column: "decided", &warnings) == nil)
        #expect(TableRowReader.date("3 1 2", reference: "1", column: "decided", &warnings) == nil)
        #expect(warnings.count == 2)
    }

    @Test func cellsNullAndEmptyBecomeNil() throws {
        let letter = try Fixtures.letter(try Fixtures.seedText("000_530d96cbad46cbd9"))
        #expect(letter.complaintsReceived?[8].category == nil)
        #expect(letter.decisions?.allSatisfy { $0.remedy == nil && $0.serviceImprovements == nil } == true)
        #expect(letter.decisions?.first?.decided?.description == "2019-04-01")
    }

    @Test func aTruncatedLetterGivesAModelWithWarnings() throws {
        let text = try Fixtures.seedText("001_c61a5ee2af0bfbd5")
        let cut = String(text.prefix(text.count / 3))
        let letter = try Fixtures.letter(cut)
        #expect(letter.recipient?.authority == "Bolsover District Council")
        #expect(letter.signatory == nil)
        #expect(letter.warnings.map(\.code) == [.statisticsMissing])
    }

    @Test func textThatIsNoAnnualReviewIsRefused() {
        #expect(throws: ConversionError.self) { try Fixtures.letter("Dear Sir\n\nPlease find our invoice.\n\nYours faithfully,\n\nA Supplier\n") }
        #expect(throws: ConversionError.self) { try Fixtures.letter("just some words\nwithout any letter shape\n") }
    }

    @Test func aFileOfTensOfMegabytesGetsAClearError() throws {
        let seed = try Fixtures.seedText("000_530d96cbad46cbd9")
        let big = String(repeating: seed, count: 4_000)
        #expect(big.utf8.count > 30_000_000)
        #expect(throws: ConversionError.tooLarge(big.utf8.count)) { try Fixtures.letter(big) }
        #expect(ConversionError.tooLarge(big.utf8.count).description.hasSuffix("MiB of text is far more than any letter holds"))
    }

    @Test func aLetterWithThousandsOfRowsConvertsWhole() throws {
        let seed = try Fixtures.seedText("000_530d96cbad46cbd9")
        let rows = seed.components(separatedBy: "\n").filter { $0.hasPrefix("19") && $0.contains("/") }
        let big = seed + "\n" + String(repeating: rows.joined(separator: "\n") + "\n", count: 200)
        let letter = try Fixtures.letter(big)
        #expect(letter.decisions?.count == 14 + rows.count * 200)
        #expect(letter.warnings == [])
    }
}
