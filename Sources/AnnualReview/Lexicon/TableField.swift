/// What a column holds, told by its header cell.
public enum TableField: String, Codable, Sendable, CaseIterable {
    case reference, authority, category, received, decided, decision, reason, remedy, serviceImprovements, unknown

    /// The field a header cell names ("Decision Reason" → reason, "Decided" → decided, …).
    public static func named(_ header: String) -> TableField {
        // Without spaces: a narrow header cell may break a word across lines ("Decide" + "d").
        let lower = header.lowercased()
        let h = lower.utf8.contains(0x20) ? String(lower.filter { !$0.isWhitespace }) : lower
        if TextSearch.contains(h, "serviceimprovement") { return .serviceImprovements }
        if TextSearch.contains(h, "reason") { return .reason }
        if TextSearch.contains(h, "remed") { return .remedy }
        if TextSearch.contains(h, "decided") || TextSearch.contains(h, "decisiondate")
            || TextSearch.contains(h, "dateofdecision") { return .decided }
        if TextSearch.contains(h, "received") { return .received }
        if TextSearch.contains(h, "decision") || TextSearch.contains(h, "outcome") { return .decision }
        if TextSearch.contains(h, "categor") || TextSearch.contains(h, "servicearea") { return .category }
        if TextSearch.contains(h, "authority") || TextSearch.contains(h, "organisation")
            || TextSearch.contains(h, "council") { return .authority }
        if h.hasPrefix("ref") { return .reference }
        return .unknown
    }

    /// The names a header cell holds where it names two columns or more, each a known field
    /// and no field twice ("Decide d Decision": a renderer merged two narrow columns into one
    /// cell); nil for a cell of one name or of anything else.
    public static func mergedNames(_ cell: String) -> [String]? {
        let words = cell.split(separator: " ").map(String.init)
        guard words.count >= 2, let (names, complete) = headerCells(words), complete, names.count >= 2 else { return nil }
        let fields = names.map(named)
        guard !fields.contains(.unknown), Set(fields).count == fields.count else { return nil }
        return names
    }

    /// A header with the names of more columns, found out of their place (a renderer set them
    /// after rows had begun): each goes where the letters' tables set its field — before the
    /// first column whose field comes after it in the letters' order (`allCases`), else last.
    public static func header(_ header: [String], inserting names: [String]) -> [String] {
        let order = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
        var out = header
        for name in names {
            let rank = order[named(name)] ?? allCases.count
            let at = out.firstIndex { (order[named($0)] ?? allCases.count) > rank } ?? out.count
            out.insert(name, at: at)
        }
        return out
    }

    /// Whether a header cell or word names the reference column: "Reference", "Reference
    /// number", "Ref", "Ref." — or "Referenc…" where a narrow cell broke the word. ("Referred",
    /// a decision's first word, is data.) The one test every reader of tables asks.
    public static func namesReference(_ cell: some StringProtocol) -> Bool {
        // Cheap first byte: this runs on every word of a page.
        guard let first = cell.utf8.first, first | 0x20 == UInt8(ascii: "r") else { return false }
        if TextSearch.hasPrefix(cell, ignoringCase: "referen") { return true }
        let count = cell.utf8.count
        return (count == 3 || (count == 4 && cell.hasSuffix(".")))
            && TextSearch.hasPrefix(cell, ignoringCase: "ref")
    }

    /// Whether these fields can be one table's columns: the complaints received (the date a
    /// complaint came in) and the decisions (the date one was decided, its outcome, reason and
    /// remedies) are the letters' two tables, never one.
    public static func canShareATable(_ fields: some Sequence<TableField>) -> Bool {
        var received = false, decided = false
        for field in fields {
            switch field {
            case .received: received = true
            case .decided, .decision, .reason, .remedy, .serviceImprovements: decided = true
            default: break
            }
        }
        return !(received && decided)
    }

    /// Whether cells (or a header's words) are a table's header row: one names the reference
    /// column and another names a further field ("Authority", "Category", "Received", …).
    public static func isHeader(_ cells: some Collection<some StringProtocol>) -> Bool {
        // The cheap test first: this runs on every table line of every page, and a data row
        // names no reference column, so `named` (which folds and searches each cell) is asked
        // only of the few lines that do.
        guard cells.contains(where: { namesReference($0) }) else { return false }
        return cells.contains { cell in
            guard !namesReference(cell), let first = cell.utf8.first, first >= 0x41 else { return false }
            return TableField.named(String(cell)).isDataField
        }
    }

    /// Whether a header cell is the rest of a name its left neighbour begins, where a renderer
    /// cut one column into two ("Ca" + "tegory"): neither names a field, both joined do.
    public static func continuesName(_ cell: String, after previous: String) -> Bool {
        joinedName(cell, after: previous) != nil
    }

