/// A table row's cells as the letter spells them, the one rule every table builder applies
/// to the rows it read: a date cut in its year mended (`TableValues.withCutYearsMended`), a
/// known value that a narrow cell broke inside a word or a renderer ran together spelled as
/// the column's values are (`TableValues.spelled`), and the Authority cell as the letter names
/// its authority, with the spaces a renderer lost or added put back (`AuthorityNames.spelled`).
enum CellSpelling {
    static func spelled(_ cells: [String], fields: [TableField], authorities: AuthorityNames?) -> [String] {
        zip(TableValues.withCutYearsMended(cells, fields: fields), fields).map { cell, field in
            field == .authority ? authorities?.spelled(cell) ?? cell : TableValues.spelled(cell, as: field)
        }
    }
}
