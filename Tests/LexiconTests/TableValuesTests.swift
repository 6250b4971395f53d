@testable import AnnualReview
import Testing

/// Cells spelled as their column's values are, whatever a renderer did to their spaces.
@Suite struct TableValuesTests {
    @Test func aKnownValueGetsItsSpacesBack() {
        #expect(TableValues.spelled("Planning& Development", as: .category) == "Planning & Development")
        #expect(TableValues.spelled("Pla nning & D evelopment", as: .category) == "Planning & Development")
    }

    /// A table drawn without cell padding (fpdf2): pdfminer's renderings run two cells' texts
    /// into one word where no gap parts them. Cut where a date or a known value starts; a
    /// value's own capital ("BinJ") and ordinary words stay whole.
    @Test func twoCellsRunTogetherAreCutWhereTheSecondStarts() {
        #expect(TableValues.cellsRunTogether("Transport14/08/19") == ["Transport", "14/08/19"])
        #expect(TableValues.cellsRunTogether("forPremature") == ["for", "Premature"])
        #expect(TableValues.cellsRunTogether("BinJ") == ["BinJ"])
        #expect(TableValues.cellsRunTogether("McDonald") == ["McDonald"])
        #expect(TableValues.cellsRunTogether("26(6)(c)") == ["26(6)(c)"])
        #expect(TableValues.cellsRunTogether("Tamworth") == ["Tamworth"])
        // A cell's last line may end in a two-letter word run into the next cell.
        #expect(TableValues.cellsRunTogether("ofHousing") == ["of", "Housing"])
        #expect(TableValues.cellsRunTogether("ofAdult") == ["of", "Adult"])
        #expect(TableValues.cellsRunTogether("deVere") == ["deVere"])
    }

    /// pymupdf4llm leaves an "i" where it cut a LibreOffice cell into pieces.
    @Test func aRenderersStrayLetterAtACutIsDropped() {
        #expect(TableValues.withoutStrayLetters("Bei nefits & T i ax") == "Be nefits & T ax")
        #expect(TableValues.spelled("Bei nefits & T i ax", as: .category) == "Benefits & Tax")
        let names = AuthorityNames(addressLines: ["Chesterfield Borough Council"])
        #expect(names.spelled("Chesterfield B i orough Council") == "Chesterfield Borough Council")
        // The letters of a ligature set apart ("ffi" in "Sheffield"): "fi" alone goes too.
        let sheffield = AuthorityNames(addressLines: ["Sheffield City Council"])
        #expect(sheffield.spelled("Sheffield fi City Council") == "Sheffield City Council")
        #expect(TableValues.withoutStrayLetters("Sheffield fi City Council") == "Sheffield City Council")
    }

    /// A value's own "i" stays where dropping it makes no known value.
    @Test func aValuesOwnLetterStays() {
        #expect(TableValues.spelled("Servi ces", as: .category) == "Servi ces")
        #expect(TableValues.spelled("Adult Care Servi ces", as: .category) == "Adult Care Services")
        #expect(TableValues.withoutStrayLetters("Housing") == nil)
    }

    /// pymupdf4llm drops glyphs of fpdf2's unpadded cells, or sets one after the cell or in the
    /// next: a known value whose every word the cell keeps in part is read as that value.
    @Test func aValueWithGlyphsLostIsTheValue() {
        #expect(TableValues.spelled("Highways & Transpor", as: .category) == "Highways & Transport")
        #expect(TableValues.spelled("Environmental Services & Public Protection & Rlti", as: .category)
                == "Environmental Services & Public Protection & Regulation")
        #expect(TableValues.spelled("Referred back fo local resolution r", as: .decision) == "Referred back for local resolution")
        #expect(TableValues.spelled("q Closed after initial enquiries", as: .decision) == "Closed after initial enquiries")
        #expect(TableValues.spelled("Premature Decision - fd t Bi", as: .reason) == "Premature Decision - referred to BinJ")
        #expect(TableValues.spelled("Incomplete/Ilid", as: .decision) == "Incomplete/Invalid")
        let names = AuthorityNames(addressLines: ["Royal Borough of Kensington and Chelsea"])
        #expect(names.spelled("Royal Borough of Kensington and Chl") == "Royal Borough of Kensington and Chelsea")
    }

    /// A value outside the lists stays as written: a word of it that no known value's word
    /// holds, a word too few or too many, or too little of a value left to know it by.
    @Test func aValueOutsideTheListsIsNotTakenForOneWithGlyphsLost() {
        #expect(TableValues.spelled("Transport & Highways", as: .category) == "Transport & Highways")
        #expect(TableValues.spelled("Libraries & Leisure", as: .category) == "Libraries & Leisure")
        #expect(TableValues.spelled("Corporate Services", as: .category) == "Corporate Services")
        #expect(TableValues.spelled("Closed after", as: .decision) == "Closed after")
        #expect(TableValues.spelled("Not warranted by alleged fault", as: .reason) == "Not warranted by alleged fault")
        #expect(TableValues.spelled("Referred back fo local resolution xy", as: .decision) == "Referred back fo local resolution xy")
        #expect(TableValues.spelled("P & D", as: .category) == "P & D")
    }

    /// `pdftotext -layout` sets a cut year's last digit in the cell beside the date.
    @Test func aCutYearTakesBackItsDigitFromTheCellBeside() {
        let fields: [TableField] = [.reference, .authority, .category, .decided, .decision]
        #expect(TableValues.withCutYearsMended(["19017896", "Oldham Council", "Education & Children's Services 0", "21/12/2",
                                                 "Advice given"], fields: fields)
                == ["19017896", "Oldham Council", "Education & Children's Services", "21/12/2 0", "Advice given"])
        #expect(TableValues.withCutYearsMended(["19017896", "Oldham Council", "Housing", "21/12/2", "0 Advice given"], fields: fields)
                == ["19017896", "Oldham Council", "Housing", "21/12/2 0", "Advice given"])
        // A whole date, or a cell that ends in a number of its own, is left alone.
        let whole = ["19017896", "Oldham Council", "Services 0", "21/12/20", "Advice given"]
        #expect(TableValues.withCutYearsMended(whole, fields: fields) == whole)
        let figure = ["19017896", "Oldham Council", "Housing", "21/12/2", "26(6)(c) remedy"]
        #expect(TableValues.withCutYearsMended(figure, fields: fields) == figure)
    }

    /// The values a cell may hold in any column, for cutting rows stacked in one cell.
    @Test func valuesOfAnyColumnFit() {
        #expect(TableValues.valueFit("Closed after initial enquiries", last: false) == FitScore.whole)
        #expect(TableValues.valueFit("24/12/2 1", last: false) == FitScore.whole)
        #expect(TableValues.valueFit("Referred back", last: true) == FitScore.partial)
        #expect(TableValues.valueFit("Referred back", last: false) == FitScore.unlisted)
        #expect(TableValues.valueFit("of Kensington", last: true) == FitScore.freeText)
    }
}
