/// Recognizers for the parts of a letter, by their shape and a few words the genre always uses
/// ("Dear", "Yours", the panels' subjects), never by line numbers or whole boilerplate sentences.
public enum LetterCues {
    /// A short single line in heading shape: capitalised, no terminal punctuation.
    public static func hasHeadingShape(_ block: Block, maxWords: Int = 12) -> Bool {
        guard block.kind == .paragraph, block.lines.count == 1 || block.styledAsHeading,
              let first = block.text.first, let last = block.text.last else { return false }
        let count = LetterWords.words(block.text).count
        guard count >= 1, count <= maxWords else { return false }
        if block.styledAsHeading { return !LetterWords.terminalPunctuation.contains(last) || last == ":" }
        return LetterWords.hasHeadingShape(block.text, maxWords: maxWords)
    }

    /// Which panel a heading names: "Complaints upheld", "Compliance with … recommendations",
    /// "Satisfactory remedies …". Headings start with a capital; "upheld decision" does not.
    /// Panels' headings side by side, run into one text, name their first panel.
    public static func panelKind(_ block: Block) -> PanelKind? {
        guard block.kind == .paragraph else { return nil }
        return LetterWords.panelSubject(block.text) ?? LetterWords.panelSubjects(block.text).first
    }

    /// A table row whose cells name the columns ("Reference", "Authority", "Category", …).
    public static func isTableHeader(_ block: Block) -> Bool {
        guard block.kind == .tableRow else { return false }
        return block.cells.isEmpty ? TableField.isHeader(block.words.lazy.map(\.text)) : TableField.isHeader(block.cells)
    }
}
