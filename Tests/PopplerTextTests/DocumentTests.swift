import Foundation
import Testing

@testable import PopplerText

/// Opening documents, and every way opening can fail.
@Suite struct DocumentTests {
    @Test func opensABasicPDF() throws {
        let document = try PopplerDocument(data: Fixture.data("basic.pdf"))
        #expect(document.pageCount == 1)
        let page = try document.page(0)
        #expect(page.index == 0)
        #expect(abs(page.size.width - 595.2756) < 0.001)
        #expect(abs(page.size.height - 841.8898) < 0.001)
        #expect(page.text.hasPrefix("Annual Review letter 2020\nDear Mr Bowen\n"))
        #expect(page.text.contains("Café costs £5 – “quoted” text."))
    }

    @Test func pageIndexOutOfRangeThrows() throws {
        let document = try PopplerDocument(data: Fixture.data("multipage.pdf"))
        #expect(document.pageCount == 3)
        for index in [-1, 3, Int.max, Int.min] {
            #expect(throws: PopplerError.pageOutOfRange(index: index, pageCount: 3)) {
                try document.page(index)
            }
        }
        #expect(PopplerError.pageOutOfRange(index: 3, pageCount: 3).message
            == "page index 3 is out of range (the PDF has 3 pages)")
    }

    @Test func encryptedPDFNeedsThePassword() throws {
        let data = try Fixture.data("encrypted.pdf")
        #expect(throws: PopplerError.encrypted) { try PopplerDocument(data: data) }
        #expect(throws: PopplerError.encrypted) { try PopplerDocument(data: data, password: "wrong") }
        #expect(PopplerError.encrypted.message == "the PDF is encrypted (password protected)")
        // The user password opens it, and it reads like the original.
        let opened = try PopplerDocument(data: data, password: "user")
        let original = try PopplerDocument(data: Fixture.data("basic.pdf"))
        #expect(try opened.page(0).text == original.page(0).text)
        #expect(try opened.page(0).glyphs() == original.page(0).glyphs())
        // Empty and non-ASCII wrong passwords are refused cleanly too.
        #expect(throws: PopplerError.encrypted) { try PopplerDocument(data: data, password: "") }
        #expect(throws: PopplerError.encrypted) { try PopplerDocument(data: data, password: "pässwörd €") }
        // A password given for a document that needs none is ignored.
        #expect(try PopplerDocument(data: Fixture.data("basic.pdf"), password: "user").pageCount == 1)
    }

    @Test func truncatedPDFIsDamaged() throws {
        let data = try Fixture.data("truncated.pdf")
        do {
            _ = try PopplerDocument(data: data)
            Issue.record("a truncated PDF opened")
        } catch {
            guard case .damaged = error else {
                Issue.record("expected .damaged, got \(error)")
                return
            }
            #expect(error.message.hasPrefix("the PDF is damaged"))
        }
    }

    @Test func garbageIsNotAPDF() throws {
        var generator = SplitMix64(seed: 42)
        let garbage = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(throws: PopplerError.notAPDF) { try PopplerDocument(data: garbage) }
        #expect(throws: PopplerError.notAPDF) { try PopplerDocument(data: Data()) }
        #expect(throws: PopplerError.notAPDF) { try PopplerDocument(data: Data("hello, world".utf8)) }
    }

    @Test func garbageWithAPDFHeaderIsDamaged() throws {
        var generator = SplitMix64(seed: 7)
        let garbage = Data("%PDF-1.7\n".utf8) + Data((0..<2048).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(throws: PopplerError.self) { try PopplerDocument(data: garbage) }
        do {
            _ = try PopplerDocument(data: garbage)
        } catch {
            guard case .damaged = error else {
                Issue.record("expected .damaged, got \(error)")
                return
            }
        }
    }

    @Test func zeroPagePDFThrowsNoPages() throws {
        #expect(throws: PopplerError.noPages) { try PopplerDocument(data: Fixture.data("zero-pages.pdf")) }
    }

    @Test(arguments: ["image-only.pdf", "blank.pdf"])
    func pageWithoutTextHasNoGlyphs(name: String) throws {
        let page = try PopplerDocument(data: Fixture.data(name)).page(0)
        #expect(page.text == "")
        #expect(page.glyphs() == [])
    }

    @Test func pageOutlivesItsDocumentReference() throws {
        // The page holds its document: dropping ours must not free it early.
        var document: PopplerDocument? = try PopplerDocument(data: Fixture.data("basic.pdf"))
        let page = try #require(document).page(0)
        document = nil
        #expect(page.glyphs().count > 100)
    }

    /// Corrupted copies of a good PDF (bytes overwritten, cut short) must give
    /// an error or a readable document, never a crash.
    @Test func corruptedCopiesNeverCrash() throws {
        let original = try Fixture.data("multipage.pdf")
        var generator = SplitMix64(seed: 2024)
        var opened = 0  // documents that opened (their pages may still fail)
        var refused = 0  // documents that did not open
        var pageErrors = 0  // pages that could not be loaded
        for round in 0..<150 {
            var bytes = [UInt8](original)
            if round % 3 == 0 {
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
            } else {
                for _ in 0..<(1 + round % 8) {
                    let at = Int.random(in: 0..<bytes.count, using: &generator)
                    bytes[at] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            let document: PopplerDocument
            do {
                document = try PopplerDocument(data: Data(bytes))
            } catch {
                refused += 1
                #expect(!error.message.isEmpty)
                continue
            }
            opened += 1
            for index in 0..<document.pageCount {
                do {
                    let page = try document.page(index)
                    _ = page.text
                    let glyphs = page.glyphs()
                    #expect(glyphs.allSatisfy { $0.box.x0 <= $0.box.x1 && $0.box.y0 <= $0.box.y1 })
                } catch {
                    pageErrors += 1
                    #expect(!error.message.isEmpty)
                }
            }
        }
        #expect(opened + refused == 150)
        #expect(opened > 0 && refused > 0)  // both paths were exercised
        print("PopplerText corrupted copies: \(opened) opened, \(refused) refused, \(pageErrors) page errors")
    }

    @Test func errorMessagesAreOneLine() {
        let errors: [PopplerError] = [
            .notAPDF, .encrypted, .damaged("x"), .damaged(""), .noPages,
            .pageOutOfRange(index: 0, pageCount: 1), .renderFailed("y"),
        ]
        for error in errors {
            #expect(!error.message.isEmpty)
            #expect(!error.message.contains("\n"))
            #expect(error.description == error.message)
        }
    }
}

/// A small seeded generator so the "random" inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
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

/// The document that keeps poppler's settings for the process (`PopplerGlobals`).
@Suite struct PopplerGlobalsTests {
    @Test func residentDocumentOpens() {
        #expect(PopplerGlobals.resident)
    }
}
