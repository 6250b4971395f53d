@testable import AnnualReview
import Testing

/// Values compared as renderings print them: spaces and hyphens lost or added.
@Suite struct VocabularyTests {
    @Test func wholeValuesWithLostSpacesTakeTheirSpelling() {
        let categories = Vocabulary(TableValues.categories)
        #expect(categories.fit("Planning& Development") == .whole(spelling: "Planning & Development"))
        #expect(categories.fit("Benefits&Tax") == .whole(spelling: "Benefits & Tax"))
        #expect(categories.fit("Environmental Services &") == .partial)
        #expect(categories.fit("Libraries") == .none)
        let reasons = Vocabulary(TableValues.reasons)
        #expect(reasons.fit("Premature Decision referred to BinJ") == .whole(spelling: "Premature Decision - referred to BinJ"))
        #expect(reasons.fit("fault & injustice") == .whole(spelling: "fault & injustice"))
    }

    /// The ASCII path of the comparison key gives what Unicode's white space and lower case give.
    @Test func asciiKeysEqualUnicodeKeys() {
        let texts = ["Premature Decision - referred to BinJ", "Education&Children's\tServices", "  A-B\r\nc ", "Null", "",
                     "Corporate & Other Services", "x\u{0B}y\u{0C}z", "Café crème", "Ref.\u{A0}no"]
        for text in texts {
            for ignoringCase in [true, false] {
                #expect(Vocabulary.key(text, ignoringCase: ignoringCase) == Vocabulary.unicodeKey(text, ignoringCase: ignoringCase), "\(text)")
            }
        }
    }

    @Test func listsOfRemedies() {
        let remedies = Vocabulary(TableValues.remedyItems, isList: true)
        #expect(remedies.fit("Apology, Financialredress: Avoidable distress/time and trouble")
            == .whole(spelling: "Apology, Financial redress: Avoidable distress/time and trouble"))
        #expect(remedies.fit("Apology, Financial") == .partial)
        #expect(remedies.fit("Apology, Something else") == .none)
    }

    /// One spelling of a column's title, however a renderer cut it.
    @Test func titlesReadAsTheLettersPrintThem() {
        #expect(TableField.title("Referenc e") == "Reference")
        #expect(TableField.title("Decide d") == "Decided")
        #expect(TableField.title("Cat egory") == "Category")
        #expect(TableField.title("Service improvement recommendations") == "Service improvement recommendations")
        #expect(TableField.title("Case notes") == "Case notes")
    }

    @Test func headerCellsFromWordsRunTogether() {
        #expect(TableField.headerCells(["Reference", "Authority", "Category", "Decided", "Decision", "DecisionReason", "Remedy", "Service"])?.cells
            == ["Reference", "Authority", "Category", "Decided", "Decision", "DecisionReason", "Remedy", "Service"])
        #expect(TableField.headerCells(["Reference", "Authority"])?.complete == true)
        #expect(TableField.headerCells(["Reference", "Service"])?.complete == false)
        #expect(TableField.headerCells(["Reference", "Housing"]) == nil)
    }

    @Test func datesWithLostSpaces() {
        #expect(DateParser.parseLoose("12Apr2020")?.text == "12 Apr 2020")
        #expect(DateParser.parseLoose("01 May2019")?.date == ISODate(year: 2019, month: 5, day: 1))
        #expect(DateParser.couldStartDate("12") && DateParser.couldStartDate("12 Apr") && !DateParser.couldStartDate("Housing"))
        // Too long to be or begin a date, whatever its words; spaces do not count.
        let long = "Environmental Services & Public Protection & Regulation 12 Apr 2020"
        #expect(!DateParser.isShortEnoughForADate(long) && DateParser.parseLoose(long) == nil && !DateParser.couldStartDate(long))
        let spaced = "12" + String(repeating: " ", count: 60) + "Apr"
        #expect(DateParser.isShortEnoughForADate(spaced) && DateParser.couldStartDate(spaced))
        // A numeric date a narrow cell broke inside its year, and joined again; a date that is
        // whole before its last piece keeps it out ("12" of "12 months").
        #expect(DateParser.couldStartDate("01/04/1") && !DateParser.couldStartDate("01/04/19 x"))
        #expect(DateParser.parseLoose("01/04/1 9")?.date == ISODate(year: 2019, month: 4, day: 1))
        #expect(DateParser.parseLoose("17/09/19 12") == nil)
        #expect(DateParser.parseLoose("1 2/3/2021") == nil)  // no cut date before the last piece
    }
}
