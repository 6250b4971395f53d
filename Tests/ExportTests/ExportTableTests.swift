import AnnualReview
import AnnualReviewExport
import Testing

@Suite("Flattened tables")
struct ExportTableTests {
    @Test func everyRowHasOneCellPerColumnAndStartsWithTheKey() throws {
        for letter in try SampleLetters.letters() {
            for table in ExportTable.allCases {
                for row in table.rows(letter) {
                    #expect(row.count == table.columns.count, "\(table) of \(letter.source.name)")
                    #expect(row.first == .text(letter.source.sha256))
                }
            }
            for file in CSVWriter.File.allCases {
                let text = try CSVWriter.render(letter)[CSVWriter.File.allCases.firstIndex(of: file) ?? 0]
                for record in CSVFormat.parse(text) { #expect(record.count == file.columns.count) }
            }
        }
    }

    @Test func noneAndEmptyTablesStayApart() throws {
        var letter = try #require(try SampleLetters.letters().first)
        letter.decisions = nil
        letter.complaintsReceived = []
        let row = try #require(ExportTable.letters.rows(letter).first)
        let columns = ExportTable.letters.columns
        #expect(row[try #require(columns.firstIndex(of: "decision_rows"))] == .null)
        #expect(row[try #require(columns.firstIndex(of: "complaints_received_rows"))] == .integer(0))
    }
}
