/// The values the Ombudsman's tables print in their closed columns, as far as they are known
/// (from the letters and the Ombudsman's published category, outcome and remedy names). They
/// let a reader put back cell boundaries and spaces a rendering lost; a value outside these
/// lists is still read whole, as free text.
public enum TableValues {
    /// Complaint categories ("Category" column).
    public static let categories = [
        "Adult Care Services", "Benefits & Tax", "Corporate & Other Services", "Education & Children's Services",
        "Environmental Services & Public Protection & Regulation", "Highways & Transport", "Housing",
        "Planning & Development", "Children's Services", "Education", "Null",
    ]

    /// Decision outcomes ("Decision" column).
    public static let decisions = [
        "Upheld", "Not Upheld", "Closed after initial enquiries", "Referred back for local resolution",
        "Advice given", "Incomplete/Invalid", "Not investigated", "Withdrawn", "Null",
    ]

    /// Decision reasons ("Decision Reason" column).
    public static let reasons = [
        "Maladministration and injustice", "Maladministration, no injustice", "No maladministration",
        "No further action: no fault or no injustice", "Not warranted by alleged mal/service failure",
        "Not warranted by alleged injustice", "26(6)(a) appeal to tribunal", "26(6)(b) appeal to Minister",
        "26(6)(c) remedy by way of proceedings in court", "26B(2) not made in 12 months",
        "26A(1) not made by person affected", "Other reason not to investigate", "Out of jurisdiction",
        "Premature Decision - advice given", "Premature Decision - referred to BinJ",
        "Previously considered and decided", "Advice given - no further action",
        "Insufficient information to proceed and PA advised", "Complaint withdrawn by complainant",
        "Injustice remedied by authority before LGO consideration", "Injustice remedied during LGO consideration",
        "No worthwhile outcome achievable by investigation", "Fault & injustice", "Fault, no injustice",
        "No fault", "fault & injustice", "no fault", "Null",
    ]

    /// Remedies ("Remedy" column), one or more joined by ", ".
    public static let remedyItems = [
        "Apology", "Financial redress: Avoidable distress/time and trouble", "Financial redress: Loss of service",
        "Financial redress: Quantifiable loss", "Financial redress: Other", "New appealable decision",
        "Reassessment", "Provide services", "Provide information", "Other Remedy", "Other remedy",
        "Procedure or policy change/review", "Null",
    ]

    /// Service improvements ("Service improvement recommendations" column), one or more joined
    /// by ", ".
    public static let serviceImprovementItems = [
        "Procedure or policy change/review", "Training and guidance", "Staff training", "Null",
    ]
}

extension TableValues {
    /// Whether a row's decision is one a remedy or a service improvement may stand beside: the
    /// Ombudsman recommends them only where it upheld the complaint (found fault), so where a
    /// rendering lost which rows a Remedy column's values belong to, they belong to the upheld
    /// rows.
    public static func admitsRemedy(decision: String) -> Bool {
        decisionVocabulary.fit(decision) == .whole(spelling: "Upheld")
    }

    /// Lines read as a whole remedy, a whole service improvement, or the one then the other
    /// (each as the vocabulary spells it), where exactly one such reading exists; nil otherwise
    /// (a value both lists know, alone, is either).
    public static func remedyThenImprovements(_ lines: [String], hasRemedy: Bool = true,
                                              hasImprovements: Bool = true) -> (remedy: String?, improvements: String?)? {
        func spelling(_ text: String, _ vocabulary: Vocabulary) -> String? {
            if case .whole(let spelling) = vocabulary.fit(text) { return spelling }
            return nil
        }
        var readings: [(String?, String?)] = []
        for cut in 0...lines.count {
            let first = WrappedText.unwrap(Array(lines[..<cut]))
            let second = WrappedText.unwrap(Array(lines[cut...]))
            guard !(first.isEmpty && second.isEmpty) else { continue }
            let remedy = first.isEmpty ? nil : hasRemedy ? spelling(first, remedyVocabulary) : nil
            let improvements = second.isEmpty ? nil : hasImprovements ? spelling(second, serviceImprovementVocabulary) : nil
            guard first.isEmpty || remedy != nil, second.isEmpty || improvements != nil else { continue }
            readings.append((remedy, improvements))
        }
        guard readings.count == 1, let reading = readings.first else { return nil }
        return reading
    }

    /// The vocabulary of a closed column, or nil for a column of free text.
    public static func vocabulary(for field: TableField) -> Vocabulary? {
        switch field {
        case .category: categoryVocabulary
        case .decision: decisionVocabulary
        case .reason: reasonVocabulary
        case .remedy: remedyVocabulary
        case .serviceImprovements: serviceImprovementVocabulary
        default: nil
        }
    }

