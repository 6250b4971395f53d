import AnnualReviewExport
import Testing

@Suite("Progress bar and summary line")
struct ProgressBarTests {
    @Test func showsCountRateAndTimeLeft() {
        let bar = ProgressBar(total: 100, width: 10)
        #expect(bar.line(done: 50, elapsed: 10) == "[=====>    ] 50/100  5.0 files/s  0:10 left")
        #expect(bar.line(done: 100, elapsed: 20) == "[==========] 100/100  5.0 files/s")
        #expect(bar.line(done: 0, elapsed: 0) == "[>         ] 0/100  0.0 files/s")
    }

    @Test func clock() {
        #expect(ProgressBar.clock(7) == "0:07")
        #expect(ProgressBar.clock(3725) == "1:02:05")
    }

    @Test func summaryLine() {
        var summary = BatchSummary()
        summary.total = 10
        summary.converted = 8
        summary.failed = 1
        summary.skipped = 1
        summary.warnings = 3
        summary.elapsed = 2
        #expect(summary.line == "annual-review: 8 converted, 1 failed, 3 warnings, 1 skipped (already in the output), 2.0 s (5.0 files/s)")
    }
}
