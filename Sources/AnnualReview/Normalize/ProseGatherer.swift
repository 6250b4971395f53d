/// Gathers a page's prose lines into paragraph blocks: a paragraph ends at a gap (blank line,
/// page number), a table row, a list item or a heading, and — where the rendering leaves no
/// blank line between paragraphs — where the text's own wrap width shows a deliberate line
/// break (`TextNormalizer.paragraphEnds`).
struct ProseGatherer {
    let page: Int
    /// The width prose is wrapped at (`TextNormalizer.proseWidth`); `.none` where it is not wrapped.
    let width: WrapWidth
    private var pending: [(text: String, number: Int?)] = []
    private var isHeading = false
    private var isListItem = false

    init(page: Int, width: WrapWidth) {
        self.page = page
        self.width = width
    }

    /// Takes a line of prose; paragraphs it ends go to `blocks`.
    mutating func add(_ clean: MarkupStripper.CleanLine, raw: String, number: Int?, into blocks: inout [Block]) {
        if clean.isListItem, TextNormalizer.continuesLeadIn(raw, after: pending.map(\.text), heading: isHeading) {
            // "Complaints upheld" ⏎ "- We uphold …": a bold lead-in and its text, which a
            // renderer broke at the change of font; the dash is the letter's, not a bullet.
            pending.append(("- " + clean.text, number))
            return
        }
        if clean.isListItem {
            end(into: &blocks)
            isListItem = true
        }
        if clean.isHeading {
            end(into: &blocks)
            pending = [(clean.text, number)]
            isHeading = true
            end(into: &blocks)
            return
        }
        pending.append((clean.text, number))
    }

    /// Ends the paragraph being gathered, if any, into `blocks`.
    mutating func end(into blocks: inout [Block]) {
        guard !pending.isEmpty else { return }
        blocks += paragraphs()
        pending = []
        isHeading = false
        isListItem = false
    }

    private func paragraphs() -> [Block] {
        let lines = TextNormalizer.rejoinSplitLinks(pending.map(\.text))
        let linesKept = lines.count > 1 && lines.count == pending.count
        if linesKept, width.characters == 0, lines.contains(where: { $0.utf8.count > TextNormalizer.unwrappedLineLength }) {
            // Not hard-wrapped: a rendering with one paragraph per line and no blank lines. (A
            // hard-wrapped text may still hold a long line: a table row whose cells the
            // renderer joined.)
            return zip(lines, pending).map { line, source in
                Block(kind: .paragraph, lines: [line], text: line,
                      origins: [Origin(page: page, firstLine: source.number, lastLine: source.number)])
            }
        }
        if linesKept, case let ends = TextNormalizer.paragraphEnds(lines, width: width), !ends.isEmpty {
            // Hard-wrapped with no blank lines between paragraphs (as `pdftotext` writes them),
            // or a letterhead run into the salutation: a paragraph per run of lines up to each
            // deliberate line break.
            var blocks: [Block] = []
            var start = 0
            for end in ends + [lines.count - 1] where end >= start {
                let piece = Array(lines[start...end])
                let origin = Origin(page: page, firstLine: pending[start].number, lastLine: pending[end].number)
                blocks.append(Block(kind: .paragraph, lines: piece, text: WrappedText.unwrap(piece),
                                    styledAsHeading: start == 0 && isHeading, origins: [origin],
                                    isListItem: start == 0 && isListItem))
                start = end + 1
            }
            return blocks
        }
        let origin = Origin(page: page, firstLine: pending.first?.number, lastLine: pending.last?.number)
        return [Block(kind: .paragraph, lines: lines, text: WrappedText.unwrap(lines),
                      styledAsHeading: isHeading, origins: [origin], isListItem: isListItem)]
    }
}

/// The width a text rendering's prose is wrapped at (`TextNormalizer.proseWidth`): in
/// characters, and as set in a proportional typeface (`ProportionalWidth`).
struct WrapWidth: Sendable {
    let characters: Int
    let measured: Double

    /// Not hard-wrapped: no paragraph is cut by width.
    static let none = WrapWidth(characters: 0, measured: 0)
}
