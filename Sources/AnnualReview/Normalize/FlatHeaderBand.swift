/// A table header whose cell boundaries a renderer lost, read line by line: each printed line
/// holds, in column order, the pieces of the header cells that reach it. A header set on one
/// line (`Reference Authority Category Received`), a header whose last name wraps
/// (`… Remedy Service` ⏎ `improvement` ⏎ `recommendations`), one whose narrow cells cut their
/// words (`Referenc` ⏎ `e Authority … Decide d …`) and one whose cells are centred in a tall
/// header row, so that the lines hold pieces of different columns (LibreOffice through
/// pdfplumber or markitdown: `Service` ⏎ `Referenc Decide Remed` ⏎ `Authority Category Decision
/// Decision Reason improvement` ⏎ `e d y` ⏎ `recommendations`) all read the same way.
///
/// Each word either goes on a name begun above or on its left (the name and the word together
/// still begin, or are, a header name: `Referenc` + `e`, `Service` + `improvement`) or begins a
/// new name. Words on one line are in column order, which orders the names; where the lines
/// leave two names' order open (a name whose pieces share no line with the other's), the
/// order of the fields in the letters' tables (`TableField`'s order: reference, authority,
/// category, dates, decision, reason, remedy, service improvements) decides.
///
/// The same header as cell rows is `CellHeaderBand`'s, and as text aligned with spaces
/// `LayoutTextRegions`'.
struct FlatHeaderBand {
    /// A header name being read: its words so far and when it began.
    struct Name {
        var text: String
        let begun: Int
    }

    private(set) var names: [Name] = []
    /// `before[a][b]`: name `a` stands left of name `b` (directly or through others).
    private var before: [[Bool]] = []

    /// The band with a further line's words; nil where a word fits no name.
    func adding(_ words: some Sequence<some StringProtocol>) -> FlatHeaderBand? {
        var band = self
        var previous: Int? = nil
        var usedOnLine: [Int] = []
        for word in words {
            let word = String(word)
            let chosen: Int
            if let goesOn = band.nameGoingOn(with: word, previous: previous, usedOnLine: usedOnLine) {
                chosen = goesOn
                band.names[chosen].text += " " + word
            } else if TableField.headerNames.fit(word) != .none {
                chosen = band.begin(word)
            } else {
                return nil
            }
            if let previous, previous != chosen { band.order(previous, before: chosen) }
            previous = chosen
            usedOnLine.append(chosen)
        }
        return band
    }

    /// The name the word goes on, if one can take it: the name its left neighbour on the line
    /// went to, or a name from a line above that no word of this line has gone to and that the
    /// line's order allows; a name not whole yet first, else the one begun last.
    private func nameGoingOn(with word: String, previous: Int?, usedOnLine: [Int]) -> Int? {
        var whole: Int? = nil
        for index in names.indices {
            let isPrevious = index == previous
            guard isPrevious || !usedOnLine.contains(index) else { continue }
            // The line's order: a name left of the word's left neighbour cannot take the word.
            if let previous, !isPrevious, before[index][previous] { continue }
            let fit = TableField.headerNames.fit(names[index].text + " " + word)
            guard fit != .none else { continue }
            if !TableField.headerNames.fit(names[index].text).isWhole { return index }
            if whole.map({ names[index].begun > names[$0].begun }) ?? true { whole = index }
        }
        return whole
    }

    /// Begins a name with the word; its index.
    private mutating func begin(_ word: String) -> Int {
        names.append(Name(text: word, begun: names.count))
        for row in before.indices { before[row].append(false) }
        before.append(Array(repeating: false, count: names.count))
        return names.count - 1
    }

    /// Records that `a` stands left of `b`, and so left of everything right of `b`.
    private mutating func order(_ a: Int, before b: Int) {
        guard !before[a][b] else { return }
        let lefts = names.indices.filter { $0 == a || before[$0][a] }
        let rights = names.indices.filter { $0 == b || before[b][$0] }
        for left in lefts { for right in rights where left != right { before[left][right] = true } }
    }

    /// Whether every name is a whole header name.
    var isComplete: Bool {
        !names.isEmpty && names.allSatisfy { TableField.headerNames.fit($0.text).isWhole }
    }

    /// The header's cells left to right: the lines' order, and where it leaves two names open,
    /// the order of their fields in the letters' tables, then the order they began in.
    var cells: [String] {
        var left = Array(names.indices)
        var ordered: [String] = []
        let rank = names.map { name in TableField.allCases.firstIndex(of: TableField.named(name.text)) ?? TableField.allCases.count }
        while !left.isEmpty {
            // The names nothing left stands before; of these, the first field, then the first begun.
            let free = left.filter { candidate in !left.contains { before[$0][candidate] } }
            guard let next = free.min(by: { (rank[$0], $0) < (rank[$1], $1) }) else { break }
            ordered.append(names[next].text)
            left.removeAll { $0 == next }
        }
        return ordered
    }
}
