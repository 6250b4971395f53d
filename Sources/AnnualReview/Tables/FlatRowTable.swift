/// Reads a table whose rendering lost the cell boundaries (`.tableLine` blocks under a header
/// row): a row starts at its reference number; its first line holds the first line of every
/// cell in column order, and each later line the next lines of the cells that go on, again in
/// column order. Each line's words are given to the columns by what each column holds — the
/// letter's own authority, a date, a category, decision or reason from `TableValues`, free
/// text — so that every column's text fits it best; spaces a renderer lost inside a value
/// the vocabularies know are put back. A row some column of which fits nothing it should hold
/// is kept, and also quoted as an unparsed line: a guess is never silent.
enum FlatRowTable {
    static func table(_ blocks: [Block], segmentIndex: Int, authorities: AuthorityNames) -> ParsedTable {
        guard let headerBlock = blocks.first(where: { $0.kind == .tableRow }), headerBlock.cells.count >= 2 else {
            // No header to read the lines by: every line is reported, none dropped.
            let unparsed = blocks.map { UnparsedLine(text: $0.text, origin: $0.origins.first ?? Origin(page: 1), afterRow: 0) }
            return ParsedTable(kind: .unknown, segmentIndex: segmentIndex, header: [], rows: [], unparsed: unparsed)
        }
        let header = headerBlock.cells
        let fields = header.map(TableField.named)
        let columns = fields.map { ColumnKind($0, authorities: authorities) }
        let lines = blocks.filter { $0.kind == .tableLine }
        // A stream of cells: rows whose first line is their reference alone (pypdf setting one
        // word a line, pdftotext one cell after another): lines say nothing of where a row's
        // cells start, only the order of their words does.
        let rowStarts = lines.filter { ReferenceNumber.startsLine($0.text) }
        let loneReferences = rowStarts.filter { !$0.text.contains(" ") }.count
        let isStream = !rowStarts.isEmpty && loneReferences * 5 >= rowStarts.count * 4
        // Rows whose cells are centred in them: lines of the first row stand above its reference.
        let isCentred = !isStream && lines.first.map { !ReferenceNumber.startsLine($0.text) } == true
            && !rowStarts.isEmpty
        var reader = Reader(columns: columns, referenceColumn: fields.firstIndex(of: .reference) ?? 0,
                            cellsStartOnAnyLine: isStream || isCentred, isStream: isStream)
        var unparsed: [UnparsedLine] = []
        if isCentred {
            let rows = CentredRows.group(lines, reader: reader)
            var referencesSeen = 0
            for block in blocks where block != headerBlock {
                if block.kind == .tableLine {
                    if ReferenceNumber.startsLine(block.text) { referencesSeen += 1 }
                } else {
                    let origin = block.origins.first ?? Origin(page: 1)
                    unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: referencesSeen))
                }
            }
            for row in rows {
                reader.beginRow()
                for line in row { reader.add(line.text, origin: line.origins.first ?? Origin(page: 1)) }
            }
        } else {
            // The header again (a new page's) is no row and no unreadable text.
            for block in blocks where block != headerBlock && !(block.kind == .tableRow && LetterCues.isTableHeader(block)) {
                let origin = block.origins.first ?? Origin(page: 1)
                guard block.kind == .tableLine, reader.add(block.text, origin: origin) else {
                    unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: reader.rows.count))
                    continue
                }
            }
        }
        reader.finishTable()
        unparsed += reader.doubtful
        unparsed.sort { $0.afterRow < $1.afterRow }
        return ParsedTable(kind: ParsedTable.kind(of: fields), segmentIndex: segmentIndex,
                           header: header, rows: reader.rows, unparsed: unparsed)
    }

    /// A row of cells that a renderer cut in the wrong places, read again as a flat row: a
    /// narrow table's words set in cells that break words and run one column into the next
    /// (pymupdf4llm: "Tamworth" | "Borough Council<br>En" | "vironmen" | "tal Services & Pub"
    /// …). The cells' words, in order, go to the columns by what each holds; that reading is
    /// kept where it places every word, doubts no column, and fits better than the cells by
    /// more than `Scores.rereadMargin`. The reference is the row's first column in every
    /// letter's table, where the reader starts a row.
    ///
    /// `lines`: the row's printed lines, where the cells were read from positions (text laid
    /// out in characters, whose tight columns leave only a word space between two cells:
    /// "Referred back for Premature Decision -" ⏎ "local resolution advice given"); each line's
    /// words are then read as a flat row's line is, so a word a cut gave the wrong cell goes
    /// back line by line. Without them, the cells' words as one line.
    static func refitted(_ cells: [String], columns: [ColumnKind], lines: [String]? = nil) -> [String]? {
        guard columns.count == cells.count, case .reference = columns.first,
              let reference = cells.first, ReferenceNumber.startsLine(reference) else { return nil }
        // Cheap test first: a row whose every cell fits its column is read as it stands.
        let misfit = zip(cells, columns).contains { cell, column in
            guard !cell.isEmpty else { return false }
            switch column.fit(cell) {
            case .whole, .free: return false
            case .partial, .none: return true
            }
        }
        guard misfit else { return nil }
        var reader = Reader(columns: columns, referenceColumn: 0, cellsStartOnAnyLine: false, isStream: false)
        let before = reader.score(cells)
        for line in lines ?? [cells.filter { !$0.isEmpty }.joined(separator: " ")] {
            guard reader.add(line, origin: Origin(page: 1)) else { return nil }
        }
        let after = reader.rowScore
        guard !reader.unplaced, after > before + Scores.rereadMargin else { return nil }
        reader.finishRow()
        guard reader.doubtful.isEmpty, reader.rows.count == 1, let row = reader.rows.first else { return nil }
        return row.cells
    }

    /// What a column holds, and so how well a text fits it.
    enum ColumnKind {
        case reference, date, authority(AuthorityNames), values(Vocabulary), freeText

        init(_ field: TableField, authorities: AuthorityNames) {
            switch field {
            case .reference: self = .reference
            case .received, .decided: self = .date
            case .authority: self = .authority(authorities)
            default: self = TableValues.vocabulary(for: field).map { .values($0) } ?? .freeText
            }
        }

        /// How the text fits the column.
        func fit(_ text: String) -> Fit {
            switch self {
            case .reference:
                return ReferenceNumber.isReference(text) ? .whole(text) : .none
            case .date:
                if let (_, spaced) = DateParser.parseLoose(text) { return .whole(spaced) }
                return DateParser.couldStartDate(text) ? .partial : .none
            case .authority(let names):
                return names.fit(text)
            case .values(let vocabulary):
                switch vocabulary.fit(text) {
                case .whole(let spelling): return .whole(spelling)
                case .partial: return .partial
                case .none: return .none
                }
            case .freeText:
                return .free
            }
        }

        /// Whether a text outside any list is still this column's value (read as written).
        var takesFreeText: Bool {
            switch self {
            case .reference, .date: false
            default: true
            }
        }
    }

    /// How well a text fits a column.
    enum Fit: Equatable {
        /// A whole value, as it should read.
        case whole(String)
        /// The start of a value that goes on.
        case partial
        /// Free text in a column of free text.
        case free
        /// Nothing the column holds.
        case none

        /// A value as it should read, or free text where the column takes it: nothing begun
        /// and left unfinished, nothing outside the column's list.
        var isWholeOrFree: Bool {
            switch self {
            case .whole, .free: true
            case .partial, .none: false
            }
        }

        /// The score a column's text adds to a line's reading; free text where a value was
        /// expected costs, and a date column holding no date costs most.
        func score(takesFreeText: Bool) -> Double {
            switch self {
            case .whole: FitScore.whole
            case .partial: FitScore.partial
            case .free: FitScore.freeText
            case .none: takesFreeText ? FitScore.unlisted : FitScore.impossible
            }
        }
    }

    /// The scores of a line's readings beyond those of `FitScore`: starting a cell on a
    /// continuation line costs a little (cells start on a row's first line).
    enum Scores {
        static let lateStart = -1.0
        /// A cell begun with a word that joins two ("&", `LetterWords.joinsTwoWords`): no value
        /// begins so, the word goes on the cell before it ("Education &" ⏎ "Children's" ⏎
        /// "Services"). More than a whole value gains over a begun one (`FitScore.whole` −
        /// `FitScore.partial`) plus a free-text cell's cost, so "Education" + "&" in another
        /// column never beats "Education &" begun.
        static let joiningStart = -1.5
        /// Per column a word skips in reading order, where lines hold one word each: small,
        /// only to choose between readings that fit equally well.
        static let readingOrderStep = -0.01
        /// A second cell begun on one line of a stream of cells, where each line is mostly one
        /// cell's line: more than the start of a value gains (`FitScore.partial`), so a line is
        /// not cut into two beginnings of values ("Corporate & Other" is not "Corporate &" and
        /// the start of "Other reason…"), less than a whole value and a beginning together.
        static let sharedLine = -2.5

        /// A row read again from its reference line out (`Reader.readFromReferenceLine`) is
        /// taken only where its cells fit better by more than this: read top to bottom is
        /// the order the renderer wrote, kept where both readings fit as well.
        static let rereadMargin = 0.5
    }
}
