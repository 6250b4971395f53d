/// Running headers and footers left in a text rendering of a paged letter (`pdftotext` keeps
/// them, and marks each new page with a form feed): a line at the edge of a page — the last
/// before a form feed, the first after one, or the last of the text — that the edges of other
/// pages repeat, apart from a page number ("PO Box 4771, Coventry CV4 0EH    2"). A bare number
/// at an edge goes too when it is that page's number. Table headers (every line of a header band,
/// `LayoutTextRegions`) and rows are never taken: a table repeats its header at the top of each
/// page on purpose.
///
/// Where the rendering marks no page (pdfplumber, pypdf and markitdown join pages with a plain
/// line break), a running header or footer is a line of some words that stands again and again
/// through the text, the same but for a page number at its end (`repeatedLines`).
enum TextPageFurniture {
    static func strip(_ lines: [TextLine]) -> [TextLine] {
        // Cheap test first: most renderings have no form feed.
        guard lines.contains(where: { $0.text.utf8.contains(0x0C) }) else { return stripRepeated(lines) }

        // The lines of text of each page, in order: a page's edges are read inward from them.
        var pages: [[Int]] = [[]]
        for (index, line) in lines.enumerated() {
            if line.text.utf8.contains(0x0C) { pages.append([]) }
            guard !ColumnText.clean(line.text).allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            pages[pages.count - 1].append(index)
        }
        // Each page's edges: up to `edgeDepth` lines from its top, and from its bottom, outermost first.
        let edges: [(lines: [Int], page: Int)] = pages.enumerated().flatMap { offset, indices in
            [(Array(indices.prefix(edgeDepth)), offset + 1), (Array(indices.suffix(edgeDepth).reversed()), offset + 1)]
        }

        // A table's header band (it may wrap a cell onto a line of one word at a page's top).
        let roles = LayoutTextRegions.roles(lines.map { ColumnText.clean($0.text) })
        var keys: [Int: String] = [:]
        for edge in edges {
            for index in edge.lines where keys[index] == nil {
                let text = MarkupStripper.foldWhitespace(ColumnText.clean(lines[index].text))
                if case .header = roles[index] { continue }
                guard !ColumnText.looksTabular(ColumnText.parts(text)) else { continue }
                keys[index] = key(text)
            }
        }
        // From each edge inward, as long as the lines are furniture: a footer line above the
        // page number that ends the page is furniture too. A line is compared only with the
        // lines that stand where it does — at an edge, or under furniture dropped there — so
        // that a row's last line ("resolution") that a page number hides at other pages'
        // edges is never matched with those.
        var drop = Set<Int>()
        for _ in 0..<edgeDepth {
            var reached: [(index: Int, page: Int)] = []
            var pagesByKey: [String: Set<Int>] = [:]
            // Keys that stand at an edge outside any table.
            var besideNoTable = Set<String>()
            for edge in edges {
                for (depth, index) in edge.lines.enumerated() {
                    guard let key = keys[index] else { break }
                    // Under furniture, only a line of some words: a row's last line that a
                    // page number and footer hide ("resolution") repeats on many pages.
                    guard depth == 0 || LetterWords.words(key).count >= minimumWords else { break }
                    reached.append((index, edge.page))
                    pagesByKey[key, default: []].insert(edge.page)
                    if roles[index] == nil { besideNoTable.insert(key) }
                    guard drop.contains(index) else { break }
                }
            }
            let before = drop.count
            for (index, page) in reached {
                guard let key = keys[index] else { continue }
                let text = MarkupStripper.foldWhitespace(ColumnText.clean(lines[index].text))
                // A line a table takes as its row's is running text only where the same words
                // also stand at an edge outside a table (a footer is on the letter's pages of
                // prose too): rows' last lines repeat at the bottoms of a table's pages
                // ("and Chelsea … investigate", a wrapped authority beside a wrapped reason).
                let repeated = (pagesByKey[key]?.count ?? 0) >= 2 && (roles[index] == nil || besideNoTable.contains(key))
                if key.isEmpty ? isPageNumber(text, page: page) : repeated { drop.insert(index) }
            }
            guard drop.count > before else { break }
        }
        drop.formUnion(misplacedFooters(lines, pages: pages, dropped: drop, roles: roles))
        guard !drop.isEmpty else { return lines }
        return lines.enumerated().map { index, line in
            guard drop.contains(index) else { return line }
            // Keep the form feed (the page break) and the line's number; drop its text.
            return TextLine(text: line.text.utf8.contains(0x0C) ? "\u{0C}" : "", lineNumber: line.lineNumber)
        }
    }

