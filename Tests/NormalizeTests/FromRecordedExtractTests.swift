import AnnualReview
import Testing
import TestSupport

/// normalize, started from the recorded extract view, gives the recorded normalize view.
@Suite struct FromRecordedExtractTests {
    @Test(arguments: StageViews.samples)
    func normalizeFromRecordedExtract(_ sample: String) throws {
        let extracted = try StageViews.recorded(ExtractedDocument.self, sample, .extract)
        let normalized = Pipeline.normalize(extracted)
        #expect(try StageViews.view(normalized) == StageViews.recordedText(sample, .normalize))
    }
}
