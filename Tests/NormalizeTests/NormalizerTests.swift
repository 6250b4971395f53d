@testable import AnnualReview
import Testing
import TestSupport

@Suite struct NormalizerTests {
    @Test func groupsLinesAtBlankLinesAndKeepsAddressLines() throws {
        let doc = try Fixtures.normalized("Mr Hickin\nDirector\nBolsover District Council\n \nDear Mr Hickin\n")
        #expect(doc.blocks.count == 2)
        #expect(doc.blocks[0].lines == ["Mr Hickin", "Director", "Bolsover District Council"])
        #expect(doc.blocks[0].origins == [Origin(page: 1, firstLine: 1, lastLine: 3)])
    }

    @Test func unwrapsHardWrappedParagraphs() throws {
        let doc = try Fixtures.normalized("We have a well-\nestablished programme that\nsupports councils.\n")
        #expect(doc.blocks.map(\.text) == ["We have a well-established programme that supports councils."])
    }

    @Test func aLongTableLineLeavesHardWrappedProseWrapped() throws {
        // pdfplumber: no blank lines, prose wrapped at ~80 characters, a table row's cells
        // joined onto one line longer than any wrap. The prose is still hard-wrapped.
        let prose = [
            "Finally, we compare the three key annual statistics for your authority with similar",
            "types of authorities to work out an average level of performance. We do this for",
            "County Councils, District Councils, Metropolitan Boroughs, Unitary Councils, and",
            "London Boroughs.",
            "This data will be uploaded to our interactive map, Your council's performance, along",
            "with a copy of this letter on 29 July 2020, and our Review of Local Government",
            "Complaints. For further information on how to interpret our statistics, please visit our",
            "website.",
        ]
        let row = "19001797 Chesterfield Borough Council Environmental Services & Public Protection & Regulation 02 May 2019"
        let doc = try Fixtures.normalized((prose + [row]).joined(separator: "\n") + "\n")
        #expect(doc.blocks.map(\.text).prefix(2) == [
            prose[0...3].joined(separator: " "),
            prose[4...7].joined(separator: " "),
        ])
    }

    @Test func aClosingStandsAloneAfterAFullLine() throws {
        // No blank line before the closing, the line before it full: the closing still ends it.
        let prose = [
            "We have a well-established and successful training programme supporting local",
            "authorities and independent care providers to help improve local complaint handling.",
            "During the year, we delivered 118 courses, training more than 1,400 people. This is 47",
            "more courses than we delivered last year and included more training to adult social",
            "care providers than ever before. To find out more visit the training pages of our site.",
            "Yours sincerely,",
            "Michael King",
        ]
        let doc = try Fixtures.normalized(prose.joined(separator: "\n") + "\n")
        #expect(doc.blocks.map(\.text).contains("Yours sincerely,"))
    }

    /// A signatory's roles run into the first panel's heading with no blank line between
    /// (`pdftotext -layout` of a letter whose panels follow the signature): the heading stands
    /// alone, not as a third role.
    @Test func aPanelHeadingAfterTheRolesStandsAlone() throws {
        let doc = try Fixtures.normalized("Yours sincerely,\n\nMichael King\n\nLocal Government and Social Care Ombudsman\n"
            + "Chair, Commission for Local Administration in England\nComplaints upheld\n\n"
            + "The Ombudsman carried out no detailed investigations during this period\n")
        #expect(doc.blocks.map(\.lines).contains(["Local Government and Social Care Ombudsman",
                                                   "Chair, Commission for Local Administration in England"]))
        #expect(doc.blocks.map(\.lines).contains(["Complaints upheld"]))
    }

    /// pymupdf4llm runs a panel's heading and its big figure into one bold run at the start of
    /// the panel's text: the heading stands apart again; prose that only starts like one stays.
    @Test func aPanelHeadingRunIntoItsFigureStandsApart() throws {
        let doc = try Fixtures.normalized("Dear Ms X\n\n**Complaints upheld 0%** of complaints we investigated were upheld. "
            + "This compares to an average of **56%** in similar authorities.\n\n"
            + "Complaints upheld 3 times this year were about housing.\n")
        #expect(doc.blocks.map(\.text) == ["Dear Ms X", "Complaints upheld",
                                          "0% of complaints we investigated were upheld. This compares to an average of 56% in similar authorities.",
                                          "Complaints upheld 3 times this year were about housing."])
        #expect(doc.blocks[1].styledAsHeading)
    }

    /// pymupdf4llm of three panels side by side, each with nothing to report: their headings
    /// run together, then their statements woven line by line, in one paragraph. The headings
    /// stand apart, and the statistics read from the statements; prose naming two panels stays.
    @Test func panelHeadingsRunTogetherBeforeTheirStatementsStandApart() throws {
        let doc = try Fixtures.normalized("Dear Ms X\n\n**Complaints upheld Compliance with Satisfactory remedies Ombudsman "
            + "provided by the authority** The Ombudsman carried out no **recommendations** detailed investigations during "
            + "this The Ombudsman did not uphold any period No recommendations were due for detailed investigations during "
            + "this compliance in this period period\n\n"
            + "Complaints upheld and remedies provided are two of the figures we publish each year.\n")
        #expect(doc.blocks.map(\.text).dropFirst().first
            == "Complaints upheld Compliance with Satisfactory remedies Ombudsman provided by the authority")
        #expect(doc.blocks.dropFirst().first?.styledAsHeading == true)
        #expect(doc.blocks.map(\.text).last == "Complaints upheld and remedies provided are two of the figures we publish each year.")
        #expect(doc.blocks.count == 4)
    }

    @Test func keepsRealHyphensAndDashes() throws {
        let doc = try Fixtures.normalized("Complaints upheld -\nWe uphold. Newcastle-under-\nLyme and mid-\nApril.\n")
        #expect(doc.blocks[0].text == "Complaints upheld - We uphold. Newcastle-under-Lyme and mid-April.")
    }

    @Test func resolvesALinkThatAHardWrapSplit() throws {
        let doc = try Fixtures.normalized("our map, [Your council's\nperformance](#), along with [a](b)\n")
        #expect(doc.blocks[0].text == "our map, Your council's performance, along with a")
        #expect(doc.blocks[0].lines == ["our map, Your council's", "performance, along with a"])
    }

    @Test func rejoinsParagraphsSplitByAPageBreak() throws {
        let doc = try Fixtures.normalized("open approach to\n\n \nresolving complaints. We recognise.\n\nNext one.\n")
        #expect(doc.blocks.map(\.text) == ["open approach to resolving complaints. We recognise.", "Next one."])
        #expect(doc.blocks[0].origins.count == 2)
    }

    @Test func doesNotJoinAfterSentenceOrHeading() throws {
        let doc = try Fixtures.normalized("Ends here:\n\nlower start\n\n## Heading\n\nlower again\n")
        #expect(doc.blocks.count == 4)
    }

    @Test func keepsTableRowsAsRowsWithEmptyCells() throws {
        let doc = try Fixtures.normalized("Reference\tAuthority\tRemedy\n123456\tX Council\t\nNo tab line\n")
        #expect(doc.blocks[0].kind == .tableRow)
        #expect(doc.blocks[1].cells == ["123456", "X Council", ""])
        #expect(doc.blocks[2].kind == .paragraph)
    }

    @Test func dropsPageFurniture() throws {
        let doc = try Fixtures.normalized("Text one.\n\nPage 2 of 5\n\n- 3 -\n\n1\nupheld decision\n")
        #expect(doc.blocks.map(\.text) == ["Text one.", "1 upheld decision"])
    }

    @Test func markupNeverSurvivesInAnySeed() throws {
        for name in Fixtures.seedNames {
            let doc = Pipeline.normalize(try Pipeline().extract(try Fixtures.seed(name), name: name))
            for block in doc.blocks {
                #expect(!block.text.contains("**") && !block.text.contains("<u>") && !block.text.contains("](") && !block.text.contains("&amp;"),
                        "\(name): \(block.text)")
                #expect(block.text == block.text.trimmingCharacters(in: .whitespaces) && !block.text.contains("  "))
            }
        }
    }

    /// Normalizing the normalized text again changes nothing.
    @Test func isIdempotent() throws {
        for name in Fixtures.seedNames {
            let once = Pipeline.normalize(try Pipeline().extract(try Fixtures.seed(name), name: name))
            let rendered = once.blocks.map { block in
                block.kind == .tableRow ? block.cells.joined(separator: "\t") : block.lines.joined(separator: "\n")
            }.joined(separator: "\n\n")
            let twice = try Fixtures.normalized(rendered)
            #expect(twice.blocks.map(\.text) == once.blocks.map(\.text), "\(name)")
            #expect(twice.blocks.map(\.kind) == once.blocks.map(\.kind), "\(name)")
        }
    }
}

