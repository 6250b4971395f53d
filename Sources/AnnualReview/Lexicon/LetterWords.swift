/// The words and phrases letters use for their parts — the salutation, the closing, the
/// delivery line, the letterhead, table titles, the statistics panels' nothing-to-report
/// sentences — matched by a few words the genre always uses, never by whole boilerplate
/// sentences. Every stage asks here.
public enum LetterWords {
    /// The text's words, split at spaces.
    public static func words(_ text: String) -> [Substring] { text.split(separator: " ") }

    /// `words(text).count <= limit`, counted in place and only as far as it takes. A space
    /// beside a byte beyond ASCII (which may make one character with it, as a combining mark
    /// does, and then is no separator) leaves the counting to `words`.
    public static func hasAtMostWords(_ text: String, _ limit: Int) -> Bool {
        var count = 0
        var inWord = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20 {
                if previous >= 0x80 { return words(text).count <= limit }
                inWord = false
            } else {
                if previous == 0x20 && byte >= 0x80 { return words(text).count <= limit }
                if !inWord {
                    inWord = true
                    count += 1
                    if count > limit { return false }
                }
            }
            previous = byte
        }
        return true
    }

    /// Punctuation that ends a sentence or clause (a heading has none).
    public static let terminalPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?"]

    /// "Dear Mr Bowen", "Dear Sir or Madam".
    public static func isSalutation(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("dear ") && hasAtMostWords(text, 8)
    }

    private static let closings = ["yours sincerely", "yours faithfully", "yours truly", "kind regards",
                                   "best regards", "with best wishes", "best wishes", "regards", "yours"]

    /// The closing phrase a block starts with ("Yours sincerely,"), if any.
    public static func closing(_ text: String) -> String? {
        let lower = text.lowercased()
        for phrase in closings where lower.hasPrefix(phrase) {
            let end = text.index(text.startIndex, offsetBy: phrase.count)
            guard end == text.endIndex || !(text[end].isLetter) else { continue }
            var closingEnd = end
            while closingEnd < text.endIndex, text[closingEnd] == "," || text[closingEnd] == "." {
                closingEnd = text.index(after: closingEnd)
            }
            return String(text[..<closingEnd])
        }
        return nil
    }

    /// A short title that says what a table lists ("Complaints received", "Decisions made").
    public static func namesATable(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard hasAtMostWords(text, 8), !TextSearch.contains(lower, "ombudsman") else { return false }
        return ["complaint", "decision", "received", "table", "enquir"].contains(where: { TextSearch.contains(lower, $0) })
    }

    /// A letterhead, reference or contact line rather than part of the address.
    public static func isLetterheadLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        return TextSearch.contains(lower, "ombudsman") || lower.hasPrefix("our ref") || lower.hasPrefix("your ref")
            || lower.hasPrefix("tel") || lower.hasPrefix("www.") || TextSearch.contains(lower, "@")
    }

    /// "By email", "By post", "Sent by email", "Email only".
    public static func isDelivery(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard hasAtMostWords(text, 6) else { return false }
        return lower.hasPrefix("by ") || lower.hasPrefix("sent by") || lower.hasPrefix("via ")
            || lower == "email only" || lower == "by email"
    }

    /// The nothing-to-report statements, each told by a few of its words that stand together
    /// on one line of a panel however narrow, written in letters alone (`letters`): a statement
    /// stands where every phrase of one of its cues does. A `scattered` cue is looked for only
    /// in the panels' own text (`statementsStated`): there a renderer may have wrapped a narrow
    /// panel's lines around the lines of the panels beside it ("did not" … "uphold"), whereas
    /// in a letter's prose those words alone say nothing.
    static let statementCues: [(status: PanelStatus, phrases: [String], scattered: Bool)] = [
        (.noInvestigations, ["nodetailedinvestigation"], false),
        (.noInvestigations, ["noinvestigations"], false),
        (.noInvestigations, ["carriedoutno"], true),
        (.noneDue, ["norecommendations", "due"], false),
        (.noUpheldInvestigations, ["didnotupholdany"], false),
        (.noUpheldInvestigations, ["noupheld"], false),
        (.noUpheldInvestigations, ["didnot", "uphold"], true),
    ]

    /// The text's letters alone, lower-cased: the text a phrase is looked for in, whatever
    /// spaces a renderer lost ("TheOmbudsmancarriedoutno") or put between columns.
    public static func letters(_ text: some StringProtocol) -> String {
        // ASCII bytes are read as bytes up to the one before the first byte that is not ASCII
        // (which may make one character with it): there a character is one byte (CR LF aside,
        // no letter), and its letters are A-Z and a-z. The rest is read character by character.
        let utf8 = text.utf8
        var end = utf8.endIndex
        var index = utf8.startIndex, previous = index
        while index < utf8.endIndex {
            if utf8[index] >= 0x80 {
                end = previous
                break
            }
            previous = index
            utf8.formIndex(after: &index)
        }
        var bytes: [UInt8] = []
        for byte in utf8[utf8.startIndex..<end] {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") { bytes.append(lower) }
        }
        var letters = String(decoding: bytes, as: UTF8.self)
        guard end < utf8.endIndex else { return letters }
        for character in text[end...] where character.isLetter { letters += character.lowercased() }
        return letters
    }

    /// The status a panel's "nothing to report" sentence states, if the text holds one: no
    /// detailed investigations, no recommendations due, none upheld (`statementCues`, the
    /// words standing together).
    public static func nothingToReport(_ text: String) -> PanelStatus? {
        nothingToReport(inLetters: letters(text))
    }

    /// `nothingToReport` of a text whose `letters` are already taken.
    public static func nothingToReport(inLetters letters: String) -> PanelStatus? {
        statementCues.first { cue in
            !cue.scattered && cue.phrases.allSatisfy { TextSearch.contains(letters, $0) }
        }?.status
    }

    /// The nothing-to-report statements that a panel text holds, read on its letters alone
    /// (`letters`) and with the `scattered` cues too, so that a statement a renderer glued
    /// together or wrapped around the lines of the panels beside it still reads.
    public static func statementsStated(inLetters letters: String) -> Set<PanelStatus> {
        Set(statementCues.filter { cue in cue.phrases.allSatisfy { TextSearch.contains(letters, $0) } }.map(\.status))
    }

    /// Words that never end a sentence of the letters: articles, prepositions, conjunctions.
    static let sentenceGoesOnWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from",
        "into", "than", "as", "that", "which", "whose", "our", "your", "their", "its",
    ]

    /// Whether a word joins the word before it to the word after it ("&", "and": "Benefits &
    /// Tax"): a value of a table's cell never begins with one.
    public static func joinsTwoWords(_ word: some StringProtocol) -> Bool {
        word == "&" || word == "and"
    }

    /// Whether the text stops after a word that never ends a sentence ("… We do this for"):
    /// the sentence goes on in the text after it, whatever case that starts with.
    public static func stopsMidSentence(_ text: String) -> Bool {
        guard let last = words(text).last else { return false }
        return sentenceGoesOnWords.contains(last.lowercased())
    }

    /// Text that only a statistics panel holds: a percentage, a basis sentence, or a nothing-to-report line.
    public static func looksLikePanelContent(_ text: String) -> Bool {
        let lower = text.lowercased()
        return TextSearch.contains(lower, "%") || TextSearch.contains(lower, "statistics are based")
            || LetterWords.nothingToReport(lower) != nil
    }

    /// A line in heading shape: one to `maxWords` words, starting with a capital or a digit,
    /// without the punctuation that ends a sentence or clause, and not a date.
    public static func hasHeadingShape(_ text: String, maxWords: Int = 12) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        let count = words(text).count
        return count >= 1 && count <= maxWords && (first.isUppercase || first.isNumber)
            && !terminalPunctuation.contains(last) && DateParser.parse(text) == nil
    }

    /// Which panel a heading names: "Complaints upheld", "Compliance with … recommendations",
    /// "Satisfactory remedies …". Headings start with a capital; "upheld decision" does not.
    public static func panelSubject(_ text: String) -> PanelKind? {
        guard let first = text.first, first.isUppercase, let last = text.last, !".:;,".contains(last),
              hasAtMostWords(text, panelHeadingWords) else { return nil }
        let lower = text.lowercased()
        guard nothingToReport(lower) == nil else { return nil }
        return panelsNamed(in: lower).first
    }

    /// The words that name each panel, in the order a heading naming several is read by
    /// (remedies before compliance before upheld: "Remedies for upheld complaints" is the
    /// remedies panel).
    static let panelStems: [(kind: PanelKind, stems: [String])] = [
        (.satisfactoryRemedies, ["remed"]), (.compliance, ["complian"]), (.complaintsUpheld, ["upheld", "uphold"]),
    ]

    /// The panels whose words a text holds, whatever their case, in `panelStems` order.
    static func panelsNamed(in text: String) -> [PanelKind] {
        panelStems.filter { entry in entry.stems.contains { TextSearch.contains(text, ignoringCase: $0) } }.map(\.kind)
    }

    /// The panels a heading names, in the order it names them: more than one where a rendering
    /// ran the headings of panels set side by side into one line ("Complaints upheld" +
    /// "Compliance with Ombudsman recommendations"): the heading cut at capitalised words into
    /// pieces that are each a panel's heading (`panelSubject`), of different panels. One where
    /// no such cut exists ("Remedies for upheld complaints" names one panel); empty where
    /// `panelSubject` finds none.
    ///
    /// Headings of three panels side by side, wrapped and run together, hold more words than
    /// one heading may (`panelHeadingWords`): "Complaints upheld Compliance with Satisfactory
    /// remedies Ombudsman provided by the authority" names three panels only as pieces; such a
    /// text, up to three headings long, is read as pieces alone, and names panels where it
    /// cuts into two or more.
    public static func panelSubjects(_ text: String) -> [PanelKind] {
        let whole = panelSubject(text)
        if whole == nil {
            // Cheap tests first (every paragraph of a letter's end is asked): the length of two or
            // three headings, and the words of two panels at least.
            guard let last = text.last, !".:;,".contains(last),
                  hasAtMostWords(text, panelHeadingWords * PanelKind.allCases.count),
                  !hasAtMostWords(text, panelHeadingWords) else { return [] }
            guard panelsNamed(in: text).count >= 2 else { return [] }
        }
        let words = text.split(separator: " ")
        /// The kinds of the pieces from word `start` on, each piece a panel heading of a kind not
        /// yet seen, shortest pieces first (so no piece holds two headings); nil if none.
        func pieces(from start: Int, seen: [PanelKind]) -> [PanelKind]? {
            // A piece is one heading: at most `panelHeadingWords` words.
            for end in (start + 1)...min(words.count, start + panelHeadingWords)
            where end == words.count || words[end].first?.isUppercase == true {
                guard let kind = panelSubject(words[start..<end].joined(separator: " ")), !seen.contains(kind) else { continue }
                if end == words.count { return [kind] }
                if let rest = pieces(from: end, seen: seen + [kind]) { return [kind] + rest }
            }
            return nil
        }
        guard let kinds = pieces(from: 0, seen: []), kinds.count > 1 else { return whole.map { [$0] } ?? [] }
        return kinds
    }

    /// Most words of one panel's heading ("Satisfactory remedies provided by the authority").
    static let panelHeadingWords = 9

    /// Delivery lines a rendering may run into the next line ("By email Mr Bowen …").
    static let deliveryPhrases = ["by email only", "by e-mail", "by email", "by post", "sent by email", "email only", "via email"]

    /// The delivery phrase a longer line starts with ("By email" of "By email Mr Bowen Chief
    /// Executive …"), where a capitalised word follows it.
    public static func deliveryPrefix(_ text: String) -> String? {
        let lower = text.lowercased()
        for phrase in deliveryPhrases where lower.hasPrefix(phrase + " ") {
            let end = text.index(text.startIndex, offsetBy: phrase.count)
            let rest = text[end...].drop { $0 == " " }
            guard let first = rest.first, first.isUppercase else { continue }
            return String(text[..<end])
        }
        return nil
    }

    /// Where a salutation that a rendering ran onto the end of a line starts ("… Mansfield
    /// District Council Dear Ms Barsby"), if the line ends with one.
    public static func trailingSalutationStart(_ text: String) -> String.Index? {
        guard let range = text.range(of: " Dear ", options: .backwards) else { return nil }
        let start = text.index(after: range.lowerBound)
        return isSalutation(String(text[start...])) ? start : nil
    }
}
