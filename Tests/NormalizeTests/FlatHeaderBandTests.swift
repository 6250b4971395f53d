@testable import AnnualReview
import Testing

/// A header whose cell boundaries were lost, read line by line: on one line, wrapped, cut
/// inside words, centred in a tall header row.
@Suite struct FlatHeaderBandTests {
    func cells(_ lines: [String]) -> [String]? {
        var band = FlatHeaderBand()
        for line in lines {
            guard let next = band.adding(line.split(separator: " ")) else { return nil }
            band = next
        }
        return band.isComplete ? band.cells : nil
    }

    @Test func aHeaderOnOneLine() {
        #expect(cells(["Reference Authority Category Received"]) == ["Reference", "Authority", "Category", "Received"])
    }

    @Test func aLastNameThatWraps() {
        #expect(cells(["Reference Authority Decision Decision Reason Remedy Service", "improvement", "recommendations"])
            == ["Reference", "Authority", "Decision", "Decision Reason", "Remedy", "Service improvement recommendations"])
    }

    @Test func wordsCutByNarrowCells() {
        #expect(cells(["Referenc", "e Authority Category Decide d Decision Remed y"])
            == ["Referenc e", "Authority", "Category", "Decide d", "Decision", "Remed y"])
    }

    /// Pieces of different columns share lines; where no line orders two names, the fields'
    /// order in the letters' tables does.
    @Test func cellsCentredInATallHeaderRow() {
        #expect(cells(["Service", "Referenc Decide Remed", "Authority Category Decision Decision Reason improvement",
                       "e d y", "recommendations"])
            == ["Referenc e", "Authority", "Category", "Decide d", "Decision", "Decision Reason", "Remed y",
                "Service improvement recommendations"])
    }

    @Test func aWordNoHeaderNameBeginsIsNoHeader() {
        #expect(cells(["Reference Authority", "Chesterfield"]) == nil)
        #expect(cells(["Reference Authority Category", "Service"]) == nil)
    }
}
