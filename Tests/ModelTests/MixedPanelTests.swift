import AnnualReview
import Foundation
import Testing
import TestSupport

/// Statistics panels that a renderer mixed, read by `PanelStreamReader` through
/// `StatisticsBuilder`: each rendering under `Samples/fixtures/panels/<tool>/` must give the
/// letter's statistics (the model beside it) and no warning about a figure it could not place;
/// its other fields are other rules' business. (Whole renderings of the same layouts are
/// `check` samples under `Samples/renderings/pdfplumber|markitdown/`.)
@Suite struct MixedPanelTests {
    static let root = "fixtures/panels"

    /// A rendering's statistics and warnings, and the letter's statistics.
    static func read(_ path: String) throws -> (got: AnnualReviewLetter, expected: AnnualReviewLetter) {
        let full = root + "/" + path
        let letter = try Pipeline().convert(Fixtures.data(full), name: URL(fileURLWithPath: full).lastPathComponent)
        let expectedPath = String(full.prefix(upTo: full.lastIndex(of: ".") ?? full.endIndex)) + ".json"
        let expected = try JSONDecoder().decode(AnnualReviewLetter.self, from: Fixtures.data(expectedPath))
        return (letter, expected)
    }

    static func noUnplacedFigure(_ letter: AnnualReviewLetter) -> Bool {
        !letter.warnings.contains { $0.code == .unparsedLine && $0.message.contains("statistics panels") }
    }

    /// Panels mixed three ways, each read as one text to the letter's statistics, no figure
    /// left unplaced:
    ///
    /// * pdftotext without -layout: the upheld panel whole, then the other two panels'
    ///   headings, then both panels' text ("In", "Satisfactory remedies …", "100%", …): a panel
    ///   whose segment holds nothing of it makes the panels one text; "below 100%" in the
    ///   compliance panel's note is no big figure; "PO Box 4771," is no count;
    /// * markitdown: the headings' row a small pipe table, the panels' lines flattened around
    ///   further small tables; a lone count after its caption, and the "0" of "total of 2 | |
    ///   0" a count, not the total;
    /// * the upheld panel's figures run on after the remedies panel's statement (pymupdf4llm),
    ///   and the remedies panel's heading run into the compliance panel's statement
    ///   (pdftotext -layout): a panel holding a statement and a figure, or two statements, is
    ///   read with the others; a panel is named by its statement where its heading was lost.
    @Test(arguments: ["pdftotext/001_c61a5ee2af0bfbd5.pdf-cairo.pdftotext.txt",
                      "pdftotext/g01-hackney-2021.pdf-chromium.pdftotext.txt",
                      "markitdown/004_547b65f656e62dc3.pdf-chromium.markitdown.md",
                      "markitdown/000_530d96cbad46cbd9.pdf-chromium.markitdown.md",
                      "pymupdf4llm/002_b2d53b3434d87909.pdf-cairo.pymupdf4llm.md",
                      "pdftotext-layout/002_b2d53b3434d87909.pdf-cairo.pdftotext-layout.txt"])
    func mixedPanelsReadAsTheLettersStatistics(_ path: String) throws {
        let (got, expected) = try Self.read(path)
        #expect(got.statistics == expected.statistics)
        #expect(Self.noUnplacedFigure(got))
    }

    /// Three nothing-to-report statements, two after the same two stacked headings.
    @Test func statementsAfterStackedHeadings() throws {
        let (got, expected) = try Self.read("pdftotext/000_530d96cbad46cbd9.pdf-chromium.pdftotext.txt")
        #expect(got.statistics == expected.statistics)
        #expect(got.statistics?.satisfactoryRemedies.status == .noUpheldInvestigations)
    }

    /// A number too large for a count (found by the fuzzer: it trapped) is reported, as a
    /// figure no panel takes is.
    @Test func aNumberTooLargeForACountIsReported() {
        let result = PanelStreamReader.read(["In 50% of upheld cases we found a total of 99999999999999999999 detailed investigations",
                                             "88888888888888888888888 upheld decisions"], kinds: [.complaintsUpheld])
        #expect(result.figures[.complaintsUpheld]?.investigationCount == nil)
        #expect(result.figures[.complaintsUpheld]?.upheldCount == nil)
        #expect(result.unplaced.contains("99999999999999999999"))
        #expect(result.unplaced.contains("88888888888888888888888"))
    }

    /// A figure no panel takes is reported, never dropped: a fourth big figure where the
    /// headings name three panels.
    @Test func aFigureNoPanelTakesIsReported() throws {
        let lines = try Fixtures.text(Self.root + "/pdftotext/001_c61a5ee2af0bfbd5.pdf-cairo.pdftotext.txt")
            .split(separator: "\n", omittingEmptySubsequences: true).map { $0.filter { $0 != "\u{0C}" } }
        // From the first panel's heading to the last panel's last line (the page number under
        // it, "3", is the normalizer's to drop).
        let start = try #require(lines.firstIndex(of: "Complaints upheld"))
        let end = try #require(lines.lastIndex(of: "2020"))
        let panel = Array(lines[start...end])
        let read = PanelStreamReader.read(panel + ["42%"], kinds: PanelKind.allCases)
        #expect(read.figures[.complaintsUpheld]?.percent == 25)
        #expect(read.figures[.satisfactoryRemedies]?.percent == 0)
        #expect(read.unplaced == ["42%"])
    }

    /// The statements read on the letters alone, glued ("TheOmbudsmancarriedoutno") or
    /// wrapped around the lines of the panels beside them (pdfplumber).
    @Test func statementsGluedOrInterleaved() throws {
        for path in ["renderings/pdfplumber/000_530d96cbad46cbd9.pdf-chromium.pdfplumber.txt",
                     "fixtures/panels/pdftotext/000_530d96cbad46cbd9.pdf-chromium.pdftotext.txt"] {
            let text = try Fixtures.text(path)
            let letters = LetterWords.letters(text.replacingOccurrences(of: "\n", with: " "))
            #expect(LetterWords.statementsStated(inLetters: letters) == [.noInvestigations, .noneDue, .noUpheldInvestigations], "\(path)")
        }
    }
}
