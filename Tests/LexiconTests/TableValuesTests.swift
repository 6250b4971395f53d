@testable import AnnualReview
import Testing

/// Cells spelled as their column's values are, whatever a renderer did to their spaces.
@Suite struct TableValuesTests {
    @Test func aKnownValueGetsItsSpacesBack() {
        #expect(TableValues.spelled("Planning& Development", as: .category) == "Planning & Development")
        #expect(TableValues.spelled("Pla nning & D evelopment", as: .category) == "Planning & Development")
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
}
