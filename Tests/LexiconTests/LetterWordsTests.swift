@testable import AnnualReview
import Testing

/// The letter's own words: salutation, closing, delivery, dates, references, panel sentences.
@Suite struct LetterWordsTests {
    /// `letters` reads ASCII as bytes: the same letters as reading character by character,
    /// with accents, combining marks after an ASCII letter, CR LF and other scripts.
    @Test func lettersMatchCharacterByCharacter() {
        func reference(_ text: some StringProtocol) -> String {
            var letters = ""
            for character in text where character.isLetter { letters += character.lowercased() }
            return letters
        }
        let texts = [
            "", "The Ombudsman carried out NO detailed investigations.", "A\r\nB", "12 [Z] @a `z {",
            "Cafe\u{301} e\u{301}x", "Ärger über Straße", "e\u{301}", "\u{301}e", "x\u{2019}s £25 – ΣΑΣ",
            "abc\r\n\u{301}d", "İstanbul Ǆ",
        ]
        for text in texts {
            #expect(LetterWords.letters(text) == reference(text), "\(text.debugDescription)")
            let tail = text.dropFirst()
            #expect(LetterWords.letters(tail) == reference(tail), "\(tail.debugDescription)")
        }
    }

    /// `hasAtMostWords` counts as `words` splits: at runs of spaces, not at a space that makes
    /// one character with a mark after it.
    @Test func hasAtMostWordsCountsAsWordsSplits() {
        let texts = ["", " ", "a", "  two  words ", "one\ttab\r\nline", "caf\u{E9} \u{2019}quoted\u{2019} x",
                     "a \u{301}b c", "x\u{301} y", "\u{600} a b", String(repeating: "w ", count: 40)]
        for text in texts {
            for limit in 0...12 {
                #expect(LetterWords.hasAtMostWords(text, limit) == (LetterWords.words(text).count <= limit),
                        "\(text.debugDescription) \(limit)")
            }
        }
    }

    @Test func salutationAndClosing() {
        #expect(LetterWords.isSalutation("Dear Mr Bowen"))
        #expect(LetterWords.isSalutation("Dear Sir or Madam"))
        #expect(!LetterWords.isSalutation("Dearne Valley council writes to every resident of the borough each year"))
        #expect(LetterWords.closing("Yours sincerely,") == "Yours sincerely,")
        #expect(LetterWords.closing("Yours sincerely, Michael King") == "Yours sincerely,")
        #expect(LetterWords.closing("Yourself") == nil)
    }

    /// Headings of panels a rendering ran into one line are cut into panels' headings; a heading
    /// naming two subjects in one phrase is one panel's.
    @Test func panelHeadingsRunTogether() {
        #expect(LetterWords.panelSubjects("Complaints upheld Compliance with Ombudsman recommendations")
                == [.complaintsUpheld, .compliance])
        #expect(LetterWords.panelSubjects("Complaints upheld Compliance with Satisfactory remedies")
                == [.complaintsUpheld, .compliance, .satisfactoryRemedies])
        #expect(LetterWords.panelSubjects("Remedies for upheld complaints").count == 1)
        #expect(LetterWords.panelSubjects("Compliance with remedies").count == 1)
        #expect(LetterWords.panelSubjects("Resources to help you get it right").isEmpty)
    }

    /// Three panels' headings side by side, wrapped and run into one text: more words than one
    /// heading holds, read as pieces alone; a long line of prose names no panel.
    @Test func threeWrappedPanelHeadingsRunTogether() {
        let headings = "Complaints upheld Compliance with Satisfactory remedies Ombudsman provided by the authority"
        #expect(LetterWords.panelSubject(headings) == nil)
        #expect(LetterWords.panelSubjects(headings) == [.complaintsUpheld, .compliance, .satisfactoryRemedies])
        #expect(LetterWords.panelSubjects("We uphold complaints when we find some form of fault in an authority's actions").isEmpty)
        #expect(LetterWords.panelSubjects("Complaints upheld We uphold complaints when we find some form of fault in an authority's actions").isEmpty)
    }

    @Test func deliveryAndLetterhead() {
        #expect(LetterWords.isDelivery("By email") && LetterWords.isDelivery("Sent by email"))
        #expect(!LetterWords.isDelivery("Chief Executive"))
        #expect(LetterWords.isLetterheadLine("Local Government & Social Care OMBUDSMAN"))
        #expect(!LetterWords.isLetterheadLine("Chesterfield Borough Council"))
    }

    @Test func nothingToReport() {
        #expect(LetterWords.nothingToReport("the ombudsman carried out no detailed investigations during this period") == .noInvestigations)
        #expect(LetterWords.nothingToReport("no recommendations were due for compliance in this period") == .noneDue)
        #expect(LetterWords.nothingToReport("the ombudsman did not uphold any detailed investigations") == .noUpheldInvestigations)
        #expect(LetterWords.nothingToReport("60% of complaints we investigated were upheld") == nil)
    }

    @Test func datesInEveryForm() {
        let expected = ISODate(year: 2019, month: 4, day: 10)
        for text in ["10 Apr 2019", "10 April 2019", "10/04/19", "10/04/2019", "2019-04-10", "10th April 2019",
                     "April 10, 2019", "10-Apr-2019"] {
            #expect(DateParser.parse(text) == expected, "\(text)")
        }
        #expect(DateParser.parse("Housing") == nil)
    }
}
