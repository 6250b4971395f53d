import AnnualReview
import Foundation
import Testing
import TestSupport

/// Regression (Samples/fixtures/regressions/long-runs.txt): a row continued by many lines (an
/// empty reference cell) copied each cell's whole text for every line: quadratic. Thousands of
/// continuation lines must read into one row.
@Suite struct LongRunTableTests {
    @Test func aRowContinuedByThousandsOfLinesReadsInLinearTime() throws {
        let lines = try Fixtures.text("fixtures/regressions/long-runs.txt")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let continuation = try #require(lines.firstIndex { $0.hasPrefix("\tand a wrapped cell") })
        let times = 20_000
        let text = (Array(lines[..<continuation]) + Array(repeating: lines[continuation], count: times)
                    + Array(lines[(continuation + 1)...])).joined(separator: "\n")

        // Linear: under a second in a debug build here; the quadratic form took about 27 s for
        // 15,000 lines (measured), so about 48 s for these. No clock is asked (a timed test fails
        // on a loaded machine; speed is `scripts/bench`'s to show).
        let tabulated = Pipeline.tables(try Pipeline.segment(try Fixtures.normalized(text)))
        let table = try #require(tabulated.tables.first)
        #expect(table.rows.count == 1)
        #expect(table.unparsed.isEmpty)
        let row = try #require(table.rows.first)
        #expect(row.cells[1] == "London Borough of Hackney" + String(repeating: " and a wrapped cell", count: times))
        #expect(row.cells[2] == "Housing" + String(repeating: " that goes on", count: times))
        #expect(row.cells[3] == "01 Apr 2020")
    }
}
