/// A cell of a list column (remedies: values joined by ", ") that ends with its comma goes on:
/// the list's next value is its own, not the next column's. A flat row's reading scores each
/// line by itself and may give the value after the comma to the next column, which takes the
/// same values ("Procedure or policy change/review" is a remedy and a service improvement
/// alike): "…time and trouble," | "Procedure or policy change/review".
enum OpenListCells {
    /// The row's cells with each open list closed by the next column's cell, where that cell
    /// makes the list whole; every other cell as read.
    static func closed(_ cells: [String], columns: [FlatRowTable.ColumnKind]) -> [String] {
        var cells = cells
        for index in cells.indices.dropLast() where cells[index].hasSuffix(",") && !cells[index + 1].isEmpty {
            guard case .values(let vocabulary) = columns[index], vocabulary.isList,
                  case .whole(let spelling) = vocabulary.fit(cells[index] + " " + cells[index + 1]) else { continue }
            cells[index] = spelling
            cells[index + 1] = ""
        }
        return cells
    }
}