    /// The name a header cell and its left neighbour make where a renderer cut one column into
    /// two, if they make one (neither names a field alone). Where both pieces have as many
    /// words, more than one, each of the cell's wrapped lines was cut at the same edge, and
    /// the pieces go together word by word ("Servic improv recom" | "e ement mendations":
    /// "Service improvement recommendations"); otherwise the cell goes on the neighbour's end
    /// ("Ca" | "tegory", "Decision Rea" | "son").
    public static func joinedName(_ cell: String, after previous: String) -> String? {
        guard !cell.isEmpty, named(previous) == .unknown, named(cell) == .unknown else { return nil }
        let left = previous.split(separator: " "), right = cell.split(separator: " ")
        let joined = left.count == right.count && left.count > 1
            ? zip(left, right).map { $0 + $1 }.joined(separator: " ")
            : previous + cell
        return named(joined) != .unknown ? joined : nil
    }

    /// A header cell as the letters print it: where its words, joined as the vocabulary
    /// compares them (without spaces), are a name header cells give, that name's spelling
    /// ("Referenc e", "Decide d", "Ca" + "tegory" cut by narrow cells); otherwise as it is.
    public static func title(_ cell: String) -> String {
        if case .whole(let spelling) = headerNames.fit(cell) { return spelling }
        return cell
    }

    /// A field other than the reference and `unknown`.
    var isDataField: Bool { self != .unknown && self != .reference }

    /// The names header cells give their fields, as comparison keys (`Vocabulary.key`).
    static let headerNames = Vocabulary([
        "Reference", "Ref", "Ref.", "Reference number", "Authority", "Organisation", "Council", "Category",
        "Service area", "Received", "Date received", "Decided", "Decision date", "Date of decision", "Decision",
        "Outcome", "Decision Reason", "Reason", "Remedy", "Remedies", "Service improvement recommendations",
        "Service improvements",
    ], ignoresCase: true)

    /// The header name, or word of one, whose letters are those of `upper` and `lower` taken
    /// in turn, each in order: the glyphs of one header line that a renderer parted into two
    /// lines by their baselines (pymupdf4llm on a LibreOffice header: "Athit" over "uory" for
    /// "Authority", "Dii R" over "ecson eason" for "Decision Reason"). Spaces do not count.
    /// Nil where none or more than one reads so, or where either line is empty.
    public static func interleavedName(_ upper: String, _ lower: String) -> String? {
        let a = Array(upper.filter { $0 != " " }), b = Array(lower.filter { $0 != " " })
        guard !a.isEmpty, !b.isEmpty else { return nil }
        var found: String?
        for name in headerNamesAndWords where name.filter({ $0 != " " }).count == a.count + b.count {
            guard interleaves(a, b, into: Array(name.filter { $0 != " " })) else { continue }
            if found != nil, found != name { return nil }
            found = name
        }
        return found
    }

    /// The header names and every word of them ("improvement" of "Service improvement
    /// recommendations").
    static let headerNamesAndWords: [String] = {
        var out: [String] = []
        for name in headerNames.values {
            out.append(name)
            let words = name.split(separator: " ").map(String.init)
            if words.count > 1 { out += words.filter { !out.contains($0) } }
        }
        return out
    }()

    /// Whether `target` is `a` and `b` merged, each keeping its order.
    static func interleaves(_ a: [Character], _ b: [Character], into target: [Character]) -> Bool {
        guard a.count + b.count == target.count else { return false }
        guard !a.isEmpty, !b.isEmpty else { return a + b == target }
        // reach[j]: target's first i + j characters are a's first i and b's first j, merged.
        var reach = [Bool](repeating: false, count: b.count + 1)
        reach[0] = true
        for j in 1...b.count { reach[j] = reach[j - 1] && b[j - 1] == target[j - 1] }
        for i in 1...a.count {
            reach[0] = reach[0] && a[i - 1] == target[i - 1]
            for j in stride(from: 1, through: b.count, by: 1) {
                reach[j] = (reach[j] && a[i - 1] == target[i + j - 1]) || (reach[j - 1] && b[j - 1] == target[i + j - 1])
            }
        }
        return reach[b.count]
    }

    /// A header row's cells from its words in reading order, where the rendering lost the cell
    /// boundaries ("Reference Authority Category Decided Decision Decision Reason Remedy
    /// Service" ⏎ "improvement" ⏎ "recommendations"): each cell is the longest run of words that
    /// is, or begins, one of the names header cells give. `complete` tells whether the last cell
    /// is a whole name. Nil where a word names no column.
    public static func headerCells(_ words: [String]) -> (cells: [String], complete: Bool)? {
        var cells: [String] = []
        var current: [String] = []
        for word in words {
            if !current.isEmpty, headerNames.fit((current + [word]).joined(separator: " ")) != .none {
                current.append(word)
                continue
            }
            guard headerNames.fit(word) != .none else { return nil }
            if !current.isEmpty { cells.append(current.joined(separator: " ")) }
            current = [word]
        }
        if !current.isEmpty { cells.append(current.joined(separator: " ")) }
        guard !cells.isEmpty else { return nil }
        if case .whole = headerNames.fit(current.joined(separator: " ")) { return (cells, true) }
        return (cells, false)
    }
}
