/// How the cells of a row of text cells fall into the table's columns, told by the header row
/// above them.
///
/// A renderer that finds a table's columns itself may cut one column into several (pymupdf4llm
/// on a LibreOffice table: `|Authority||Ca|tegory||Received|`, its rows cut the same way:
/// `|Chesterfield B|orough Council|Pla|nning & D|evelopment|`), and may cut the same table
/// differently on each page, each page's part under a header of its own. A cell under an empty
/// header cell, or under a piece of a name ("Ca" before "tegory"), belongs to the column on its
/// left; under a repeated header, each column goes to the first header's column of the same
/// field.
struct CellColumns {
    /// The table's column titles (the first header's, pieces joined).
    let titles: [String]
    /// For each cell of a row under this header: the table column it belongs to.
    let target: [Int]

    /// The columns of a table's first header.
    init(header: [String]) {
        let (titles, target) = CellColumns.group(header)
        self.titles = titles
        self.target = target
    }

    /// The columns of a header repeated over the table whose first header is `first`.
    init(repeated header: [String], of first: CellColumns) {
        let (titles, target) = CellColumns.group(header)
        self.titles = first.titles
        if titles.map(TableField.named) == first.titles.map(TableField.named) {
            self.target = target
            return
        }
        // Columns matched by title (compared as header names are), then by field, in order; a
        // column the first header lacks goes with its left neighbour.
        let firstKeys = first.titles.map { Vocabulary.key($0, ignoringCase: true) }
        let firstFields = first.titles.map(TableField.named)
        var map: [Int] = []
        var used = Set<Int>()
        for title in titles {
            let key = Vocabulary.key(title, ignoringCase: true)
            let field = TableField.named(title)
            let match = firstKeys.indices.first { !used.contains($0) && firstKeys[$0] == key }
                ?? firstFields.indices.first { !used.contains($0) && firstFields[$0] == field && field != .unknown }
            if let match { used.insert(match) }
            map.append(match ?? map.last ?? 0)
        }
        self.target = target.map { map[$0] }
    }

    /// A header's cells grouped into columns: the titles, and each cell's column.
    static func group(_ header: [String]) -> (titles: [String], target: [Int]) {
        var titles: [String] = []
        var target: [Int] = []
        for cell in header {
            if !titles.isEmpty, cell.isEmpty {
                // An empty cell adds nothing to the column on its left.
            } else if let last = titles.last, let name = TableField.joinedName(cell, after: last) {
                titles[titles.count - 1] = name  // the pieces of a name make the name
            } else {
                titles.append(cell)
            }
            target.append(max(0, titles.count - 1))
        }
        return splitMergedNames(titles, target)
    }

    /// A title that names two columns or more ("Decided Decision": a renderer merged two
    /// narrow columns into one cell, their values with them) becomes those columns; the
    /// cells under it go to the first of them, and the row's words are read again by what
    /// each column holds (`FlatRowTable.refitted`).
    static func splitMergedNames(_ titles: [String], _ target: [Int]) -> (titles: [String], target: [Int]) {
        var out: [String] = []
        var firstColumn: [Int] = []
        for title in titles {
            firstColumn.append(out.count)
            if let names = TableField.mergedNames(title) {
                out += names
            } else {
                out.append(title)
            }
        }
        guard out.count > titles.count else { return (titles, target) }
        return (out, target.map { firstColumn[$0] })
    }

    /// A header whose name a renderer cut short and set the rest of in the first row's cell
    /// below it (pymupdf4llm: "Remedy Service improvement" over "recommendations"): the name
    /// made whole, the row's cell emptied. Only where the cell is nothing but that rest — the
    /// name alone names no column (nor two), the name and the cell do; nil otherwise.
    static func completed(header: [String], firstRow: [String]) -> (header: [String], firstRow: [String])? {
        var header = header
        var row = firstRow
        var changed = false
        for index in header.indices where index < row.count && !header[index].isEmpty && !row[index].isEmpty {
            let name = header[index]
            guard !TableField.headerNames.fit(name).isWhole, TableField.mergedNames(name) == nil else { continue }
            let joined = name + " " + row[index]
            guard TableField.headerNames.fit(joined).isWhole || TableField.mergedNames(joined) != nil else { continue }
            header[index] = joined
            row[index] = ""
            changed = true
        }
        return changed ? (header, row) : nil
    }

    /// A row's cells placed in the table's columns, or nil when the row has text in cells past
    /// this header's (or the header names no column). Pieces of one cell are joined with a
    /// space: where the renderer cut inside a word ("Pla" | "nning & D" | "evelopment"), a
    /// closed column's vocabulary and the letter's own authority name put the word back
    /// (they compare without spaces); free text keeps the cut rather than run two words into
    /// one.
    func place(_ cells: [String]) -> [String]? {
        guard titles.contains(where: { !$0.isEmpty }) else { return nil }
        // A header cell that named two columns (`splitMergedNames`: pymupdf4llm set "Remedy"
        // and "Service improvement recommendations" in one cell) over rows that keep those
        // columns' cells apart: a row with a cell for every column is read cell for cell.
        if titles.count > target.count, cells.count == titles.count { return cells }
        guard cells.count <= target.count || cells[target.count...].allSatisfy(\.isEmpty) else { return nil }
        var out = Array(repeating: "", count: titles.count)
        for (i, cell) in cells.prefix(target.count).enumerated() where !cell.isEmpty {
            out[target[i]] = out[target[i]].isEmpty ? cell : out[target[i]] + " " + cell
        }
        return out
    }
}