/// Hard-wrapped text with no blank line between paragraphs (as `pdftotext` writes it): a
/// paragraph ends where the next line's first word would have fitted, and wrapped lines are
/// never cut.
@Suite struct ParagraphEndTests {
    static let text = """
        Dear Ms Okafor
        Annual Review letter 2021
        I write to you with our annual summary of statistics on the decisions made by the Local
        Government and Social Care Ombudsman about your authority for the year ending 31 March
        2021. At the end of a challenging year, we maintain that good public administration is
        more important than ever.
        Complaint statistics
        Our statistics focus on three key areas that help to assess your organisation's commitment
        to putting things right when they go wrong. A sentence now ends at the very end of this line.
        The next one starts here and the paragraph is still going on past the end of this line
        and ends here.
        """

    @Test func paragraphsEndWhereTheBreakWasMadeOnPurpose() throws {
        let blocks = try Fixtures.normalized(ParagraphEndTests.text).blocks.map(\.text)
        #expect(blocks.count == 5, "\(blocks)")
        #expect(blocks.first == "Dear Ms Okafor")
        #expect(blocks.dropFirst().first == "Annual Review letter 2021")
        #expect(blocks.dropFirst(2).first?.hasSuffix("more important than ever.") == true)
        #expect(blocks.dropFirst(3).first == "Complaint statistics")
        // A full line that happens to end a sentence does not end the paragraph.
        #expect(blocks.last?.hasPrefix("Our statistics focus") == true)
        #expect(blocks.last?.hasSuffix("and ends here.") == true)
    }

