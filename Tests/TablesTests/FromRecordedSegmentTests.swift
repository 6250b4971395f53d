import AnnualReview
import Testing
import TestSupport

/// tables, started from the recorded segment view, gives the recorded tables view; every row
/// has as many cells as its header.
@Suite struct FromRecordedSegmentTests {
    @Test(arguments: StageViews.samples)
    func tablesFromRecordedSegment(_ sample: String) throws {
        let segmented = try StageViews.recorded(SegmentedDocument.self, sample, .segment)
        let tabulated = Pipeline.tables(segmented)
        #expect(try StageViews.view(tabulated) == StageViews.recordedText(sample, .tables))
        for table in tabulated.tables {
            #expect(table.rows.allSatisfy { $0.cells.count == table.header.count })
        }
    }
}
