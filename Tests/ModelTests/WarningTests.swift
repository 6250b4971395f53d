import AnnualReview
import Foundation
import Testing
import TestSupport

/// Every warning code of schemaVersion 1, each triggered on purpose.
@Suite struct WarningTests {
    func seed(_ name: String) throws -> String { try Fixtures.seedText(name) }

    @Test func consistentSeedsHaveNoWarnings() throws {
        for name in ["000_530d96cbad46cbd9", "001_c61a5ee2af0bfbd5", "002_b2d53b3434d87909", "004_547b65f656e62dc3"] {
            #expect(try Fixtures.letter(try seed(name)).warnings == [], "\(name)")
        }
    }

    @Test func statisticsMissing() throws {
        let letter = try Fixtures.letter(try seed("003_9d15432caafed8b4"))
        #expect(letter.statistics == nil)
        #expect(letter.warnings == [LetterWarning(.statisticsMissing, "the letter holds no statistics panels")])
    }

    @Test func statisticsInconsistentPercentage() throws {
        let text = try seed("001_c61a5ee2af0bfbd5").replacingOccurrences(of: "25% of complaints", with: "30% of complaints")
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings.map(\.code) == [.statisticsInconsistent])
        #expect(letter.warnings.first?.message.contains("30%") == true)
        #expect(letter.warnings.first?.message.contains("25%") == true)
    }

    @Test func statisticsInconsistentRemedies() throws {
        // 1 remedy of 1 upheld case is 100%, not the 0% stated.
        let text = try seed("001_c61a5ee2af0bfbd5").replacingOccurrences(of: "0\nsatisfactory remedy decisions", with: "1\nsatisfactory remedy decision")
        let letter = try Fixtures.letter(text)
        #expect(letter.statistics?.satisfactoryRemedies.remedyCount == 1)
        #expect(letter.warnings.map(\.code) == [.statisticsInconsistent])
    }

    @Test func statisticsInconsistentPeriod() throws {
        let text = try seed("002_b2d53b3434d87909").replacingOccurrences(of: "between 1 April 2019 to 31 March 2020", with: "between 1 April 2018 to 31 March 2019")
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings.map(\.code) == [.statisticsInconsistent])
        #expect(letter.warnings.first?.message.contains("Complaints upheld") == true)
    }

    @Test func statisticsInconsistentWithDecisionsTable() throws {
        // The panel says 2 detailed investigations; the table holds one upheld decision and no other investigation.
        let text = try seed("002_b2d53b3434d87909") + "\n\nReference\tAuthority\tCategory\tDecided\tDecision\tDecision Reason\tRemedy\tService improvement recommendations\n20000001\tNorth East Derbyshire District Council\tHousing\t01/06/19\tUpheld\tfault & injustice\tApology\t\n"
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings.map(\.code) == [.statisticsInconsistent, .statisticsInconsistent])
    }

    @Test func dateOrder() throws {
        let text = try seed("000_530d96cbad46cbd9").replacingOccurrences(of: "19000565\tChesterfield Borough Council\tPlanning & Development\t15/05/19", with: "19000565\tChesterfield Borough Council\tPlanning & Development\t15/03/19")
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings == [LetterWarning(.dateOrder, "decision 19000565 is dated 2019-03-15, before the complaint was received on 2019-04-10")])
    }

    @Test func authorityMismatch() throws {
        let text = try seed("000_530d96cbad46cbd9").replacingOccurrences(of: "19004515\tChesterfield Borough Council\tBenefits & Tax\t19 Jun 2019", with: "19004515\tBolsover District Council\tBenefits & Tax\t19 Jun 2019")
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings.map(\.code) == [.authorityMismatch])
        #expect(letter.warnings[0].message.contains("19004515") && letter.warnings[0].message.contains("Bolsover District Council"))
        #expect(letter.complaintsReceived?.count == 15)
    }

    @Test func unparsedLineIsQuotedAndNothingIsDropped() throws {
        let text = try seed("000_530d96cbad46cbd9").replacingOccurrences(of: "19009321\tChesterfield", with: "garbled ### row\n19009321\tChesterfield")
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings.map(\.code) == [.unparsedLine])
        #expect(letter.warnings[0].message.contains("'garbled ### row'"))
        #expect(letter.warnings[0].message.contains("line "))
        #expect(letter.complaintsReceived?.count == 15)
    }

    @Test func warningsFollowTheOrderOfTheirPlaces() throws {
        var text = try seed("000_530d96cbad46cbd9")
        text = text.replacingOccurrences(of: "19000565\tChesterfield Borough Council\tPlanning & Development\t15/05/19", with: "19000565\tChesterfield Borough Council\tPlanning & Development\t15/03/19")
        text = text.replacingOccurrences(of: "19004515\tChesterfield Borough Council\tBenefits & Tax\t19 Jun 2019", with: "19004515\tOther Council\tBenefits & Tax\t19 Jun 2019")
        text = text.replacingOccurrences(of: "**Compliance with Ombudsman recommendations**\n\nNo recommendations were due for compliance in this period\n\n", with: "")
        let letter = try Fixtures.letter(text)
        #expect(letter.warnings.map(\.code) == [.statisticsMissing, .authorityMismatch, .dateOrder])
        #expect(letter.statistics?.compliance.status == .missing)
    }
}
