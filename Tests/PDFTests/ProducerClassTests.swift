import AnnualReview
import Foundation
import Testing

/// Issue 12's classes of misses on PDFs from producers the rules were not first made on, read
/// from the committed samples (Samples/producers; made by scripts/make-producer-samples, never
/// needed here).
@Suite struct ProducerClassTests {
    /// Every table of the letter, cell for cell as the expected model has it, no unparsed line.
    static func expectTablesExact(_ path: String) throws {
        let expected = try JSONDecoder().decode(AnnualReviewLetter.self,
                                                from: try PDFSupport.data(String(path.dropLast(4)) + ".json"))
        let document = try PDFSupport.tabulated(path)
        for table in document.tables {
            #expect(table.unparsed.isEmpty, "\(path): \(table.unparsed.map(\.text))")
        }
        let letter = try PDFSupport.letter(path)
        #expect(letter.decisions == expected.decisions, "\(path): decisions")
        #expect(letter.complaintsReceived == expected.complaintsReceived, "\(path): complaints received")
        #expect(letter.warnings.isEmpty, "\(path): \(letter.warnings)")
    }

    /// Class 1: a .docx through Writer whose rows are taller than their text (text at the top)
    /// and may split over a page: a split row leaves only its empty part (cell borders) under
    /// the repeated header of the next page. Every row after it used to become unparsed.
    @Test func emptyPartOfASplitRowAndTallRowsAreNothing() throws {
        let path = "producers/t04-kensington-chelsea-2022.pdf-docx.pdf"
        // The sample holds the case: a repeated header with a row's first line far below it.
        let extracted = try PDFSupport.extracted(path)
        var emptyBands = 0
        for page in extracted.pages.dropFirst() {
            guard let header = page.lines.firstIndex(where: { $0.words.first?.text == "Reference" }) else { continue }
            // The header's own wrapped lines sit close under it; the next line standing far
            // below them is the first row's.
            var last = header
            while last + 1 < page.lines.count, let a = page.lines[last].box, let b = page.lines[last + 1].box,
                  b.y0 - a.y1 < 3, !(page.lines[last + 1].words.first.map { ReferenceNumber.isReference($0.text) } ?? false) {
                last += 1
            }
            if last + 1 < page.lines.count, let a = page.lines[last].box, let b = page.lines[last + 1].box,
               b.y0 - a.y1 > 3 * (page.lines[last + 1].fontSize ?? LayoutTolerance.defaultFontSize) {
                emptyBands += 1
            }
        }
        #expect(emptyBands >= 1, "the sample no longer holds a split row's empty part")
        try ProducerClassTests.expectTablesExact(path)
    }

    /// Class 1, tall rows alone (no split row): every row of both tables is read.
    @Test(arguments: ["producers/000_530d96cbad46cbd9.pdf-docx.pdf", "producers/g03-kingston-2023.pdf-docx.pdf",
                      "producers/g02-cornwall-2022.pdf-docx.pdf"])
    func tallRowsWithTextAtTheTop(_ path: String) throws {
        try ProducerClassTests.expectTablesExact(path)
    }

    /// The docx letters set the three statistics panels in the cells of a borderless table: a
    /// panel's line that runs to its cell's edge stands less than a wide gap from the next
    /// panel's line, which starts where that panel's other lines start. Each panel reads whole.
    @Test(arguments: ["producers/004_547b65f656e62dc3.pdf-docx.pdf", "producers/g01-hackney-2021.pdf-docx.pdf",
                      "producers/g02-cornwall-2022.pdf-docx.pdf"])
    func panelsInNarrowTableCells(_ path: String) throws {
        let expected = try JSONDecoder().decode(AnnualReviewLetter.self,
                                                from: try PDFSupport.data(String(path.dropLast(4)) + ".json"))
        let letter = try PDFSupport.letter(path)
        #expect(letter.statistics == expected.statistics)
        #expect(!letter.warnings.contains { $0.code == .statisticsInconsistent })
    }

    /// Class 3: fpdf2 draws tables cell by cell with no padding, narrow portrait columns
    /// wrapping long texts: a cell's last word touches the next cell's first (t08: the PDF's
    /// text even runs "of" and "Housing" together into one word), and a column's gutter is
    /// narrower than the word spaces an authority's name repeats in every row.
    @Test(arguments: ["producers/g02-cornwall-2022.pdf-fpdf.pdf", "producers/t08-isles-scilly-2021.pdf-fpdf.pdf",
                      "producers/t10-north-east-lincolnshire-2023.pdf-fpdf.pdf", "producers/000_530d96cbad46cbd9.pdf-fpdf.pdf"])
    func cellsWithNoPadding(_ path: String) throws {
        try ProducerClassTests.expectTablesExact(path)
    }