    /// Running footers that a page sets away from its bottom edge: `pdftotext` writes a page's
    /// blocks in its own reading order, and may put the names of a table's empty columns (or
    /// other text drawn late) after the footer. A footer line found at the bottom edge of
    /// two pages or more is, on a page whose bottom edge lacks it, that page's last line of the
    /// same words (one line a page, and only a line of `minimumWords` or more: a letterhead
    /// line at the top of a page, or a signatory's role, is never such a footer).
    static func misplacedFooters(_ lines: [TextLine], pages: [[Int]], dropped: Set<Int>, roles: [LayoutTextRegions.Role?]) -> Set<Int> {
        func key(at index: Int) -> String { Self.key(MarkupStripper.foldWhitespace(ColumnText.clean(lines[index].text))) }
        var footerPages: [String: Set<Int>] = [:]
        for (page, indices) in pages.enumerated() {
            for index in indices.suffix(edgeDepth).reversed() {
                guard dropped.contains(index) else { break }
                let key = key(at: index)
                if LetterWords.words(key).count >= minimumWords { footerPages[key, default: []].insert(page) }
            }
        }
        let footers = footerPages.filter { $0.value.count >= 2 }
        guard !footers.isEmpty else { return [] }
        var found = Set<Int>()
        for (page, indices) in pages.enumerated() {
            for footer in footers.keys where !(footers[footer]?.contains(page) ?? false) {
                let line = indices.last { index in
                    if case .header = roles[index] { return false }
                    return !dropped.contains(index) && key(at: index) == footer
                }
                if let line { found.insert(line) }
            }
        }
        return found
    }

    /// How many lines deep a page's edge is read: a running line, a page number on a line of
    /// its own beside it (`pdftotext` sets the number below the footer) and a second running
    /// line (a letterhead's address under its name) — no page's furniture is deeper.
    static let edgeDepth = 3

    /// The line without the numbers at its ends (a page number), for comparing pages' edges.
    static func key(_ text: String) -> String {
        // A date keeps its numbers: a footer's date is the same on every page, while a table's
        // dates ("25 Feb 2020", "29 Feb 2020" ending two pages) only look alike without them.
        if DateParser.parse(text) != nil { return text }
        var words = text.split(separator: " ")
        while let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast() }
        while let first = words.first, first.allSatisfy(\.isNumber) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// A bare number that is this page's (counted from the first page, or from the second
    /// where the first is not numbered) — not a figure that happens to open a page.
    static func isPageNumber(_ text: String, page: Int) -> Bool {
        guard let value = PageNumber.read(text)?.number else { return false }
        return value == page || value == page - 1
    }

    /// Fewest words of a running line besides its page number: a table's wrapped cell lines
    /// ("Borough Council", "Services") repeat too, but are short and carry no page number.
    static let minimumWords = 3

    /// Fewest times a line without a page number of its own must stand to be a running line.
    static let minimumRepeats = 3
    /// Fewest bare page numbers in sequence that make them page numbers rather than figures.
    static let minimumPageSequence = 3
    /// Fewest bare numbers in sequence that are page numbers when a running line stands beside
    /// each: a two-page letter has two, and a figure of the letter repeated beside the same
    /// line of words on each page is no letter's layout.
    static let minimumPairedSequence = 2