    /// How well `text` reads as a value some column of the letters' tables holds, whatever
    /// the column: a whole date or a whole category, decision, reason, remedy or service
    /// improvement (`FitScore.whole`); the start of one (`partial`), where `last` — the text
    /// a page break may cut off — or else a little less than free text; free text otherwise.
    public static func valueFit(_ text: String, last: Bool) -> Double {
        guard !text.isEmpty else { return FitScore.freeText }
        if DateParser.parseLoose(text) != nil { return FitScore.whole }
        var partial = DateParser.couldStartDate(text)
        for vocabulary in [categoryVocabulary, decisionVocabulary, reasonVocabulary, remedyVocabulary,
                           serviceImprovementVocabulary] {
            switch vocabulary.fit(text) {
            case .whole: return FitScore.whole
            case .partial: partial = true
            case .none: break
            }
        }
        guard partial else { return FitScore.freeText }
        return last ? FitScore.partial : FitScore.unlisted
    }

    /// A row's cells with each numeric date that a narrow cell cut inside its year ("21/12/2")
    /// given back the year's last digit where text layout set it in the cell beside it — at
    /// the end of the cell before ("Children's Services 0") or the start of the cell after
    /// ("0 Advice given"): `pdftotext -layout` closes up the gap a wide cell leaves, so the
    /// digit under the date may land left of the date column's start.
    public static func withCutYearsMended(_ cells: [String], fields: [TableField]) -> [String] {
        var cells = cells
        for index in cells.indices where index < fields.count && (fields[index] == .decided || fields[index] == .received) {
            let date = DateParser.trimmedOfSpaces(cells[index])
            guard DateParser.isNumericDateCutInYear(date) else { continue }
            if index > 0, fields[index - 1] != .reference, let (rest, digit) = loneDigit(atEndOf: cells[index - 1]) {
                cells[index - 1] = rest
                cells[index] = date + " " + digit
            } else if index + 1 < cells.count, let (digit, rest) = loneDigit(atStartOf: cells[index + 1]) {
                cells[index + 1] = rest
                cells[index] = date + " " + digit
            }
        }
        return cells
    }

    /// "Children's Services 0" → ("Children's Services", "0"): a last word of one digit after text.
    static func loneDigit(atEndOf cell: String) -> (rest: String, digit: String)? {
        let words = cell.split(separator: " ")
        guard words.count >= 2, let last = words.last, last.count == 1, last.first?.isASCII == true,
              last.first?.isNumber == true else { return nil }
        return (words.dropLast().joined(separator: " "), String(last))
    }

    /// "0 Advice given" → ("0", "Advice given"): a first word of one digit before text.
    static func loneDigit(atStartOf cell: String) -> (digit: String, rest: String)? {
        let words = cell.split(separator: " ")
        guard words.count >= 2, let first = words.first, first.count == 1, first.first?.isASCII == true,
              first.first?.isNumber == true, words[1].first?.isLetter == true else { return nil }
        return (String(first), words.dropFirst().joined(separator: " "))
    }

    /// The one cell of a row that holds the start of a known value which `text` completes
    /// ("EnvironmentalServices&" and "PublicProtection&Regulation": markitdown sets a cell's
    /// second line under the row, outside its pipes); nil where none or several do.
    public static func cellCompleted(by text: String, in cells: [String], fields: [TableField]) -> Int? {
        let completed = cells.indices.filter { i in
            guard i < fields.count, let vocabulary = vocabulary(for: fields[i]),
                  case .partial = vocabulary.fit(cells[i]) else { return false }
            var joined = cells[i]
            WrappedText.append(text, to: &joined)
            if case .whole = vocabulary.fit(joined) { return true }
            return false
        }
        return completed.count == 1 ? completed.first : nil
    }

    static let categoryVocabulary = Vocabulary(categories)
    static let decisionVocabulary = Vocabulary(decisions)
    static let reasonVocabulary = Vocabulary(reasons)
    static let remedyVocabulary = Vocabulary(remedyItems, isList: true)
    static let serviceImprovementVocabulary = Vocabulary(serviceImprovementItems, isList: true)
}

