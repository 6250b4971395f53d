/// Recognizers for the parts of a letter, by their shape and a few words the genre always uses
/// ("Dear", "Yours", the panels' subjects), never by line numbers or whole boilerplate sentences.
public enum LetterCues {
    static func words(_ text: String) -> [Substring] { text.split(separator: " ") }

    /// "Dear Mr Bowen", "Dear Sir or Madam".
    public static func isSalutation(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("dear ") && words(text).count <= 8
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

    static let terminalPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?"]

    /// A short single line in heading shape: capitalised, no terminal punctuation.
    public static func hasHeadingShape(_ block: Block, maxWords: Int = 12) -> Bool {
        guard block.kind == .paragraph, block.lines.count == 1 || block.styledAsHeading,
              let first = block.text.first, let last = block.text.last else { return false }
        let count = words(block.text).count
        guard count >= 1, count <= maxWords else { return false }
        if block.styledAsHeading { return !terminalPunctuation.contains(last) || last == ":" }
        return (first.isUppercase || first.isNumber) && !terminalPunctuation.contains(last)
            && DateParser.parse(block.text) == nil
    }

    /// Which panel a heading names: "Complaints upheld", "Compliance with … recommendations",
    /// "Satisfactory remedies …". Headings start with a capital; "upheld decision" does not.
    public static func panelKind(_ block: Block) -> PanelKind? {
        guard block.kind == .paragraph, let first = block.text.first, first.isUppercase,
              words(block.text).count <= 9, let last = block.text.last, !".:;,".contains(last) else { return nil }
        let lower = block.text.lowercased()
        guard PanelReader.nothingToReport(lower) == nil else { return nil }
        if TextSearch.contains(lower, "remed") { return .satisfactoryRemedies }
        if TextSearch.contains(lower, "complian") { return .compliance }
        if TextSearch.contains(lower, "upheld") || TextSearch.contains(lower, "uphold") { return .complaintsUpheld }
        return nil
    }

    /// A table row whose cells name the columns ("Reference", "Authority", "Category", …).
    public static func isTableHeader(_ block: Block) -> Bool {
        guard block.kind == .tableRow else { return false }
        // Every header names a reference column ("Reference", "Ref", "Ref."): no cell starting
        // with "ref", no header (checked before anything is lower-cased; this runs on every row).
        let startsWithRef = block.cells.isEmpty
            ? block.words.contains { TextSearch.hasPrefix($0.text, ignoringCase: "ref") }
            : block.cells.contains { TextSearch.hasPrefix($0, ignoringCase: "ref") }
        guard startsWithRef else { return false }
        let cells = block.cells.isEmpty ? block.words.map(\.text) : block.cells
        let lower = cells.map { $0.lowercased() }
        // "Referen…": a narrow cell may break the word ("Referenc" + "e"); "Referred" is data.
        let hasReference = lower.contains { $0.hasPrefix("referen") || $0 == "ref" || $0 == "ref." }
        let others = lower.filter { ["authority", "category", "received", "decided", "decision"].contains(where: $0.hasPrefix) }
        return hasReference && others.count >= 1
    }

    /// A short title that says what a table lists ("Complaints received", "Decisions made").
    public static func namesATable(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard words(text).count <= 8, !TextSearch.contains(lower, "ombudsman") else { return false }
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
        guard words(text).count <= 6 else { return false }
        return lower.hasPrefix("by ") || lower.hasPrefix("sent by") || lower.hasPrefix("via ")
            || lower == "email only" || lower == "by email"
    }
}
