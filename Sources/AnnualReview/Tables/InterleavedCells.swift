/// Two neighbouring cells whose lines a renderer wove into one: `pdftotext` (without
/// `-layout`) of a table set with narrow gaps reads two cells on one baseline as one line,
/// and where the right cell's line ends in a dash it joins the next line to it as to a word
/// broken at a hyphen — "Referred back" | "Premature Decision -" over "for local" | "advice
/// given" comes out "Referred back Premature Decision for local" ⏎ "advice given" ⏎
/// "resolution", which a flat row's reading gives to the decision alone.
enum InterleavedCells {
    /// The row's cells with each woven pair parted: a cell of a listed column that is none of
    /// its values, beside an empty cell of a listed column, whose words are — in their order —
    /// the words of one of its values and, left over, a whole value of the next column. Only
    /// where exactly one value parts the text so; otherwise the cells stay as read (and the
    /// reader's doubts stand).
    static func parted(_ cells: [String], columns: [FlatRowTable.ColumnKind]) -> [String] {
        var cells = cells
        for index in cells.indices.dropLast() where !cells[index].isEmpty && cells[index + 1].isEmpty {
            guard case .values(let own) = columns[index], case .values(let next) = columns[index + 1],
                  case .none = own.fit(cells[index]) else { continue }
            let words = cells[index].split(separator: " ").map(String.init)
            var found: [(String, String)] = []
            for value in own.values {
                // A dash alone is no word to look for: the renderer may have dropped it.
                let valueWords = value.split(separator: " ").filter { !Vocabulary.key($0, ignoringCase: false).isEmpty }
                guard let rest = wordsLeft(words, after: valueWords),
                      case .whole(let spelling) = next.fit(rest.joined(separator: " ")) else { continue }
                found.append((value, spelling))
            }
            guard found.count == 1, let (value, rest) = found.first else { continue }
            cells[index] = value
            cells[index + 1] = rest
        }
        return cells
    }

    /// The words left once `value`'s words are taken from `words` in order (each the first
    /// that matches, compared as `Vocabulary.key` compares), with at least one word taken
    /// after a word left (the two cells' words cross) and some left; nil where `value` is not
    /// there so.
    static func wordsLeft(_ words: [String], after value: [Substring]) -> [String]? {
        var left: [String] = []
        var next = value.startIndex
        var crossed = false
        for word in words {
            if next < value.endIndex, Vocabulary.key(word, ignoringCase: false) == Vocabulary.key(value[next], ignoringCase: false) {
                next += 1
                if !left.isEmpty { crossed = true }
            } else {
                left.append(word)
            }
        }
        guard next == value.endIndex, crossed, !left.isEmpty else { return nil }
        return left
    }
}
