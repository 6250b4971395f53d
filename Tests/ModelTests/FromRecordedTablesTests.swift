import AnnualReview
import Testing
import TestSupport

/// model, started from the recorded tables view, gives the sample's expected JSON.
@Suite struct FromRecordedTablesTests {
    @Test(arguments: StageViews.samples)
    func modelFromRecordedTables(_ sample: String) throws {
        let tabulated = try StageViews.recorded(TabulatedDocument.self, sample, .tables)
        let letter = try Pipeline.model(tabulated)
        #expect(try StageViews.view(letter) == StageViews.recordedText(sample, .model))
    }
}
