@testable import AnnualReview
import Foundation
import Testing
import TestSupport

/// A header repeated with fewer names than the first (a page's header without the names of
/// the columns empty on it): the rows read under it go into the first header's columns.
@Suite struct RepeatedHeaderTests {
    /// Regression (Samples/fixtures/regressions/narrow-repeated-header.txt, found by FuzzText):
    /// every row of every table is as wide as its header.
    @Test func rowsUnderANarrowerRepeatedHeaderAreAsWideAsTheTable() throws {
        // The fuzzer's bytes, not all of them UTF-8: read as any input is.
        let data = try Fixtures.data("fixtures/regressions/narrow-repeated-header.txt")
        let extracted = try Pipeline().extract(data, name: "narrow-repeated-header.txt")
        let tables = Pipeline.tables(try Pipeline.segment(Pipeline.normalize(extracted))).tables
        #expect(!tables.isEmpty)
        for table in tables {
            #expect(table.rows.allSatisfy { $0.cells.count == table.header.count })
        }
    }

    @Test func aRowMovesIntoTheFirstHeadersColumnsFieldByField() {
        let row = TableRow(cells: ["20001234", "Housing", "13 Apr 2020"], origins: [])
        let placed = row.placed(from: [.reference, .category, .received], into: [.reference, .authority, .category, .received])
        #expect(placed?.cells == ["20001234", "", "Housing", "13 Apr 2020"])
        // A filled cell whose column the first header lacks: no place, so the row is reported.
        #expect(row.placed(from: [.reference, .category, .decided], into: [.reference, .category, .received]) == nil)
        // An empty cell needs no column.
        let short = TableRow(cells: ["20001234", ""], origins: [])
        #expect(short.placed(from: [.reference, .remedy], into: [.reference, .category])?.cells == ["20001234", ""])
    }
}
