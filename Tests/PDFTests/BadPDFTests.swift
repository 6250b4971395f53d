import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

/// Bad PDFs give the right error, never a crash.
@Suite struct BadPDFTests {
    @Test func encryptedPDF() throws {
        #expect(PDFSupport.error(converting: try PDFSupport.data("fixtures/pdf/bad-encrypted.pdf")) == .encrypted)
    }

    @Test func truncatedPDF() throws {
        let error = PDFSupport.error(converting: try PDFSupport.data("fixtures/pdf/bad-truncated.pdf"))
        guard case .damagedPDF = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func flippedBytes() throws {
        let error = PDFSupport.error(converting: try PDFSupport.data("fixtures/pdf/bad-flipped.pdf"))
        guard case .damagedPDF = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func zeroPages() throws {
        #expect(PDFSupport.error(converting: try PDFSupport.data("fixtures/pdf/bad-zero-pages.pdf")) == .noPages)
    }

    @Test func imageOnly() throws {
        #expect(PDFSupport.error(converting: try PDFSupport.data("fixtures/pdf/bad-image-only.pdf")) == .noTextLayer)
    }

    @Test func notALetter() throws {
        let error = PDFSupport.error(converting: try PDFSupport.data("fixtures/pdf/bad-not-a-letter.pdf"))
        guard case .notALetter = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func justAHeader() {
        let error = PDFSupport.error(converting: Data("%PDF-1.7\n".utf8))
        guard case .damagedPDF = error else { Issue.record("got \(String(describing: error))"); return }
    }

    /// Cut at many places, or with bytes flipped at random, a letter never traps: it converts
    /// or gives an error.
    @Test func mangledLettersNeverCrash() throws {
        let letter = try PDFSupport.data("generated/g01-hackney-2021.pdf-reportlab.pdf")
        var generator = SplitMix(seed: 20_240_611)
        for fraction in stride(from: 0.05, through: 0.95, by: 0.15) {
            _ = PDFSupport.error(converting: letter.prefix(Int(Double(letter.count) * fraction)))
        }
        for _ in 0..<12 {
            var bytes = [UInt8](letter)
            for _ in 0..<8 {
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            }
            _ = PDFSupport.error(converting: Data(bytes))
        }
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
