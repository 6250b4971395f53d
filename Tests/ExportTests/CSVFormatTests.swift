import AnnualReviewExport
import Testing

@Suite("CSV quoting (RFC 4180)")
struct CSVFormatTests {
    @Test func quotesOnlyWhatNeedsIt() {
        let record = CSVFormat.record([
            .text("plain"), .text("a,b"), .null, .text(""), .text("say \"hi\""), .text("two\nlines"),
            .integer(3), .real(33.5), .real(25),
        ])
        #expect(record == "plain,\"a,b\",,\"\",\"say \"\"hi\"\"\",\"two\nlines\",3,33.5,25\r\n")
    }

    @Test func parsesWhatItWrites() {
        let fields: [String?] = ["x", nil, "", "comma, inside", "quote \" inside", "line\r\nbreak", "£ and é"]
        let text = CSVFormat.record(fields) + CSVFormat.record(["second", nil])
        let parsed = CSVFormat.parse(text)
        #expect(parsed.count == 2)
        #expect(parsed.first == fields)
        #expect(parsed.last == ["second", nil])
    }

    @Test func acceptsBareLineFeedsAndNoFinalLineEnd() {
        #expect(CSVFormat.parse("a,b\nc,d") == [["a", "b"], ["c", "d"]])
    }
}
