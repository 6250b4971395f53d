/// Reads the figures of several statistics panels from one text where a renderer mixed them:
/// panels set side by side flattened onto shared lines (pdfplumber, markitdown: "25% 100% 0%",
/// a caption's lines interleaved with the panels' beside it, words glued together as in
/// "Statisticsarebasedonatotalof4"), or stacked out of order (`pdftotext`: two headings, then
/// both panels' text). Each figure is told by what it is, not by where it stands:
///
/// * a nothing-to-report statement names its panel (`LetterWords.statementsStated`); the other
///   panels named are reported;
/// * an average is a percentage after "average (of)" or before "in similar"; the big figures
///   are the other percentages a line starts or a figure or "In" precedes (not "below 100%" in
///   a sentence). Panels set side by side stand in reading order, and a panel's big figure and
///   its average stand in the same place of it, so the n-th of each goes to the n-th reported
///   panel;
/// * a total ("a total of 4") goes with the unit that follows it ("detailed investigations",
///   "compliance outcome"): investigations to the upheld panel, then the remedies panel;
/// * a count standing alone goes with a caption ("upheld decisions", "satisfactory remedy
///   decisions"), the n-th count with the n-th caption, before or after it.
///
/// Numbers it cannot place come back in `unplaced`, for an `unparsed-line` warning.
public enum PanelStreamReader {
    /// What was read: each named panel's figures, and the figures no rule placed.
    public struct Result: Equatable, Sendable {
        public var figures: [PanelKind: PanelReader.Figures]
        public var unplaced: [String]
    }

    /// One run of a word: a number (with its `%`, if any) or the text around it.
    struct Piece {
        var text: String
        var number: Double?
        var isPercent: Bool
        /// The number is a whole word ("4", not the "4" of "totalof4").
        var isWholeWord: Bool
        var startsLine: Bool
        /// Where the piece starts in `letters`.
        var letterOffset: Int
    }

    /// A four-digit number this close to a year printed after a month is that year (the
    /// period's end year stands one after its start year): never a count.
    static let yearSlack = 1.0

