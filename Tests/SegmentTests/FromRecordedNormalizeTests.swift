import AnnualReview
import Testing
import TestSupport

/// segment, started from the recorded normalize view, gives the recorded segment view; every
/// block of the normalized document lands in exactly one segment.
@Suite struct FromRecordedNormalizeTests {
    @Test(arguments: StageViews.samples)
    func segmentFromRecordedNormalize(_ sample: String) throws {
        let normalized = try StageViews.recorded(NormalizedDocument.self, sample, .normalize)
        let segmented = try Pipeline.segment(normalized)
        #expect(try StageViews.view(segmented) == StageViews.recordedText(sample, .segment))
        #expect(segmented.segments.flatMap(\.blocks) == normalized.blocks)
    }
}
