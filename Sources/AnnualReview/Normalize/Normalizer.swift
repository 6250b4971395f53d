/// The `normalize` stage: pages of lines → clean blocks. Text inputs go through
/// `TextNormalizer`; PDF pages (positioned lines) through `LayoutNormalizer`. Both end with
/// the same paragraph joining, so every later stage sees one shape.
public enum Normalizer {
    public static func normalize(_ document: ExtractedDocument) -> NormalizedDocument {
        let blocks: [Block]
        if document.source.format == .pdf {
            blocks = LayoutNormalizer.blocks(document.pages)
        } else {
            blocks = TextNormalizer.blocks(document.pages)
        }
        let joined = ParagraphJoiner.joinPageBreaks(blocks)
        return NormalizedDocument(source: document.source, blocks: CollapsedPanelHeading.split(CollapsedOpening.split(joined)))
    }
}

/// Rejoins paragraphs that a page break split (shared by both normalizers).
public enum ParagraphJoiner {
    /// A paragraph that a page break split — it ends without `.`, `!`, `?` or `:` and the next
    /// paragraph starts in lower case, or it is prose (longer than any heading) that stops
    /// after a word no sentence ends with — becomes one paragraph again. The part after the
    /// break may be styled as a heading (pymupdf4llm: `### please visit our website.`, a page's
    /// first line set apart): a heading never starts in lower case, so that one goes on too.
    public static func joinPageBreaks(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            // Merged in place (no copy of the block held meanwhile), so a long run of merges
            // stays linear.
            if out.last.map({ continues($0, with: block) }) == true {
                let last = out.count - 1
                out[last].lines += block.lines
                WrappedText.append(block.text, to: &out[last].text)
                out[last].origins += block.origins
            } else {
                out.append(block)
            }
        }
        return out
    }

    static func continues(_ previous: Block, with next: Block) -> Bool {
        guard previous.kind == .paragraph, next.kind == .paragraph,
              !previous.styledAsHeading, !next.isListItem,
              let last = previous.text.last, let first = next.text.first else { return false }
        guard !".!?:".contains(last) else { return false }
        guard !next.styledAsHeading, !first.isLowercase else { return first.isLowercase }
        // Only then the previous paragraph's words, counted as far as it takes: a paragraph
        // that joins many is asked again after each join.
        guard isSentenceTail(next.text) || LetterWords.stopsMidSentence(previous.text) else { return false }
        return !LetterWords.hasAtMostWords(previous.text, proseWords)
    }

    /// A "paragraph" of a few words that ends a sentence ("Boroughs."): no paragraph of a
    /// letter is so short, so after prose that stopped without a sentence's end it is that
    /// sentence's last words, which a page break set apart.
    static func isSentenceTail(_ text: String) -> Bool {
        guard let last = text.last, ".!?".contains(last) else { return false }
        return LetterWords.words(text).count <= sentenceTailWords
    }

    /// Most words of a sentence's tail set apart by a page break (a paragraph of the letters
    /// is a sentence or more, never this short).
    static let sentenceTailWords = 3

    /// A paragraph of more words than this is prose, never a heading (`LetterWords.hasHeadingShape`
    /// allows 12): a heading may stop after "with" ("Compliance with").
    static let proseWords = 12
}