    /// Reads the panels `kinds` (in the order the letter sets them) from `lines`.
    public static func read(_ lines: [String], kinds: [PanelKind]) -> Result {
        let (pieces, letters) = tokenize(lines)
        let lettersArray = Array(letters.utf8)
        let stated = LetterWords.statementsStated(inLetters: letters)
        // A panel whose heading a renderer ran into the text before it is named by its statement.
        let kinds = kinds + PanelKind.allCases.filter { !kinds.contains($0) && stated.contains($0.nothingToReport) }
        let reported = kinds.filter { !stated.contains($0.nothingToReport) }
        var figures: [PanelKind: PanelReader.Figures] = [:]
        for kind in kinds {
            figures[kind] = PanelReader.Figures(status: reported.contains(kind) ? .reported : kind.nothingToReport)
        }
        var unplaced: [String] = []
        /// The letters before and after piece `i`.
        func lettersBefore(_ i: Int, endWith suffix: String) -> Bool {
            guard i > 0, pieces[i - 1].number == nil else { return false }  // "total of 2 0": the 2
            let end = pieces[i].letterOffset
            let s = Array(suffix.utf8)
            return end >= s.count && Array(lettersArray[(end - s.count)..<end]) == s
        }
        func lettersAfter(_ i: Int, startWith prefix: String) -> Bool {
            guard i + 1 < pieces.count, pieces[i + 1].number == nil else { return false }
            let start = pieces[i].letterOffset
            let s = Array(prefix.utf8)
            return start + s.count <= lettersArray.count && Array(lettersArray[start..<(start + s.count)]) == s
        }

        // Percentages: averages and big figures, each in reading order.
        var bigFigures: [Double] = []
        var averages: [Double] = []
        var used = Set<Int>()
        for (i, piece) in pieces.enumerated() where piece.isPercent {
            guard let value = piece.number else { continue }
            used.insert(i)
            if lettersBefore(i, endWith: "averageof") || lettersBefore(i, endWith: "average") || lettersAfter(i, startWith: "insimilar") {
                averages.append(value)
            } else if isFigurePlace(pieces, i) {
                bigFigures.append(value)
            }
        }
        for (n, kind) in reported.enumerated() {
            figures[kind]?.percent = n < bigFigures.count ? bigFigures[n] : nil
            figures[kind]?.averagePercent = n < averages.count ? averages[n] : nil
        }
        unplaced += bigFigures.dropFirst(reported.count).map { NumberText.format($0) + "%" }
        unplaced += averages.dropFirst(reported.count).map { NumberText.format($0) + "%" }

        // Totals and their units.
        var unitsTaken = Set<Int>()
        let units = unitOffsets(letters)
        for (i, piece) in pieces.enumerated() where !piece.isPercent && piece.number != nil && lettersBefore(i, endWith: "totalof") {
            guard let value = piece.number else { continue }
            used.insert(i)
            // A number no count can be (too large, or with a fraction) is reported.
            guard let count = Int(exactly: value) else {
                unplaced.append(piece.text)
                continue
            }
            guard let unit = units.first(where: { $0.offset >= piece.letterOffset && !unitsTaken.contains($0.offset) }) else {
                unplaced.append(piece.text)
                continue
            }
            unitsTaken.insert(unit.offset)
            if unit.isOutcome, reported.contains(.compliance), figures[.compliance]?.outcomeCount == nil {
                figures[.compliance]?.outcomeCount = count
            } else if !unit.isOutcome, reported.contains(.complaintsUpheld), figures[.complaintsUpheld]?.investigationCount == nil {
                figures[.complaintsUpheld]?.investigationCount = count
            } else if !unit.isOutcome, reported.contains(.satisfactoryRemedies), figures[.satisfactoryRemedies]?.investigationCount == nil {
                figures[.satisfactoryRemedies]?.investigationCount = count
            } else {
                unplaced.append(piece.text)
            }
        }

        // Counts standing alone and the captions they go with.
        let years = yearsAfterMonths(pieces)
        var counts: [Int] = []
        for (i, piece) in pieces.enumerated() where !used.contains(i) && piece.isWholeWord && !piece.isPercent {
            guard let value = piece.number, value == value.rounded(), value >= 0 else { continue }
            let next = i + 1 < pieces.count ? pieces[i + 1] : nil
            if let next, next.number == nil, DateParser.month(next.text) != nil { continue }  // a day
            if piece.text.count == yearDigits, years.contains(where: { abs($0 - value) <= yearSlack }) { continue }
            guard let count = Int(exactly: value) else {
                unplaced.append(piece.text)  // too large for a count
                continue
            }
            counts.append(count)
        }
        let captions = captionKinds(letters)
        for (n, count) in counts.enumerated() {
            guard n < captions.count, reported.contains(captions[n]) else {
                unplaced.append(String(count))
                continue
            }
            if captions[n] == .complaintsUpheld { figures[.complaintsUpheld]?.upheldCount = count }
            if captions[n] == .satisfactoryRemedies { figures[.satisfactoryRemedies]?.remedyCount = count }
        }
        return Result(figures: figures, unplaced: unplaced)
    }

    /// Digits of a year.
    static let yearDigits = 4

    /// Whether the percentage at `i` stands where a panel's big figure does: first on its
    /// line, or after another figure or "In" — not inside a sentence ("below 100% should").
    static func isFigurePlace(_ pieces: [Piece], _ i: Int) -> Bool {
        if pieces[i].startsLine || i == 0 { return true }
        let before = pieces[i - 1]
        if before.number != nil { return true }
        let word = before.text.lowercased()
        return word == "in" || !(word.last?.isLetter ?? false) || before.text.first?.isUppercase == true
    }