    /// Running lines of a rendering that marks no page: a line of some words that stands again
    /// and again the same but for a page number at its end, the numbers going up ("PO Box
    /// 4771, Coventry CV4 0EH 2", "… 3"); or that stands `minimumRepeats` times or more with a
    /// bare page number beside it (pymupdf4llm sets the number on a line of its own), or beside
    /// each of only two such numbers (a two-page letter). Bare page
    /// numbers go too: lines holding only a number, where such lines count the pages up
    /// (1, 2, 3, … in order), which a letter's figures never do.
    static func repeatedLines(_ lines: [TextLine]) -> Set<Int> {
        // Only lines that end in a digit, and lines beside a bare page number, can be running
        // lines: the others are not cleaned or counted (this runs on every text rendering).
        func clean(_ index: Int) -> String {
            MarkupStripper.foldWhitespace(MarkupStripper.clean(ColumnText.clean(lines[index].text)).text)
        }
        let endsInDigit = lines.indices.filter { endsInPageNumber(lines[$0].text) && !endsCutDate(lines, at: $0) }
        var texts: [Int: String] = [:]
        for index in endsInDigit { texts[index] = clean(index) }
        let numbered = endsInDigit.compactMap { index in texts[index].map { (index, $0) } }
        // Bare numbers counting the pages up: page numbers when there are enough of them; two
        // only (a two-page letter) when the same running line stands beside each of them.
        let counting = barePageNumbers(numbered, minimum: minimumPairedSequence)
        let pageNumbers = counting.count >= minimumPageSequence ? counting : []
        var nearPageNumbers = Set<Int>()
        for index in counting {
            for near in max(0, index - 4)...min(lines.count - 1, index + 4) where texts[near] == nil {
                texts[near] = clean(near)
                nearPageNumbers.insert(near)
            }
        }
        var withNumber: [String: [(index: Int, page: Int)]] = [:]
        var alone: [String: [Int]] = [:]
        for (index, text) in texts where !text.hasSuffix(".") {
            // A table's rows and headers repeat on purpose (a header on every page).
            guard TableRowDetector.cells(lines[index].text) == nil else { continue }
            if let space = text.lastIndex(of: " "),
               let page = PageNumber.read(text[text.index(after: space)...]), !page.isMarked {
                let key = String(text[..<space])
                if LetterWords.words(key).count >= minimumWords { withNumber[key, default: []].append((index, page.number)) }
            }
            if LetterWords.words(text).count >= minimumWords { alone[text, default: []].append(index) }
        }
        var drop = pageNumbers
        for (key, found) in withNumber where found.count >= 2 {
            let found = found.sorted { $0.index < $1.index }
            guard let first = key.split(separator: " ").first, !ReferenceNumber.startsRow(first),
                  zip(found, found.dropFirst()).allSatisfy({ $0.page < $1.page }), countsThePages(found, lineCount: lines.count) else { continue }
            drop.formUnion(found.map(\.index))
        }
        for (key, found) in alone where found.count >= minimumPairedSequence {
            guard let first = key.split(separator: " ").first, !ReferenceNumber.startsRow(first),
                  !TableField.namesReference(first) else { continue }
            if found.count >= minimumRepeats, found.allSatisfy({ besidePageNumber($0, lines: lines, pageNumbers: pageNumbers) }) {
                drop.formUnion(found)
            } else if pageNumbers.isEmpty, found.count == counting.count,
                      found.allSatisfy({ besidePageNumber($0, lines: lines, pageNumbers: counting) }) {
                // The same line beside each of the numbers that count the pages: a running
                // footer and its page numbers, on a letter of too few pages for either alone.
                drop.formUnion(found)
                drop.formUnion(counting)
            }
        }
        return drop
    }

    /// Whether numbers found at the end of these lines (in order, going up) could be the
    /// pages'. Three or more going up are. Two are only on a letter of two pages: a page's
    /// length in lines (the lines between them over the pages between them,
    /// `pageLengthSlack` of it more) reaches from the second to the text's end — a footer
    /// stands on the last page, and so does a running head. A table's two cell lines that end
    /// in 1 and 2 ("City Council Protection & 1" … "2": the years of dates a narrow cell cut)
    /// leave pages of text after them, however near the text's start the first stands.
    static func countsThePages(_ found: [(index: Int, page: Int)], lineCount: Int) -> Bool {
        guard found.count < minimumRepeats else { return true }
        guard let first = found.first, let last = found.last, last.page > first.page else { return false }
        let pageLength = Double(last.index - first.index) / Double(last.page - first.page) * pageLengthSlack
        return Double(lineCount - 1 - last.index) <= pageLength
    }

    /// How many times a page's length (in lines, from the running lines found) the text may
    /// hold before the first of them: pages of a rendering differ in lines (a page of table
    /// rows holds more than a page of prose), by well under twice.
    static let pageLengthSlack = 2.0

    /// Most digits of a page number at a line's end (a year or a reference is longer).
    static let pageNumberDigits = 3

