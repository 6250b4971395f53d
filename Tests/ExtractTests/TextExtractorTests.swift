import AnnualReview
import Foundation
import Testing
import TestSupport

@Suite struct TextExtractorTests {
    func extract(_ bytes: [UInt8]) throws(ConversionError) -> ExtractedDocument {
        try Pipeline().extract(Data(bytes), name: "x.txt")
    }

    @Test func decodesUTF8IntoOnePageOfNumberedLines() throws {
        let doc = try extract(Array("Dear Ms Ó\nsecond".utf8))
        #expect(doc.pages.count == 1)
        #expect(doc.pages[0].lines.map(\.text) == ["Dear Ms Ó", "second"])
        #expect(doc.pages[0].lines.map(\.lineNumber) == [1, 2])
        #expect(doc.source.format == .text)
        #expect(doc.source.pageCount == nil)
    }

    @Test func spellsOutLigatures() throws {
        let doc = try extract(Array("when we \u{FB01}nd some form of fault, e\u{FB00}ective\nplain".utf8))
        #expect(doc.pages[0].lines.map(\.text) == ["when we find some form of fault, effective", "plain"])
    }

    @Test func stripsBOMAndFoldsCRLFAndCR() throws {
        let doc = try extract([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8))
        #expect(doc.pages[0].lines.map(\.text) == ["a", "b", "c", ""])
    }

    @Test func fallsBackToWindows1252ForInvalidUTF8() throws {
        // 0x92 is a right single quote in Windows-1252, 0xA3 the pound sign.
        let doc = try extract(Array("Council".utf8) + [0x92] + Array("s fee ".utf8) + [0xA3] + Array("5".utf8))
        #expect(doc.pages[0].lines[0].text == "Council’s fee £5")
    }

    @Test func hashesTheInputBytes() throws {
        let doc = try extract(Array("abc".utf8))
        #expect(doc.source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func refusesEmptyAndBlankFiles() {
        #expect(throws: ConversionError.empty) { try extract([]) }
        #expect(throws: ConversionError.empty) { try extract(Array(" \n\t\r\n ".utf8)) }
    }

    @Test func refusesBinaryNoise() {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: ConversionError.binary) { try extract(noise + [0]) }
        #expect(throws: ConversionError.binary) { try extract([0x01, 0x02, 0x03, 0x04, 0x05, 0x41]) }
        // No NUL and no control character, but no text in any encoding either.
        #expect(throws: ConversionError.binary) { try extract(Array(repeating: 0xA5, count: 2048)) }
    }

    @Test func sniffsPDFFromBytesNotExtension() {
        #expect(Pipeline.isPDF(Data("%PDF-1.7\n".utf8)))
        #expect(Pipeline.isPDF(Data("\n\n%PDF-1.4".utf8)))
        #expect(!Pipeline.isPDF(Data("Dear Sir, %PDF is not here".utf8.prefix(5))))
        // A PDF with no extractor plugged in says so instead of crashing.
        #expect(throws: ConversionError.popplerUnavailable) { try Pipeline().extract(Data("%PDF-1.4".utf8), name: "a.txt") }
    }

    @Test func everySeedExtractsAllItsLines() throws {
        for name in Fixtures.seedNames {
            let text = try Fixtures.text(name + ".txt")
            let doc = try Pipeline().extract(Data(text.utf8), name: name)
            #expect(doc.pages[0].lines.count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        }
    }
}
