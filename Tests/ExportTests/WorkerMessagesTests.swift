import AnnualReview
@testable import AnnualReviewExport
import Foundation
import Testing

@Suite("Worker pipe: requests and responses")
struct WorkerMessagesTests {
    /// The parent writes what the worker's letter would have given in this process: the jsonl
    /// line as it comes, and, decoded, the same value and the same bytes in every JSON form.
    @Test func aLetterCrossesThePipeUnchanged() throws {
        let letters = try SampleLetters.letters()
        try #require(!letters.isEmpty)
        for letter in letters {
            let response = WorkerMessages.response(letter: .success(letter))
            let converted = try #require(WorkerMessages.letter(response)).get()
            #expect(converted.compactJSON == (try CanonicalJSON.compact(letter)))
            #expect(converted.warningCount == letter.warnings.count)
            #expect(try JSONLinesWriter.render(converted) == JSONLinesWriter.render(letter))
            let crossed = try converted.letter()
            #expect(crossed == letter, "\(letter.source.name)")
            #expect(try CanonicalJSON.pretty(crossed) == CanonicalJSON.pretty(letter))
            #expect(try CSVWriter.render(converted) == CSVWriter.render(letter))
        }
    }

    @Test func anExtractedDocumentCrossesThePipe() throws {
        let document = ExtractedDocumentCodecTests.sample
        #expect(WorkerMessages.extracted(WorkerMessages.response(extracted: .success(document))) == .success(document))
    }

    @Test func requestsSayWhatTheyAskFor() throws {
        for request: WorkerMessages.Request in [.letter, .extracted] {
            let parsed = try #require(WorkerMessages.request(WorkerMessages.requestHeader(request, name: "a b ✓.pdf")))
            #expect(parsed.0 == request)
            #expect(parsed.name == "a b ✓.pdf")
            #expect(parsed.sha256 == nil)
            let hash = String(repeating: "0f", count: 32)
            let hashed = try #require(WorkerMessages.request(WorkerMessages.requestHeader(request, name: "a.pdf", sha256: hash)))
            #expect(hashed.0 == request && hashed.name == "a.pdf" && hashed.sha256 == hash)
        }
        #expect(WorkerMessages.request(Data([WorkerMessages.Request.letter.rawValue, 9]) + Data("short".utf8)) == nil)
        #expect(WorkerMessages.request(Data()) == nil)
        #expect(WorkerMessages.request(Data("xname".utf8)) == nil)
    }

    @Test func bytesThatAreNoResponseAreNil() {
        let count = Data(repeating: 0, count: 8)
        #expect(WorkerMessages.letter(Data()) == nil)
        #expect(WorkerMessages.letter(Data([0]) + count + Data("{not json".utf8)) == nil)
        #expect(WorkerMessages.letter(Data([0]) + count + Data([0x7B, 0xFF, 0x7D])) == nil)
        #expect(WorkerMessages.letter(Data([0, 1, 2])) == nil)
        #expect(WorkerMessages.letter(Data([7, 1, 2])) == nil)
        #expect(WorkerMessages.extracted(Data([0, 1, 2, 3])) == nil)
    }
}