    /// Whether the line ends in a word of one to three digits: a page number may (cheap, on
    /// the bytes, before anything is cleaned).
    static func endsInPageNumber(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8.reversed() {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if digits > pageNumberDigits { return false }
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                if digits > 0 { return true }
            } else {
                return false
            }
        }
        return digits > 0
    }

    /// Whether a page number stands within two lines (blank lines not counted) of `index`.
    static func besidePageNumber(_ index: Int, lines: [TextLine], pageNumbers: Set<Int>) -> Bool {
        for step in [-1, 1] {
            var j = index + step
            var seen = 0
            while j >= 0, j < lines.count, seen < 2 {
                if pageNumbers.contains(j) { return true }
                if !lines[j].text.allSatisfy({ $0 == " " || $0 == "\t" }) { seen += 1 }
                j += step
            }
        }
        return false
    }

    /// Lines that hold only a number counting the pages up: each the next after the one before
    /// (starting at 1 or 2), `minimum` of them or more.
    static func barePageNumbers(_ texts: [(index: Int, text: String)], minimum: Int = minimumPageSequence) -> Set<Int> {
        var found: [Int] = []
        var expected: Int? = nil
        for (index, text) in texts {
            guard let page = PageNumber.read(text), !page.isMarked, page.total == nil else { continue }
            if let next = expected {
                if page.number == next { found.append(index); expected = next + 1 }
            } else if page.number == 1 || page.number == 2 {
                found.append(index)
                expected = page.number + 1
            }
        }
        return found.count >= minimum ? Set(found) : []
    }

    /// Whether the line is the end of a year that a narrow cell cut, under the rest of its date
    /// ("27/05/2" ⏎ "2"): the digits of the next rows' cut years may count up like pages.
    static func endsCutDate(_ lines: [TextLine], at index: Int) -> Bool {
        let text = DateParser.trimmedOfSpaces(lines[index].text)
        guard index > 0, !text.isEmpty, text.utf8.count <= 2, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return DateParser.isNumericDateCutInYear(DateParser.trimmedOfSpaces(lines[index - 1].text))
    }

    /// The lines without running headers and footers, where no page is marked.
    static func stripRepeated(_ lines: [TextLine]) -> [TextLine] {
        var drop = repeatedLines(lines)
        drop.formUnion(interruptingLetterheads(lines, dropped: drop))
        guard !drop.isEmpty else { return lines }
        return lines.enumerated().map { index, line in
            drop.contains(index) ? TextLine(text: "", lineNumber: line.lineNumber) : line
        }
    }

    /// Most words of a letterhead line (the Ombudsman's name, its address or contact line).
    static let letterheadWords = 8

    /// Letterhead lines standing inside a sentence beside a running footer: a tool that writes
    /// a page's text in the order it was drawn may set the page's letterhead after the page's
    /// last line (pypdf), next to its footer, so that both fall between the two halves of a
    /// sentence a page break cut. Such a line — beside a running line found, the line before
    /// it ending without a sentence's end, the next line of text (past the footer) beginning
    /// in lower case — is page furniture; a letterhead line anywhere else (the opening, a
    /// signatory's role, a panel heading naming the Ombudsman) stays.
    static func interruptingLetterheads(_ lines: [TextLine], dropped: Set<Int>) -> Set<Int> {
        guard !dropped.isEmpty else { return [] }
        func isBlank(_ index: Int) -> Bool { lines[index].text.allSatisfy { $0 == " " || $0 == "\t" } }
        func isText(_ index: Int) -> Bool { !dropped.contains(index) && !isBlank(index) }
        var found = Set<Int>()
        for index in lines.indices where isText(index) {
            let text = lines[index].text
            let neighbours = [lines[..<index].indices.last { !isBlank($0) }, lines.indices[(index + 1)...].first { !isBlank($0) }]
            guard neighbours.contains(where: { $0.map(dropped.contains) == true }),
                  LetterWords.words(text).count <= letterheadWords, LetterWords.isLetterheadLine(text) else { continue }
            guard let before = lines[..<index].indices.last(where: isText),
                  let after = lines.indices[(index + 1)...].first(where: { isText($0) && !LetterWords.isLetterheadLine(lines[$0].text) }),
                  let last = lines[before].text.trimmingCharacters(in: .whitespaces).last, !".:!?".contains(last),
                  let first = lines[after].text.first(where: { !$0.isWhitespace }), first.isLowercase else { continue }
            found.insert(index)
        }
        return found
    }
}