extension TableValues {
    /// A cell as its column's value is spelled: a known value with the spaces a renderer lost
    /// put back (`Planning& Development` → `Planning & Development`) or the glyphs it lost
    /// (`Highways & Transpor`, `Vocabulary.withLostGlyphs`), a date with its words apart
    /// (`01 May2019` → `01 May 2019`); anything else as written.
    public static func spelled(_ cell: String, as field: TableField) -> String {
        guard !cell.isEmpty else { return cell }
        if field == .received || field == .decided {
            // Only a date whose digits and letters run together needs its spaces back.
            guard DateParser.hasRunTogetherParts(cell) else { return cell }
            return DateParser.parseLoose(cell)?.text ?? cell
        }
        guard let vocabulary = vocabulary(for: field) else { return cell }
        if case .whole(let spelling) = vocabulary.fit(cell) { return spelling }
        // Only then the cell without stray letters (splitting every cell into words is not free).
        if let mended = withoutStrayLetters(cell), case .whole(let spelling) = vocabulary.fit(mended) { return spelling }
        return vocabulary.withLostGlyphs(cell) ?? cell
    }

    /// The cell without the stray letters a renderer may leave where it cut a cell's text into
    /// pieces — the letters of a ligature (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ) that pymupdf4llm sets again apart
    /// from the word the ligature stands in, on LibreOffice tables ("Chesterfield B i orough
    /// Council", "Bei nefits & T i ax", "Sheffield fi City Council"): a word of such letters
    /// alone (`isLigatureFragment`), or an "i" ending a word that the next word, in lower
    /// case, goes on. nil where there is none. Only a whole known value read so is taken: a
    /// value's own letters ("Servi ces") are left wherever dropping them makes no value.
    public static func withoutStrayLetters(_ cell: String) -> String? {
        let words = cell.split(separator: " ")
        guard words.contains(where: { isLigatureFragment($0) || $0.hasSuffix("i") }) else { return nil }
        var kept: [Substring] = []
        for (index, word) in words.enumerated() {
            if isLigatureFragment(word) { continue }
            let next = index + 1 < words.count ? words[index + 1] : nil
            if word.count > 1, word.hasSuffix("i"), next?.first?.isLowercase == true {
                kept.append(word.dropLast())
            } else {
                kept.append(word)
            }
        }
        let text = kept.joined(separator: " ")
        return text == cell ? nil : text
    }

    /// A word in which a renderer ran two cells' texts together (a table drawn without cell
    /// padding, so no gap parts them: "Transport14/08/19", "forPremature"), cut where the
    /// second cell starts: where letters meet digits that start a date, or a lower-case letter
    /// meets a capital that starts a value of the tables' vocabularies (`vocabulary(for:)`).
    /// The second part keeps at least `gluedPartLetters` characters, so a value's own capital
    /// ("BinJ") stays, and the first at least `gluedFirstPartLetters` ("Isles ofHousing": a
    /// cell's last word may be a short one); any other word comes back whole.
    public static func cellsRunTogether(_ word: Substring) -> [Substring] {
        let characters = Array(word.indices)
        guard characters.count >= gluedFirstPartLetters + gluedPartLetters else { return [word] }
        for k in gluedFirstPartLetters...(characters.count - gluedPartLetters) {
            let before = word[characters[k - 1]], after = word[characters[k]]
            let rest = word[characters[k]...]
            let startsDate = before.isLetter && after.isNumber
                && (DateParser.parseLoose(String(rest)) != nil || DateParser.couldStartDate(String(rest)))
            let startsValue = before.isLowercase && after.isUppercase && startsAValue(rest)
            guard startsDate || startsValue else { continue }
            return [word[..<characters[k]]] + cellsRunTogether(rest)
        }
        return [word]
    }

    /// Fewest characters the second part of a word cut by `cellsRunTogether` holds: a cell's
    /// text starts with at least a short word ("for") or a date's day and slash.
    static let gluedPartLetters = 3

    /// Fewest characters the first part holds: the last line of a cell that wrapped may end in
    /// a word of two letters ("Council of the Isles of" ⏎ "Scilly", "of" run into the next
    /// cell's "Housing"); the second part must still start a known value or a date.
    static let gluedFirstPartLetters = 2

    /// Whether text begins a value of one of the tables' vocabularies (whole or its start).
    static func startsAValue(_ text: Substring) -> Bool {
        let text = String(text)
        return [categoryVocabulary, decisionVocabulary, reasonVocabulary, remedyVocabulary, serviceImprovementVocabulary]
            .contains { vocabulary in vocabulary.fit(text) != .none }
    }

    /// Most letters a ligature stands for ("ffi", "ffl").
    static let ligatureLetters = 3

    /// A word made only of the letters ligatures join (f, i, l), as long as a ligature at most:
    /// "i", "fi", "fl", "ffi".
    static func isLigatureFragment(_ word: Substring) -> Bool {
        word.count <= ligatureLetters && word.allSatisfy { $0 == "f" || $0 == "i" || $0 == "l" }
    }
}
