/// A row the page's foot cut and the next page printed again whole: some producers (Qt WebKit's
/// wkhtmltopdf) move a row that does not fit to the next page but leave the lines of it that
/// did fit at the foot of the page before ("21016636 Westminster Highways & Transport 22/01/22
/// Closed after initial Out of jurisdiction", then the whole row under the next page's
/// header). The cut copy is the same reference with each cell the first words of the whole
/// row's cell; it is dropped, in whatever rendering it reached us (the PDF, or its text).
///
/// A reference stands once in a table, so two rows of one reference in a row are one row
/// twice; the cut copy is told by its cells — each the whole cell or its first words — and
/// by where it stands: on an earlier page than the whole row, or (a rendering that kept no
/// pages) short of it by some words. Two equal rows on one page are both kept.
enum ReprintedRows {
    /// The table without the cut copies of rows printed again whole.
    static func dropped(from table: ParsedTable) -> ParsedTable {
        guard let referenceColumn = table.fields.firstIndex(of: .reference) else { return table }
        var table = table
        var index = table.rows.count - 2
        while index >= 0 {
            if isCutCopy(table.rows[index], of: table.rows[index + 1], referenceColumn: referenceColumn) {
                let cut = table.rows.remove(at: index)
                // A doubt the reader quoted about the cut copy itself (its cells begun and not
                // ended) goes with it: it follows the row, from the row's first line.
                table.unparsed.removeAll { line in
                    line.afterRow == index + 1 && line.origin == cut.origins.first
                        && line.text.hasPrefix(cut.cells[referenceColumn])
                }
                for line in table.unparsed.indices where table.unparsed[line].afterRow > index {
                    table.unparsed[line].afterRow -= 1
                }
            }
            index -= 1
        }
        return table
    }

    /// Whether `cut` is the first lines of `whole`, printed where a page ends.
    static func isCutCopy(_ cut: TableRow, of whole: TableRow, referenceColumn: Int) -> Bool {
        guard cut.cells.count == whole.cells.count, referenceColumn < cut.cells.count,
              !cut.cells[referenceColumn].isEmpty, cut.cells[referenceColumn] == whole.cells[referenceColumn]
        else { return false }
        var isShorter = false
        for (part, cell) in zip(cut.cells, whole.cells) where part != cell {
            guard part.isEmpty || isFirstLines(part, of: cell) else { return false }
            isShorter = true
        }
        let cutPage = cut.origins.map(\.page).max() ?? 0
        let wholePage = whole.origins.map(\.page).min() ?? 0
        return cutPage < wholePage || isShorter
    }

    /// Whether `part` is the first lines of `cell`: its first words, or its first words and a
    /// word broken after its hyphen ("Stoke-on-" of "Stoke-on-Trent City Council"), as
    /// `WrappedText` joins a cell's lines.
    static func isFirstLines(_ part: String, of cell: String) -> Bool {
        cell.hasPrefix(part + " ") || (part.hasSuffix("-") && cell.hasPrefix(part))
    }
}