    /// Class 3, a word too long for its narrow cell: Writer breaks it anywhere ("Reassessm" +
    /// "ent"); a known value of the column is spelled whole.
    @Test func aWordBrokenByANarrowCellIsTheColumnsValue() throws {
        let path = "producers/u02-wiltshire-2020.pdf-docx.pdf"
        let extracted = try PDFSupport.extracted(path)
        #expect(extracted.pages.contains { $0.lines.contains { $0.words.contains { $0.text == "Reassessm" } } },
                "the sample no longer holds a word broken by its cell")
        try ProducerClassTests.expectTablesExact(path)
    }

    /// Class 3 in Writer's own tables (from HTML, cells centred down): a narrow Authority cell's
    /// last line ("upon Thames") and the next cell's ("Regulation") stand less than a cell gap
    /// apart; the line is two cells, not prose, since "Regulation" starts at its column's edge.
    @Test func cellsLessThanACellGapApartAreNotProse() throws {
        try ProducerClassTests.expectTablesExact("producers/v22-richmond-upon-thames-2020.pdf-writer.pdf")
    }

    /// wkhtmltopdf moves a row that does not fit to the next page but leaves its first line at
    /// the foot of the page before: that cut copy is no row (it was an extra row and an
    /// authority-mismatch warning).
    @Test func aRowCutAtThePageFootAndPrintedAgainIsOneRow() throws {
        let path = "producers/w09-westminster-2022.pdf-wkhtmltopdf.pdf"
        // The sample holds the case: a reference that stands on two pages.
        let extracted = try PDFSupport.extracted(path)
        var pagesOfReference: [String: Set<Int>] = [:]
        for page in extracted.pages {
            for line in page.lines {
                guard let first = line.words.first?.text, ReferenceNumber.isReference(first) else { continue }
                pagesOfReference[first, default: []].insert(page.number)
            }
        }
        #expect(pagesOfReference.values.contains { $0.count == 2 }, "the sample no longer holds a row printed twice")
        try ProducerClassTests.expectTablesExact(path)
    }

    /// Class 3's run-together word: the sample holds one, and it is cut where the column starts.
    @Test func runTogetherCellsAreCutAtTheColumnEdge() throws {
        let path = "producers/t08-isles-scilly-2021.pdf-fpdf.pdf"
        let extracted = try PDFSupport.extracted(path)
        #expect(extracted.pages.contains { $0.lines.contains { $0.words.contains { $0.text == "ofHousing" } } },
                "the sample no longer holds two cells run together")
        let normalized = Pipeline.normalize(extracted)
        #expect(!normalized.blocks.contains { $0.kind == .tableRow && $0.words.contains { $0.text == "ofHousing" } })
    }

    /// The cut itself: only at the column's left edge, only where a cell's text visibly starts.
    @Test func cutRunTogetherWordsNeedsACellStart() throws {
        func word(_ text: String, _ x0: Double, _ x1: Double) -> PositionedWord {
            PositionedWord(text: text, box: Box(x0: x0, y0: 0, x1: x1, y1: 7), fontSize: 7, isBold: false)
        }
        let columns = try #require(TableColumns(header: [word("Authority", 100, 130), word("Category", 172.9, 205)]))
        let cut = columns.cutRunTogetherWords([word("Isles", 150.5, 164.5), word("ofHousing", 166.5, 198.5)])
        #expect(cut.map(\.text) == ["Isles", "of", "Housing"])
        #expect(cut[1].box.x1 <= 172.9 && cut[2].box.x0 >= 172.9)
        // No lower case before a capital near the edge: left whole.
        #expect(columns.cutRunTogetherWords([word("appealed", 166.5, 198.5)]).map(\.text) == ["appealed"])
        // A word that ends where the column starts is not cut and does not straddle it.
        #expect(columns.cutRunTogetherWords([word("of", 166.5, 172.6)]).map(\.text) == ["of"])
        #expect(!columns.straddles(word("of", 166.5, 172.6)))
    }

    /// Class 2 and the rest of each letter: every new producer's samples convert exactly
    /// (paragraphs split by a page break joined as SPEC.md says), as `check Samples` also checks.
    static let newProducerSamples = PDFSupport.files(in: "producers", ext: "pdf").filter { path in
        ["pdf-fpdf", "pdf-docx", "pdf-weasyprint"].contains { path.contains($0) }
    }

    @Test func thereAreNewProducerSamples() {
        #expect(ProducerClassTests.newProducerSamples.count >= 12)
    }

    @Test(arguments: newProducerSamples)
    func newProducersConvertExactly(_ path: String) throws {
        if let difference = try PDFSupport.differenceFromExpected(try PDFSupport.letter(path), path: path) {
            Issue.record("\(difference)")
        }
    }
}
