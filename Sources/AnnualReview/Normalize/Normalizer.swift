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
        return NormalizedDocument(source: document.source, blocks: ParagraphJoiner.joinPageBreaks(blocks))
    }
}

/// Sub-passes shared by both normalizers: unwrapping lines and rejoining split paragraphs.
public enum ParagraphJoiner {
    /// Joins wrapped lines into one paragraph: a space between lines, except after a hyphen or
    /// slash that ends a word (`well-` + `established`, `Incomplete/` + `Invalid` stay one word).
    public static func unwrap(_ lines: [String]) -> String {
        guard lines.count > 1 else { return lines.first ?? "" }
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for line in lines where !line.isEmpty {
            if text.isEmpty { text.append(line); continue }
            if !joinsWithoutSpace(text, line) { text.append(" ") }
            text.append(line)
        }
        return text
    }

    /// `text = unwrap([text, piece])`, in place: appending many pieces to one text costs their
    /// length, not the text's length again for each piece.
    public static func append(_ piece: String, to text: inout String) {
        guard !piece.isEmpty else { return }
        if text.isEmpty { text = piece; return }
        if !joinsWithoutSpace(text, piece) { text.append(" ") }
        text.append(piece)
    }

    static func joinsWithoutSpace(_ previous: String, _ next: String) -> Bool {
        guard let last = previous.last, let first = next.first else { return false }
        // The character before the last, found from the end: `previous.dropLast()` counts the
        // whole text, which made unwrapping a long paragraph quadratic.
        let lastIndex = previous.index(before: previous.endIndex)
        let beforeLast: Character? = lastIndex > previous.startIndex ? previous[previous.index(before: lastIndex)] : nil
        if last == "/" { return beforeLast.map { !$0.isWhitespace } ?? false }
        if last == "-" {
            // A hyphen that ends a word keeps the word whole ("well-" + "established",
            // "Newcastle-under-" + "Lyme"); a spaced dash ("upheld -") does not.
            return (beforeLast?.isLetter ?? false) && first.isLetter
        }
        return false
    }

    /// A paragraph that a page break split — it ends without `.`, `!`, `?` or `:` and the next
    /// paragraph starts in lower case — becomes one paragraph again.
    public static func joinPageBreaks(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        out.reserveCapacity(blocks.count)
        for block in blocks {
            // Merged in place (no copy of the block held meanwhile), so a long run of merges
            // stays linear.
            if out.last.map({ continues($0, with: block) }) == true {
                let last = out.count - 1
                out[last].lines += block.lines
                append(block.text, to: &out[last].text)
                out[last].origins += block.origins
            } else {
                out.append(block)
            }
        }
        return out
    }

    static func continues(_ previous: Block, with next: Block) -> Bool {
        guard previous.kind == .paragraph, next.kind == .paragraph,
              !previous.styledAsHeading, !next.styledAsHeading, !next.isListItem,
              let last = previous.text.last, let first = next.text.first else { return false }
        return !".!?:".contains(last) && first.isLowercase
    }
}
