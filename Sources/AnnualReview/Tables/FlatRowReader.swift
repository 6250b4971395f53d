extension FlatRowTable {
    /// Gathers a flat table's lines into rows, one line at a time.
    struct Reader {
        let columns: [ColumnKind]
        let referenceColumn: Int
        /// A cell may start on any of a row's lines (a stream of cells; cells centred in a
        /// row), not only on its first.
        let cellsStartOnAnyLine: Bool
        /// Words come in reading order, one cell after another (a stream of cells).
        let isStream: Bool
        /// Read as lines that mostly hold one cell's line each (pypdf of a table whose rows'
        /// cells wrap: "Corporate & Other" ⏎ "Services"): a second cell begun on a line costs
        /// `Scores.sharedLine`, as in a stream (`readAsCellLines`).
        var linesHoldOneCell = false
        var rows: [TableRow] = []
        /// Rows read with a column that fits nothing it should hold, quoted.
        var doubtful: [UnparsedLine] = []

        // The row being read.
        var texts: [String] = []
        /// The column that took the row's last words.
        var lastColumn = 0
        /// Some words of the row could not be placed by what the columns hold.
        var unplaced = false
        var rawLines: [String] = []
        var origins: [Origin] = []
        /// In a stream, a reference that came alone while the row being read held one cell
        /// besides its own reference: the next row's, set by the renderer before the rest of
        /// this row (pdftotext of a table whose first row's cells it read after the second
        /// reference: "19009783", "Oldham Council", "19010904", "Corporate & Other", …). Held
        /// back until a line brings a whole value again for a column this row already filled.
        var heldReference: (line: String, origin: Origin)? = nil

        /// What each column's texts fit, shared by this reader's copies (`fit`).
        private let fits: FitMemo

        /// Longest run of words one cell holds on one line (bounds the search per line).
        static let maximumCellWords = 12

        init(columns: [ColumnKind], referenceColumn: Int, cellsStartOnAnyLine: Bool, isStream: Bool) {
            self.columns = columns
            self.referenceColumn = referenceColumn
            self.cellsStartOnAnyLine = cellsStartOnAnyLine
            self.isStream = isStream
            fits = FitMemo(columns: columns)
        }

        /// How `text` fits `column`, asked of the column once per text: a row's lines are read
        /// again and again (every run of words a line could give a cell, every cut of centred
        /// rows, every second reading), and a text fits a column the same way each time.
        func fit(_ text: String, column: Int) -> Fit {
            fits.fit(text, column: column)
        }

        /// Ends the row being read and begins the next, whose lines follow (`add`).
        mutating func beginRow() {
            finishRow()
            texts = Array(repeating: "", count: columns.count)
            lastColumn = referenceColumn
            unplaced = false
            rawLines = []
            origins = []
        }

        /// Takes the next line; false where it cannot belong to a row (no row started yet). A
        /// line whose first word is a reference begins a row, unless the row being read has
        /// no reference yet (its lines above the reference, where cells are centred in it).
        @discardableResult
        mutating func add(_ line: String, origin: Origin) -> Bool {
            let words = Self.words(line)
            guard let first = words.first else { return true }
            if ReferenceNumber.startsRow(first) {
                // A second reference: the held one's row has nothing but its reference.
                beginHeldRow()
                if isStream, words.count == 1, holdsOneCellBesidesItsReference {
                    heldReference = (line, origin)
                    return true
                }
                if texts.isEmpty || !texts[referenceColumn].isEmpty { beginRow() }
                texts[referenceColumn] = first
                lastColumn = referenceColumn
                rawLines.append(line)
                origins.append(origin)
                assign(Array(words.dropFirst()), continuation: rawLines.count > 1)
                return true
            }
            guard !texts.isEmpty else { return false }
            if heldReference != nil, bringsAFilledValueAgain(words) { beginHeldRow() }
            rawLines.append(line)
            origins.append(origin)
            assign(words, continuation: rawLines.count > 1)
            return true
        }

        /// A line's words, with words that hold two cells' texts run together cut apart
        /// (`TableValues.cellsRunTogether`).
        static func words(_ line: String) -> [String] {
            line.split(separator: " ").flatMap(TableValues.cellsRunTogether).map(String.init)
        }

        /// Ends the table's reading: a reference still held gets its row, never dropped.
        mutating func finishTable() {
            beginHeldRow()
            finishRow()
        }

        /// The row being read has its reference and exactly one other cell.
        private var holdsOneCellBesidesItsReference: Bool {
            guard !texts.isEmpty, !texts[referenceColumn].isEmpty else { return false }
            return texts.indices.filter { $0 != referenceColumn && !texts[$0].isEmpty }.count == 1
        }

        /// The line is a whole value of a column (not free text) that the row being read has
        /// filled already, at or before the last column it filled: the next row's cell.
        private func bringsAFilledValueAgain(_ words: [String]) -> Bool {
            let text = words.joined(separator: " ")
            return columns.indices.contains { column in
                guard column != referenceColumn, column <= lastColumn, !texts[column].isEmpty,
                      case .whole = fit(text, column: column) else { return false }
                return true
            }
        }

        /// Begins the row of the held reference, if any.
        private mutating func beginHeldRow() {
            guard let held = heldReference else { return }
            heldReference = nil
            beginRow()
            let words = held.line.split(separator: " ").map(String.init)
            texts[referenceColumn] = words.first ?? ""
            lastColumn = referenceColumn
            rawLines.append(held.line)
            origins.append(held.origin)
        }

        /// How well the row being read fits its columns, were it to end here: whole values
        /// count, values begun and not ended and values outside a column's list cost, free text
        /// is neutral (so that lines of free text weigh nothing on where a row ends).
        var rowScore: Double { score(texts) }

        /// How well cells fit the columns (`rowScore`), for any row's cells.
        func score(_ cells: [String]) -> Double {
            var score = 0.0
            for (index, column) in columns.enumerated() where index != referenceColumn && index < cells.count && !cells[index].isEmpty {
                switch fit(cells[index], column: index) {
                case .whole: score += FitScore.whole
                case .partial: score += FitScore.unlisted
                case .free: break
                case .none: score += column.takesFreeText ? FitScore.unlisted : FitScore.impossible
                }
            }
            return score
        }

        /// Ends the row being read.
        mutating func finishRow() {
            guard !texts.isEmpty, !rawLines.isEmpty else { return }
            if let again = readFromReferenceLine(), !again.unplaced,
               unplaced || again.rowScore > rowScore + Scores.rereadMargin {
                texts = again.texts
                unplaced = false
            }
            if let again = readAsCellLines(), !again.unplaced, again.rowScore > rowScore + Scores.rereadMargin {
                texts = again.texts
                unplaced = false
            }
            var cells = OpenListCells.closed(InterleavedCells.parted(texts, columns: columns), columns: columns)
            var doubt = unplaced
            for (index, column) in columns.enumerated() where !cells[index].isEmpty {
                switch fit(cells[index], column: index) {
                case .whole(let spelling): cells[index] = spelling
                case .partial: doubt = true
                case .none: if !column.takesFreeText { doubt = true }
                case .free: break
                }
            }
            cells[referenceColumn] = ReferenceNumber.compact(cells[referenceColumn])
            if doubt, let origin = origins.first {
                doubtful.append(UnparsedLine(text: rawLines.joined(separator: " / "), origin: origin, afterRow: rows.count + 1))
            }
            rows.append(TableRow(cells: cells, origins: origins))
            texts = []
        }

        /// Gives a line's words to the columns, in column order, each column one run of words,
        /// so that the columns' texts fit them best (`FitScore`). On a row's first line every
        /// cell starts; on a later line, cells go on (a cell starting there costs a little,
        /// unless the lines are a stream of cells). Words no reading can place (more than the
        /// columns' runs can hold) go to the last column, and the row is reported.
        mutating func assign(_ words: [String], continuation: Bool, before: Bool = false) {
            guard !words.isEmpty else { return }
            let count = columns.count
            // best[i][c]: the best score for words[i...] given to columns c... ; choice: where
            // the run for column c ends (nil: column c takes nothing).
            var best = Array(repeating: Array(repeating: -Double.infinity, count: count + 1), count: words.count + 1)
            var choice = Array(repeating: Array(repeating: Int?.none, count: count + 1), count: words.count + 1)
            for c in 0...count { best[words.count][c] = 0 }
            // Each run's words joined once, for every column to try: runs[i][k] is words[i...i+k].
            let runs: [[String]] = words.indices.map { i in
                var text = ""
                return words[i..<min(words.count, i + Reader.maximumCellWords)].map { word in
                    text = text.isEmpty ? word : text + " " + word
                    return text
                }
            }
            for i in stride(from: words.count - 1, through: 0, by: -1) {
                for c in stride(from: count - 1, through: 0, by: -1) {
                    // Taking nothing first: on a tie the later column takes the words.
                    var top = best[i][c + 1]
                    var end: Int? = nil
                    if c != referenceColumn {
                        for j in (i + 1)...min(words.count, i + Reader.maximumCellWords) where best[j][c + 1] > -Double.infinity {
                            var score = runScore(words[i..<j], joined: runs[i][j - i - 1], column: c, continuation: continuation,
                                                 before: before) + best[j][c + 1]
                            if (isStream || linesHoldOneCell) && i > 0 { score += Scores.sharedLine }
                            if score > top { top = score; end = j }
                        }
                    }
                    best[i][c] = top
                    choice[i][c] = end
                }
            }
            var i = 0
            var c = 0
            while i < words.count, c < count {
                if let end = choice[i][c] {
                    texts[c] = joined(texts[c], words[i..<end], before: before)
                    lastColumn = c
                    i = end
                }
                c += 1
            }
            if i < words.count {
                // Never into the reference: the last column that took words, or the last column.
                let target = lastColumn != referenceColumn ? lastColumn : (referenceColumn == count - 1 ? 0 : count - 1)
                texts[target] = joined(texts[target], words[i...], before: before)
                unplaced = true
            }
        }

        /// How well a run of words (`joined`: its words joined by spaces) fits a column after
        /// (or `before`) the column's text so far.
        func runScore(_ run: ArraySlice<String>, joined runText: String, column: Int, continuation: Bool, before: Bool = false) -> Double {
            let kind = columns[column]
            let fitted = fit(WrappedText.unwrap(before ? [runText, texts[column]] : [texts[column], runText]), column: column)
            // A run of hyphens only ("Decision -" broken after its dash) changes no value: it
            // gains nothing on a value (and cannot make a whole value score again), and no cell
            // begins with it.
            var score = fitted.score(takesFreeText: kind.takesFreeText)
            if run.allSatisfy({ $0.unicodeScalars.allSatisfy { $0 == "-" || $0.properties.isWhitespace } }) {
                score = texts[column].isEmpty ? FitScore.unlisted : 0
            }
            if continuation && texts[column].isEmpty && !cellsStartOnAnyLine { score += Scores.lateStart }
            if texts[column].isEmpty, let first = run.first, LetterWords.joinsTwoWords(first) {
                score += Scores.joiningStart
            }
            if isStream {
                // Words come in reading order: the column that took the last words, or the next
                // one, before a column further on, before going back to an earlier one.
                let count = columns.count
                let distance = (column - lastColumn + count) % count
                score += Scores.readingOrderStep * Double(distance)
            }
            return score
        }

        /// The cell's text with a run of words after it (or `before` it).
        func joined(_ text: String, _ run: ArraySlice<String>, before: Bool = false) -> String {
            let words = run.joined(separator: " ")
            return WrappedText.unwrap(before ? [words, text] : [text, words])
        }

        /// The row's cells read again as lines of one cell's line each, where the row was read
        /// as lines of several cells and some cell fits nothing (a line "Corporate & Other" cut
        /// into the beginnings of two values); nil where there is nothing to mend.
        func readAsCellLines() -> Reader? {
            guard !isStream, !linesHoldOneCell, rawLines.count > 1,
                  columns.indices.contains(where: { index in
                      index != referenceColumn && !texts[index].isEmpty && !fit(texts[index], column: index).isWholeOrFree
                  }) else { return nil }
            var again = self
            again.linesHoldOneCell = true
            again.texts = Array(repeating: "", count: columns.count)
            again.unplaced = false
            again.lastColumn = referenceColumn
            for (k, line) in rawLines.enumerated() {
                var words = Self.words(line)
                if k == 0, let first = words.first, ReferenceNumber.startsRow(first) {
                    again.texts[referenceColumn] = first
                    words.removeFirst()
                }
                again.assign(words, continuation: k > 0)
            }
            return again
        }

        /// The row's cells read again from its reference line out, where cells are centred in
        /// their rows: that line's words first, then the lines above it, nearest first, each
        /// going before what the cells hold, then the lines below. A one-line cell stands on
        /// the reference line and a longer cell's lines around it, so read top to bottom an
        /// upper line of a long cell may take a value the reference line holds ("Advice given -
        /// no" above "Advice given": the reason's first line, not the decision). nil where the
        /// reference starts the row's first line (nothing stands above it).
        func readFromReferenceLine() -> Reader? {
            guard cellsStartOnAnyLine, !isStream,
                  let referenceLine = rawLines.firstIndex(where: { line in
                      line.split(separator: " ").first.map { ReferenceNumber.startsRow($0) } == true
                  }), referenceLine > 0 else { return nil }
            var again = self
            again.texts = Array(repeating: "", count: columns.count)
            again.unplaced = false
            let words = { (k: Int) in Self.words(rawLines[k]) }
            let reference = words(referenceLine)
            again.texts[referenceColumn] = reference[0]
            again.lastColumn = referenceColumn
            again.assign(Array(reference.dropFirst()), continuation: false)
            for k in stride(from: referenceLine - 1, through: 0, by: -1) {
                again.assign(words(k), continuation: true, before: true)
            }
            for k in (referenceLine + 1)..<rawLines.count {
                again.assign(words(k), continuation: true)
            }
            return again
        }
    }
}

extension FlatRowTable.Reader {
    /// The fits a reader has asked, per column and text; a class so that the copies of a reader
    /// (each cut of centred rows reads from a copy of one template) share what is known. A
    /// reader and its copies stay on one thread, in one table's reading.
    final class FitMemo {
        private let columns: [FlatRowTable.ColumnKind]
        private var known: [[String: FlatRowTable.Fit]]

        init(columns: [FlatRowTable.ColumnKind]) {
            self.columns = columns
            known = Array(repeating: [:], count: columns.count)
        }

        func fit(_ text: String, column: Int) -> FlatRowTable.Fit {
            if let fit = known[column][text] { return fit }
            let fit = columns[column].fit(text)
            known[column][text] = fit
            return fit
        }
    }
}
