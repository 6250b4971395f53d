import AnnualReview
import AnnualReviewPDF
import Foundation
import Testing

/// PDF letters convert to the same model as their text renderings.
@Suite struct PDFLetterTests {
    /// Every PDF with an expected JSON beside it: the generated samples (two producers) and our
    /// own fixtures in a third layout.
    static let pdfs: [String] = (PDFSupport.files(in: "generated", ext: "pdf") + PDFSupport.files(in: "fixtures/pdf", ext: "pdf"))
        .filter { PDFSupport.exists(String($0.dropLast(4)) + ".json") }

    @Test func thereArePDFsToCheck() {
        #expect(PDFLetterTests.pdfs.count >= 4)
    }

    @Test(arguments: pdfs)
    func convertsToTheExpectedJSON(_ path: String) throws {
        let letter = try PDFSupport.letter(path)
        #expect(letter.source.format == .pdf)
        if let difference = try PDFSupport.differenceFromExpected(letter, path: path) { Issue.record("\(difference)") }
    }

    /// A generated PDF and a text rendering of the same letter give one model: the text
    /// rendering's, with `source` changed.
    @Test(arguments: PDFSupport.files(in: "generated", ext: "pdf"))
    func equalsTheTextRenderingsModel(_ path: String) throws {
        let name = PDFSupport.name(path)
        let letterID = String(name.prefix { $0 != "." })
        let texts = ["txt", "md", "html"].flatMap { PDFSupport.files(in: "generated", ext: $0) }
            .filter { PDFSupport.name($0).hasPrefix(letterID + ".") }
        guard let textPath = texts.first else { return }
        let pdfLetter = try PDFSupport.letter(path)
        var textLetter = try PDFSupport.letter(textPath)
        textLetter.source = pdfLetter.source
        #expect(try CanonicalJSON.pretty(pdfLetter) == CanonicalJSON.pretty(textLetter), "\(path) vs \(textPath)")
    }

    /// The panels read the same from every layout: big numbers beside or above their text.
    @Test func panelTextReadsAsInTheTextRendering() throws {
        for path in ["generated/g01-hackney-2021.pdf-cairo.pdf", "generated/g01-hackney-2021.pdf-reportlab.pdf"] {
            let segmented = try Pipeline.segment(Pipeline.normalize(try PDFSupport.extracted(path)))
            let upheld = try #require(segmented.segments.first { $0.panel == .complaintsUpheld })
            let text = upheld.blocks.dropFirst().map(\.text).joined(separator: " ")
            #expect(text.hasPrefix("60% of complaints we investigated were upheld. This compares to an average of 47% in similar authorities. 6 upheld decisions Statistics are based on a total of 10 detailed investigations"), "\(path): \(text)")
        }
    }

    /// Page numbers and running footers do not reach the letter's text.
    @Test func pageFurnitureIsGone() throws {
        for path in ["generated/g01-hackney-2021.pdf-cairo.pdf", "generated/g01-hackney-2021.pdf-reportlab.pdf",
                     "fixtures/pdf/times-000-chesterfield.pdf"] {
            let normalized = Pipeline.normalize(try PDFSupport.extracted(path))
            let texts = normalized.blocks.map(\.text)
            #expect(!texts.contains { $0.contains("PO Box 4771, Coventry") || $0.hasPrefix("Page ") }, "\(path)")
            #expect(!texts.contains { $0.contains("– Annual Review letter") }, "\(path): running header left")
        }
    }

    /// A paragraph split by a page break before a capital is one paragraph again.
    @Test func paragraphSplitBeforeACapitalIsRejoined() throws {
        let normalized = Pipeline.normalize(try PDFSupport.extracted("fixtures/pdf/times-g01-hackney-capital-split.pdf"))
        let joined = normalized.blocks.filter { Set($0.origins.map(\.page)).count > 1 }
        #expect(!joined.isEmpty)
    }

    /// Extract gives words on one baseline each, lines left to right, pages top to bottom.
    @Test func extractGivesPositionedWordsAndLines() throws {
        let document = try PDFSupport.extracted("generated/g02-cornwall-2022.pdf-cairo.pdf")
        #expect(document.source.format == .pdf)
        #expect(document.source.pageCount == document.pages.count)
        for page in document.pages {
            #expect(page.width != nil && page.height != nil)
            var previousBottom = -Double.infinity
            for line in page.lines {
                #expect(!line.words.isEmpty)
                #expect(line.words.map(\.box.x0) == line.words.map(\.box.x0).sorted())
                #expect(!line.words.contains { $0.text.contains(" ") })
                let box = try #require(line.box)
                #expect(box.y1 >= previousBottom - 40)
                previousBottom = box.y1
            }
        }
    }

    /// Text painted twice on top of itself (fake bold) is read once, as bold.
    @Test func fakeBoldIsReadOnce() throws {
        guard PDFSupport.exists("fixtures/poppler/fakebold.pdf") else { return }
        let document = try PDFSupport.extracted("fixtures/poppler/fakebold.pdf")
        #expect(document.pages.flatMap(\.lines).map(\.text) == ["Plain line", "Complaints upheld", "Remedy", "Tall balloon"])
        // Our fixtures paint the table header twice, 0.25 pt apart.
        let fixture = try PDFSupport.extracted("fixtures/pdf/times-g04-durham.pdf")
        let header = try #require(fixture.pages.flatMap(\.lines).first { $0.text.hasPrefix("Reference") })
        #expect(header.text == "Reference Authority Category Received")
        #expect(header.isBold == true)
    }
}