    /// pdfplumber's text of a PDF set in Helvetica: "As" fits after "…who relies on them." with
    /// less room to spare than the slack the guessed typeface needs, but the line with it is
    /// no wider than a line near it, and narrower than each nearby line with the next word
    /// that did not fit (the lines going on in lower case): the break was made on purpose.
    @Test func aBreakShortOfEveryNearbyOverflowEndsTheParagraph() {
        let lines = [
            "provide valuable insights into service areas, early warning signs of problems and is a key",
            "source of information for governance, audit, risk and scrutiny functions.",
            "We continue to work with councils, government and other partners to promote a culture that",
            "welcomes complaints and uses them to improve services for everyone who relies on them.",
            "As you would expect, data has its limitations. We encourage effective scrutiny of the data",
            "alongside the reports and decision statements we publish, rather than relying on a single figure",
            "to judge performance.",
            "We have a well-established and successful training programme supporting local authorities and",
        ]
        let setWidths = lines.map { ProportionalWidth.of($0) }.sorted()
        // The widest line sets the measured width: the rule without the overflows cuts only
        // where the line with the word stays a fiftieth short of it, which this one does not;
        // in characters (89 of a width of 90) it does not fit either.
        let wrap = WrapWidth(characters: 90, measured: setWidths[setWidths.count - 1])
        #expect(ProportionalWidth.of(lines[3] + " As") > wrap.measured * (1 - TextNormalizer.measuredSlack))
        #expect(TextNormalizer.paragraphEnds(lines, width: wrap) == [1, 3, 6])
    }

    /// LibreOffice's PDF of a Word letter sets up to 105 characters a line: still hard-wrapped
    /// prose (a wrap width is measured), so a line is not cut before a capital that goes on
    /// the sentence ("… the appropriate Scrutiny" ⏎ "Committee, to encourage …").
    @Test func proseWrappedPastAHundredCharactersIsStillWrapped() {
        let lines = (0..<12).map { index in
            "Line \(index) of a long paragraph set in small type so that each and every line of it holds well over a hundred characters."
        }
        #expect(lines.allSatisfy { $0.count > 100 })
        let page = ExtractedPage(number: 1, lines: lines.enumerated().map { TextLine(text: $1, lineNumber: $0 + 1) })
        let width = TextNormalizer.proseWidth([page])
        #expect(width.characters == lines[0].count)
        #expect(TextNormalizer.proseWidth([ExtractedPage(number: 1, lines: lines.map {
            TextLine(text: $0 + " " + $0 + " " + $0) })]).characters == 0)
    }

    /// A lead-in run into its text ("Compliance with recommendations - We recommend …") starts
    /// a paragraph after a sentence, though the line before is full (a renderer that keeps no
    /// bold and no blank line: markitdown, pdfplumber, pypdf of a Typst PDF); a dash inside a
    /// sentence, or after a line that goes on, does not.
    @Test func aLeadInRunIntoItsTextStartsAParagraphAfterASentence() {
        let lines = [
            "including where the authority accepted fault before we investigated. A focus on how often things go",
            "wrong, rather than simple volumes of complaints provides a clearer indicator of performance.",
            "Compliance with recommendations - We recommend ways for authorities to put things right when",
            "faults have caused injustice. Our recommendations try to put people back in the position they",
            "were before the fault - and we monitor authorities to ensure they comply with our recommendations",
        ]
        let wrap = WrapWidth(characters: 100, measured: 0)
        #expect(TextNormalizer.paragraphEnds(lines, width: wrap) == [1])
        #expect(!TextNormalizer.startsWithLeadIn(lines[4]))
    }

    @Test func wrappedProseIsNeverCut() {
        let lines = ["This paragraph is wrapped at seventy-two columns by a greedy wrapper that",
                     "Breaks Only Where The Next Word Does Not Fit, even before capitals and",
                     "after a sentence. Every line but the last is as full as it can be."]
        #expect(TextNormalizer.paragraphEnds(lines, width: WrapWidth(characters: 72, measured: 0)).isEmpty)
        let asSet = lines.map { ProportionalWidth.of($0) }.max() ?? 0
        #expect(TextNormalizer.paragraphEnds(lines, width: WrapWidth(characters: 72, measured: asSet)).isEmpty)
    }
}