    /// Where the units of a total stand in `letters`, in order: "investigation" (not in a
    /// nothing-to-report statement: "no detailed investigations", "any detailed …") or
    /// "outcome".
    static func unitOffsets(_ letters: String) -> [(offset: Int, isOutcome: Bool)] {
        var found: [(offset: Int, isOutcome: Bool)] = []
        for (word, isOutcome) in [("investigation", false), ("outcome", true)] {
            for offset in TextSearch.offsets(of: word, in: letters) {
                let before = letters.utf8.prefix(offset).reversed()
                if !isOutcome, statementLeads.contains(where: { before.starts(with: $0.utf8.reversed()) }) { continue }
                found.append((offset, isOutcome))
            }
        }
        return found.sorted { $0.offset < $1.offset }
    }

    /// What stands before "investigations" in a nothing-to-report statement ("carried out no
    /// detailed investigations", "did not uphold any detailed investigations").
    static let statementLeads = ["nodetailed", "anydetailed", "upholddetailed", "no"]

    /// The panels of the captions a count goes with, in reading order: "upheld decision(s)"
    /// the upheld panel's, "remedy decision(s)" the remedies panel's.
    static func captionKinds(_ letters: String) -> [PanelKind] {
        let upheld = TextSearch.offsets(of: "uphelddecision", in: letters).map { ($0, PanelKind.complaintsUpheld) }
        let remedy = TextSearch.offsets(of: "remedydecision", in: letters).map { ($0, PanelKind.satisfactoryRemedies) }
        return (upheld + remedy).sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The four-digit numbers printed right after a month's name ("31 March 2020").
    static func yearsAfterMonths(_ pieces: [Piece]) -> [Double] {
        pieces.indices.dropFirst().compactMap { i in
            guard let value = pieces[i].number, !pieces[i].isPercent, pieces[i].text.count == yearDigits,
                  pieces[i - 1].number == nil, DateParser.month(pieces[i - 1].text) != nil else { return nil }
            return value
        }
    }

    /// The pieces of the lines' words, and the lines' letters alone, lower-cased (as
    /// `LetterWords.letters` reads them), with each piece's offset in those letters.
    static func tokenize(_ lines: [String]) -> ([Piece], String) {
        var pieces: [Piece] = []
        var letters = ""
        var letterCount = 0
        for line in lines {
            for (w, word) in line.split(separator: " ").enumerated() {
                let runs = numberRuns(word)
                for (r, run) in runs.enumerated() {
                    let isNumber = run.first?.isNumber == true
                    var piece = Piece(text: String(run), number: nil, isPercent: false,
                                      isWholeWord: isNumber && runs.count == 1, startsLine: w == 0 && r == 0,
                                      letterOffset: letterCount)
                    if isNumber {
                        piece.isPercent = run.hasSuffix("%")
                        piece.number = Double(piece.isPercent ? run.dropLast() : run)
                    } else {
                        for character in run where character.isLetter {
                            let lower = character.lowercased()
                            letters += lower
                            letterCount += lower.utf8.count
                        }
                    }
                    pieces.append(piece)
                }
            }
        }
        return (pieces, letters)
    }

    /// A word cut into runs of a number ("12", "12.5", "45%") and of anything else, with
    /// punctuation after a number kept apart ("4771," → "4771", ",").
    static func numberRuns(_ word: Substring) -> [Substring] {
        var runs: [Substring] = []
        var start = word.startIndex
        var index = word.startIndex
        var inNumber: Bool? = nil
        while index < word.endIndex {
            let character = word[index]
            let next = word.index(after: index)
            let continuesNumber = character.isNumber
                || (character == "." && inNumber == true && next < word.endIndex && word[next].isNumber)
                || (character == "%" && inNumber == true)
            if inNumber != continuesNumber, index > start {
                runs.append(word[start..<index])
                start = index
            }
            inNumber = continuesNumber
            index = next
            if character == "%" {
                runs.append(word[start..<index])
                start = index
                inNumber = nil
            }
        }
        if start < word.endIndex { runs.append(word[start...]) }
        return runs
    }
}
