import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

/// PDFs the fuzzer (`scripts/fuzz`) found slow or wrong, reduced to a fixture in
/// Samples/fixtures/regressions (its README says where each came from).
@Suite struct FuzzRegressionTests {
    /// zero-width-text.pdf: one string of 8,000 characters drawn with a text matrix of zero
    /// width (`0 0 0 1 x y Tm`), so every glyph lands on one point. The fuzzer found it as a
    /// page that ran past its 10 s timeout (a `Tm` mutated to zero width over a string that had
    /// swallowed the rest of the page). The time is poppler's: its text coalescing compares
    /// each glyph with the ones already at that point, quadratic in their number (pdftotext:
    /// 0.2 s for 8,000 glyphs, 1.1 s for 16,000). The stages after it must stay linear in
    /// glyphs that share a point, and the file must end in a letter or one line.
    @Test func glyphsOnOnePointEndInOneLine() throws {
        try Self.expectOneLine("zero-width-text.pdf", within: Self.onePointLimit)
    }

    /// alternating-lines.pdf (`slow-alternating-lines` of `scripts/make-hostile-pdfs`): 2,100
    /// lines on one tall page, each on its own baseline, alternating between two columns. The
    /// fuzzer found its like as a page that ran past the timeout (2,094 lines on one page,
    /// 1.8 s alone): the search for columns grew a group of lines from each line in turn.
    /// Measured in a debug build: 5.05 s before the page was read line by line, 0.37 s after.
    @Test func manyLinesOnOnePageEndInOneLine() throws {
        try Self.expectOneLine("alternating-lines.pdf", within: Self.manyLinesLimit)
    }

    /// The regression fixture `name` ends in a letter or one line, within `limit`.
    static func expectOneLine(_ name: String, within limit: Duration) throws {
        let data = try PDFSupport.data("fixtures/regressions/\(name)")
        let clock = ContinuousClock()
        let begin = clock.now
        let outcome = HostilePDFTests.convert(data, name: name)
        let took = clock.now - begin
        HostilePDFTests.expectOneLine(outcome, name)
        #expect(took < limit, "\(name): \(took)")
    }

    /// Half of what it took before; about seven times what it takes now, room for a suite that
    /// runs other tests on both cores beside it.
    static let manyLinesLimit: Duration = .seconds(2.5)

    /// poppler takes about 0.25 s of it; the rest of the pipeline, in a debug build on a busy
    /// machine, well under a second while it stays linear (a pass comparing every pair of
    /// glyphs at one point would be 64 million comparisons).
    static let onePointLimit: Duration = .seconds(5)
}
