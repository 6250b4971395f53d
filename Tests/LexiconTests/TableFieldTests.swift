@testable import AnnualReview
import Testing

/// The table vocabulary: which field a header cell names, and the one header-row test.
@Suite struct TableFieldTests {
    @Test func namesTheReferenceColumn() {
        for cell in ["Reference", "REFERENCE", "Reference number", "Ref", "Ref.", "ref", "Referenc"] {
            #expect(TableField.namesReference(cell), "\(cell)")
        }
        for cell in ["Referred back for local resolution", "Refund", "Re", "", "Authority", "19000565"] {
            #expect(!TableField.namesReference(cell), "\(cell)")
        }
    }

    @Test func aHeaderNamesTheReferenceAndAnotherField() {
        #expect(TableField.isHeader(["Reference", "Authority", "Category", "Received"]))
        #expect(TableField.isHeader(["Ref.", "Decided"]))
        // Words of a header centred down over lines, and a word a narrow cell broke.
        #expect(TableField.isHeader(["Referenc", "e", "Decide", "d", "Decision"]))
        #expect(!TableField.isHeader(["Reference"]))
        #expect(!TableField.isHeader(["19000565", "London Borough of Hackney", "Housing", "12 Apr 2020"]))
        #expect(!TableField.isHeader(["Referred back", "for local", "resolution"]))
    }

    @Test func headerCellsNameTheirFields() {
        let cases: [(String, TableField)] = [
            ("Reference", .reference), ("Authority", .authority), ("Category", .category), ("Received", .received),
            ("Decided", .decided), ("Decide d", .decided), ("Decision", .decision), ("Decision Reason", .reason),
            ("Remedy", .remedy), ("Service improvement recommendations", .serviceImprovements), ("Notes", .unknown),
        ]
        for (header, field) in cases { #expect(TableField.named(header) == field, "\(header)") }
    }

    /// Names found out of place go where the letters' tables set their fields.
    @Test func namesFoundLateGoWhereTheLettersSetThem() {
        let header = TableField.header(["Reference", "Authority", "Decided", "Decision"], inserting: ["Category", "Remedy"])
        #expect(header == ["Reference", "Authority", "Category", "Decided", "Decision", "Remedy"])
        #expect(TableField.header(["Reference"], inserting: ["Something else"]) == ["Reference", "Something else"])
    }

    @Test func aCellNamingSeveralColumns() {
        #expect(TableField.mergedNames("Decide d Decision") == ["Decide d", "Decision"])
        #expect(TableField.mergedNames("Decision Reason") == nil)
        #expect(TableField.mergedNames("Remedy Remedy") == nil)
        #expect(TableField.mergedNames("Remedy Notes") == nil)
    }
}
