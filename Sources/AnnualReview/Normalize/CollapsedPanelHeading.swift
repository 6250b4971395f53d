/// A pass of `normalize`: a statistics panel's heading that a rendering ran into the panel's
/// text on one line, apart again. pymupdf4llm collapses a panel's text box into one paragraph,
/// the heading and the big figure in one bold run: "**Complaints upheld 0%** of complaints we
/// investigated were upheld. This compares to …". Read as it stands, the heading is no panel's
/// heading (a paragraph of 25 words) and the panel reads as missing.
enum CollapsedPanelHeading {
    /// The paragraphs that start with a panel's heading followed at once by a figure, each
    /// cut into the heading and the panel's text; every other block as it is.
    static func split(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            guard block.kind == .paragraph, let (heading, rest) = headingAndText(block.text) else {
                out.append(block)
                continue
            }
            out.append(Block(kind: .paragraph, lines: [heading], text: heading, styledAsHeading: true, origins: block.origins))
            out.append(Block(kind: .paragraph, lines: [rest], text: rest, origins: block.origins))
        }
        return out
    }

    /// The heading and the panel's text, where `text` is a panel's heading (`panelSubject`,
    /// at most `LetterWords.panelHeadingWords` words), then a figure ("0%", "In 40%", "5"),
    /// then text only a panel holds (`looksLikePanelContent`); or the headings of panels set
    /// side by side run together (`panelSubjects`: "Complaints upheld Compliance with
    /// Satisfactory remedies Ombudsman provided by the authority"), then their texts, which
    /// state that there is nothing to report ("The Ombudsman carried out no …"); nil otherwise.
    static func headingAndText(_ text: String) -> (heading: String, rest: String)? {
        // Cheap test first: a figure stands among the first words of the text.
        let words = text.split(separator: " ", maxSplits: LetterWords.panelHeadingWords + 1)
        guard words.count > 2 else { return nil }
        if let figure = words.indices.dropFirst().first(where: { words[$0].first?.isNumber == true }) {
            // "In 40%": the figure's own word comes before it.
            let cut = figure > 1 && words[figure - 1] == "In" ? figure - 1 : figure
            let heading = words[..<cut].joined(separator: " ")
            guard LetterWords.panelSubject(heading) != nil, LetterWords.hasHeadingShape(heading) else { return nil }
            let rest = text[words[cut].startIndex...]
            guard LetterWords.looksLikePanelContent(String(rest)) else { return nil }
            return (heading, String(rest))
        }
        return headingsAndStatements(text)
    }

    /// Headings of panels side by side run together and then their statements: cut before a
    /// capitalised word where the words before it name two panels or more and the text from
    /// it states that there is nothing to report — the longest such heading that does not
    /// stop on a word no heading ends with ("… by the authority", not "… by the authority
    /// The", which the statement "The Ombudsman carried out no …" begins).
    static func headingsAndStatements(_ text: String) -> (heading: String, rest: String)? {
        // Cheap tests first (every paragraph is asked): the text names two panels and states
        // that some panel has nothing to report, and the words that may be headings name two
        // panels.
        guard LetterWords.panelsNamed(in: text).count >= 2,
              !LetterWords.statementsStated(inLetters: LetterWords.letters(text)).isEmpty else { return nil }
        let headingWords = LetterWords.panelHeadingWords * PanelKind.allCases.count
        let words = text.split(separator: " ", maxSplits: headingWords + 1)
        let most = min(words.count - 1, headingWords)
        guard most >= 2, LetterWords.panelsNamed(in: words[..<most].joined(separator: " ")).count >= 2 else { return nil }
        for cut in stride(from: most, through: 2, by: -1) where words[cut].first?.isUppercase == true {
            let heading = words[..<cut].joined(separator: " ")
            guard !LetterWords.stopsMidSentence(heading), LetterWords.panelSubjects(heading).count >= 2 else { continue }
            let rest = String(text[words[cut].startIndex...])
            guard LetterWords.nothingToReport(rest.lowercased()) != nil
                    || !LetterWords.statementsStated(inLetters: LetterWords.letters(rest)).isEmpty else { continue }
            return (heading, rest)
        }
        return nil
    }
}
