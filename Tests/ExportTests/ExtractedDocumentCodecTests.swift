import AnnualReview
@testable import AnnualReviewExport
import Foundation
import Testing

@Suite("Worker pipe: binary ExtractedDocument")
struct ExtractedDocumentCodecTests {
    static let sample: ExtractedDocument = {
        let box = Box(x0: 1.5, y0: 2.25, x1: 300.125, y1: 14)
        let word = PositionedWord(text: "Ombudsman’s", box: box, fontSize: 10.5, isBold: true)
        let full = TextLine(text: "Dear Mr Bowen ✓", lineNumber: 12, box: box, fontSize: 11, isBold: false,
                            words: [word, PositionedWord(text: "", box: box, fontSize: 0, isBold: false)])
        let bare = TextLine(text: "plain")
        return ExtractedDocument(
            source: SourceInfo(name: "a letter.pdf", format: .pdf, pageCount: 2, sha256: String(repeating: "f", count: 64)),
            pages: [ExtractedPage(number: 1, width: 595.28, height: 841.89, lines: [full, bare]),
                    ExtractedPage(number: 2, lines: [])])
    }()

    @Test func roundTripsEveryField() throws {
        #expect(try ExtractedDocumentCodec.decode(ExtractedDocumentCodec.encode(Self.sample)) == Self.sample)
        let text = try Pipeline().extract(Data(contentsOf: try #require(SampleLetters.seedFiles.first)), name: "seed.txt")
        #expect(try ExtractedDocumentCodec.decode(ExtractedDocumentCodec.encode(text)) == text)
    }

    /// If one of these fails, a field was added to the model: add it to ExtractedDocumentCodec.
    @Test func coversEveryStoredProperty() throws {
        let page = try #require(Self.sample.pages.first)
        let line = try #require(page.lines.first)
        let word = try #require(line.words.first)
        let counts = [
            Mirror(reflecting: Self.sample).children.count, Mirror(reflecting: Self.sample.source).children.count,
            Mirror(reflecting: page).children.count, Mirror(reflecting: line).children.count,
            Mirror(reflecting: word).children.count, Mirror(reflecting: word.box).children.count,
        ]
        #expect(counts == [2, 4, 4, 6, 4, 4])
    }

    @Test func malformedBytesThrowInsteadOfTrapping() {
        let bytes = ExtractedDocumentCodec.encode(Self.sample)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: BinaryReader.Malformed.self) { try ExtractedDocumentCodec.decode(bytes.prefix(length)) }
        }
        var hostile = bytes
        hostile.replaceSubrange(hostile.count - 8..<hostile.count, with: [UInt8](repeating: 0xFF, count: 8))
        #expect(throws: BinaryReader.Malformed.self) { try ExtractedDocumentCodec.decode(hostile) }
        #expect(throws: BinaryReader.Malformed.self) { try ExtractedDocumentCodec.decode(Data(repeating: 0x7F, count: 64)) }
    }

    @Test func failuresCrossThePipeIntact() {
        let errors: [ConversionError] = [.unreadable("x"), .empty, .binary, .notALetter("y"), .tooLarge(17 << 20), .encrypted,
                                         .damagedPDF("z"), .noPages, .noTextLayer, .popplerUnavailable, .crashed,
                                         .timedOut(2.5)]
        for error in errors {
            #expect(WorkerMessages.extracted(WorkerMessages.response(extracted: .failure(error))) == .failure(error))
            guard case .failure(let back)? = WorkerMessages.letter(WorkerMessages.response(letter: .failure(error))) else {
                Issue.record("\(error)")
                continue
            }
            #expect(back == error)
        }
        #expect(WorkerMessages.extracted(Data([7, 1, 2])) == nil)
    }
}
