/// A cell's last lines that a renderer set in the row below (pymupdf4llm of a table drawn
/// without padding, whose rows' text touches the row borders): "Rochdale Borough" over
/// "Council Rochdale Borough Council", "Referred back for" over "local resolution Referred
/// back for local resolution". Moved back up by what the column holds, never by guess: only
/// where the cell above is no whole value, the first words of the cell below complete it to
/// one, and what they leave below is a whole value too (or nothing).
enum ShiftedCellTails {
    /// The rows with such tails moved up, in columns that know their values (not free text).
    static func mended(_ rows: [TableRow], columns: [FlatRowTable.ColumnKind]) -> [TableRow] {
        var rows = rows
        for index in rows.indices.dropFirst() {
            for (column, kind) in columns.enumerated() where knowsItsValues(kind) {
                guard column < rows[index].cells.count, column < rows[index - 1].cells.count else { continue }
                let above = rows[index - 1].cells[column], below = rows[index].cells[column]
                guard !above.isEmpty, !below.isEmpty, !isWhole(kind.fit(above)),
                      let (completed, left) = split(below, completing: above, in: kind) else { continue }
                rows[index - 1].cells[column] = completed
                rows[index].cells[column] = left
            }
        }
        return rows
    }

    /// The cell above completed by the first words of the cell below, and what those leave:
    /// the shortest head that makes a whole value, where the rest is whole or empty.
    static func split(_ below: String, completing above: String, in kind: FlatRowTable.ColumnKind) -> (String, String)? {
        let words = below.split(separator: " ")
        guard !words.isEmpty else { return nil }  // a cell of spaces only
        for count in 1...words.count {
            let completed = WrappedText.unwrap([above, words[..<count].joined(separator: " ")])
            guard isWhole(kind.fit(completed)) else { continue }
            let left = words[count...].joined(separator: " ")
            guard left.isEmpty || isWhole(kind.fit(left)) else { continue }
            return (completed, left)
        }
        return nil
    }

    /// The authority's names and the vocabularies' values: columns whose cells are read by
    /// what they hold (a reference, a date or free text has no tail to tell).
    private static func knowsItsValues(_ kind: FlatRowTable.ColumnKind) -> Bool {
        switch kind {
        case .authority, .values: true
        case .reference, .date, .freeText: false
        }
    }

    private static func isWhole(_ fit: FlatRowTable.Fit) -> Bool {
        if case .whole = fit { return true }
        return false
    }
}
