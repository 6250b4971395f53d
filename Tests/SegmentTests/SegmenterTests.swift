import AnnualReview
import Foundation
import Testing
import TestSupport

@Suite struct SegmenterTests {
    /// pypdf's narrow compliance panel and the next panel's heading, as two tests use them.
    static let narrowComplianceAndRemediesHeading = """
        Compliance with
        Ombudsman
        recommendations
        No recommendations were due
        for compliance in this period
        Satisfactory remedies
        provided by the
        authority
        """

    /// A short letter up to its closing, for tests of what follows it.
    static let signedOff = "Dear Ms X\n\nText of the letter.\n\nYours sincerely,\n\n"

    func segmented(seed name: String) throws -> (NormalizedDocument, SegmentedDocument) {
        let normalized = Pipeline.normalize(try Pipeline().extract(try Fixtures.seed(name), name: name))
        return (normalized, try Pipeline.segment(normalized))
    }

    @Test func labelsEveryPartOfAPlainLetterInOrder() throws {
        let (_, doc) = try segmented(seed: "001_c61a5ee2af0bfbd5")
        #expect(doc.segments.map(\.kind) == [.header, .recipient, .salutation, .title, .body, .body, .body, .signOff,
                                              .statisticsPanel, .statisticsPanel, .statisticsPanel])
        #expect(doc.all(.statisticsPanel).map(\.panel) == [.complaintsUpheld, .compliance, .satisfactoryRemedies])
        #expect(doc.all(.body).map(\.heading) == [nil, "Complaint statistics", "Resources to help you get it right"])
    }

    @Test func findsTableRegions() throws {
        let (_, doc) = try segmented(seed: "000_530d96cbad46cbd9")
        let regions = doc.all(.tableRegion)
        #expect(regions.count == 2)
        #expect(regions.map(\.blocks.count) == [16, 15])
    }

    /// After segmentation no block is outside a segment, and none is counted twice.
    @Test func everyBlockLandsInExactlyOneSegment() throws {
        for name in Fixtures.seedNames {
            let (normalized, doc) = try segmented(seed: name)
            #expect(doc.segments.flatMap(\.blocks) == normalized.blocks, "\(name)")
        }
    }

    /// pymupdf4llm runs the headings of panels set side by side into one heading, their texts
    /// following in the same order.
    @Test func aHeadingNamingTwoPanelsMakesTwoPanels() throws {
        let text = SegmenterTests.signedOff + """
            ### **Complaints upheld Compliance with Ombudsman recommendations**

            The Ombudsman carried out no detailed investigations during this period

            No recommendations were due for compliance in this period

            ### **Satisfactory remedies provided by the authority**

            The Ombudsman did not uphold any detailed investigations during this period
            """
        let normalized = try Fixtures.normalized(text)
        let doc = try Pipeline.segment(normalized)
        #expect(doc.all(.statisticsPanel).map(\.panel) == [.complaintsUpheld, .compliance, .satisfactoryRemedies])
        #expect(doc.segments.flatMap(\.blocks) == normalized.blocks)
        let letter = try Fixtures.letter(text)
        #expect(letter.statistics?.complaintsUpheld.status == .noInvestigations)
        #expect(letter.statistics?.compliance.status == .noneDue)
    }

    /// pypdf: the panels one under another, wrapped to a panel's width, no blank line.
    @Test func narrowPanelsRunTogetherAreReadOneByOne() throws {
        let text = SegmenterTests.signedOff + """
            Complaints upheld
            The Ombudsman carried out no
            detailed investigations during
            this period
            \(SegmenterTests.narrowComplianceAndRemediesHeading)
            The Ombudsman did not uphold
            any detailed investigations
            during this period
            """
        let letter = try Fixtures.letter(text)
        #expect(letter.statistics?.complaintsUpheld.status == .noInvestigations)
        #expect(letter.statistics?.compliance.status == .noneDue)
        #expect(letter.statistics?.satisfactoryRemedies.status == .noUpheldInvestigations)
    }

    /// The same with figures: a heading ends where its figure starts.
    @Test func narrowPanelsWithFiguresAreReadOneByOne() throws {
        let text = SegmenterTests.signedOff + """
            Complaints upheld
            100%
            of complaints we investigated
            were upheld.
            This compares to an average of
            59% in similar authorities.
            5
            upheld decisions
            \(SegmenterTests.narrowComplianceAndRemediesHeading)
            In 40%
            of upheld cases we found the
            authority had provided a
            satisfactory remedy before the
            complaint reached the
            Ombudsman.
            """
        let letter = try Fixtures.letter(text)
        #expect(letter.statistics?.complaintsUpheld.percent == 100)
        #expect(letter.statistics?.complaintsUpheld.averagePercent == 59)
        #expect(letter.statistics?.complaintsUpheld.upheldCount == 5)
        #expect(letter.statistics?.compliance.status == .noneDue)
        #expect(letter.statistics?.satisfactoryRemedies.percent == 40)
    }

    /// A row's cells run into a paragraph between rows may name a panel's subject ("Not
    /// Upheld"); no panel's text follows them, so the table goes on.
    @Test func aRowNamingAPanelsSubjectDoesNotEndItsTable() throws {
        let text = SegmenterTests.signedOff + """
            | Reference | Authority | Category | Decided | Decision |
            | --- | --- | --- | --- | --- |
            | 19008364 | Richmond | Housing | 19/11/19 | Upheld |

            Adult Care Services 19/11/19 Not Upheld No maladministration

            | 19012083 | Richmond | Housing | 02/11/19 | Upheld |
            """
        let doc = try Fixtures.segmented(text)
        let regions = doc.all(.tableRegion)
        #expect(regions.count == 1)
        #expect(regions.first?.blocks.map(\.text).contains("Adult Care Services 19/11/19 Not Upheld No maladministration") == true)
        #expect(doc.all(.statisticsPanel).isEmpty)
    }

    @Test func refusesTextThatIsNotALetter() {
        #expect(throws: ConversionError.self) { try Fixtures.segmented("Invoice 42\n\nTotal: £10\n") }
    }

    @Test func doesNotDependOnHeadingOrderOrCount() throws {
        var text = try Fixtures.seedText("002_b2d53b3434d87909")
        // Move the "Resources" section before "Complaint statistics" and add a paragraph and a heading.
        let resources = text.range(of: "Resources to help you get it right")!.lowerBound
        let signOff = text.range(of: "Yours sincerely,")!.lowerBound
        let moved = String(text[resources..<signOff])
        text.removeSubrange(resources..<signOff)
        let stats = text.range(of: "Complaint statistics")!.lowerBound
        text.insert(contentsOf: moved + "A new heading\n\nAn extra paragraph the seeds never had.\n\n", at: stats)
        let doc = try Fixtures.segmented(text)
        #expect(doc.all(.body).map(\.heading) == [nil, "Resources to help you get it right", "A new heading", "Complaint statistics"])
        #expect(doc.all(.statisticsPanel).count == 3)
    }

    @Test func survivesAMissingTitleAndSection() throws {
        var text = try Fixtures.seedText("004_547b65f656e62dc3")
        text = text.replacingOccurrences(of: "Annual Review letter 2020\n", with: "")
        let resources = text.range(of: "Resources to help you get it right")!.lowerBound
        let signOff = text.range(of: "Yours sincerely,")!.lowerBound
        text.removeSubrange(resources..<signOff)
        let doc = try Fixtures.segmented(text)
        #expect(doc.first(.title) == nil)
        #expect(doc.all(.body).map(\.heading) == [nil, "Complaint statistics"])
        #expect(doc.first(.signOff)?.blocks.count == 2)
    }

    @Test func collapsedRecipientAndSignatureStayTogether() throws {
        let (_, doc) = try segmented(seed: "003_9d15432caafed8b4")
        #expect(doc.first(.recipient)?.blocks.map(\.text) == ["Mr McGovern Managing Director Cannock Chase District Council"])
        #expect(doc.first(.signOff)?.blocks.count == 2)
        #expect(doc.all(.statisticsPanel).isEmpty)
    }

    @Test func signatureRightBeforeATableKeepsItsRolesAndATableTitleIsNotARole() throws {
        let letter = "OMBUDSMAN\n\nDear Ms X\n\nAnnual Review letter 2021\n\nText.\n\nYours sincerely,\n\nA Person\n\nFirst Role\nChair, Second Role\n\n"
        let table = "Reference\tAuthority\tCategory\tReceived\n1111111\tX Council\tHousing\t01 Apr 2020\n"
        var doc = try Fixtures.segmented(letter + table)
        #expect(doc.first(.signOff)?.blocks.map(\.text) == ["Yours sincerely,", "A Person", "First Role Chair, Second Role"])
        doc = try Fixtures.segmented(letter + "Complaints received\n\n" + table)
        #expect(doc.first(.signOff)?.blocks.count == 3)
        #expect(doc.first(.other)?.blocks.map(\.text) == ["Complaints received"])
    }

    @Test func recipientBlockBeforeTheDate() throws {
        let text = "Local Government & Social Care OMBUDSMAN\n\nMs Jones\nChief Executive\nWigan Council\n\n20 July 2022\n\nBy email\n\nDear Ms Jones\n\nAnnual Review letter 2022\n\nText.\n"
        let doc = try Fixtures.segmented(text)
        #expect(doc.segments.map(\.kind).prefix(4) == [.header, .recipient, .header, .salutation])
        let letter = try Fixtures.letter(text)
        #expect(letter.recipient == Recipient(name: "Ms Jones", jobTitle: "Chief Executive", authority: "Wigan Council"))
        #expect(letter.date?.description == "2022-07-20" && letter.delivery == "By email")
    }
}
