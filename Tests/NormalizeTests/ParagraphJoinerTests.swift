@testable import AnnualReview
import Testing

/// Paragraphs a page break split, joined again whatever the renderer put between their halves.
@Suite struct ParagraphJoinerTests {
    static func paragraphs(_ texts: [String]) -> [String] {
        let blocks = texts.map { Block(kind: .paragraph, lines: [$0], text: $0, origins: []) }
        return ParagraphJoiner.joinPageBreaks(blocks).map(\.text)
    }

    @Test func aSentenceGoingOnInLowerCaseIsOneParagraph() {
        #expect(ParagraphJoinerTests.paragraphs(["We compare the statistics with", "similar authorities."])
                == ["We compare the statistics with similar authorities."])
    }

    /// markitdown leaves a blank line where the page broke; the sentence stopped after "for"
    /// and goes on with a capital.
    @Test func proseStoppingAfterAWordNoSentenceEndsWithGoesOn() {
        let first = "Finally, we compare the three key annual statistics for your authority with similar types of authorities. We do this for"
        #expect(ParagraphJoinerTests.paragraphs([first, "County Councils, District Councils and London Boroughs."])
                == [first + " County Councils, District Councils and London Boroughs."])
    }

    /// pymupdf4llm styles a page's first line as a heading (`### please visit our website.`):
    /// in lower case after a sentence that stopped, it goes on; a real heading stays apart.
    @Test func aHeadingInLowerCaseAfterAStoppedSentenceGoesOn() {
        let first = "For further information on how to interpret our statistics,"
        var blocks = [Block(kind: .paragraph, lines: [first], text: first, origins: [])]
        blocks.append(Block(kind: .paragraph, lines: ["please visit our website."], text: "please visit our website.",
                            styledAsHeading: true, origins: []))
        blocks.append(Block(kind: .paragraph, lines: ["Resources to help you"], text: "Resources to help you",
                            styledAsHeading: true, origins: []))
        #expect(ParagraphJoiner.joinPageBreaks(blocks).map(\.text)
                == [first + " please visit our website.", "Resources to help you"])
    }

    /// markitdown leaves a blank line where the page broke, before a sentence's last word
    /// ("… and London" ⏎ "Boroughs."): a paragraph of a word or three that ends a sentence is
    /// that sentence's tail. A whole sentence after prose that ended stays apart.
    @Test func aSentencesTailAfterProseThatStoppedGoesOn() {
        let first = "We do this for County Councils, District Councils, Metropolitan Boroughs, Unitary Councils, and London"
        #expect(ParagraphJoinerTests.paragraphs([first, "Boroughs."]) == [first + " Boroughs."])
        let statistics = "Statistics are based on a total of 6 detailed investigations for the period between 1 April 2020 to 31 March 2021"
        let panel = "No recommendations were due for compliance in this period."
        #expect(ParagraphJoinerTests.paragraphs([statistics, panel]) == [statistics, panel])
        #expect(ParagraphJoinerTests.paragraphs(["Compliance with", "Boroughs."]) == ["Compliance with", "Boroughs."])
    }

    /// A heading may stop after such a word ("Compliance with"): short text is not joined so.
    @Test func aHeadingStoppingAfterWithStaysApart() {
        #expect(ParagraphJoinerTests.paragraphs(["Compliance with", "Ombudsman recommendations"])
                == ["Compliance with", "Ombudsman recommendations"])
        #expect(ParagraphJoinerTests.paragraphs(["A long sentence of the letter that ends as sentences do, with a full stop.", "County Councils."])
                == ["A long sentence of the letter that ends as sentences do, with a full stop.", "County Councils."])
    }
}
