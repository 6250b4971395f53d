/// Normalizes text renderings: strips markup, drops page furniture, groups lines into blocks at
/// blank lines, keeps tab-separated rows as table rows and unwraps hard-wrapped paragraphs.
public enum TextNormalizer {
    /// A line longer than any hard wrap: a block holding one is split into a block per line.
    static let unwrappedLineLength = 100

    public static func blocks(_ pages: [ExtractedPage]) -> [Block] {
        var blocks: [Block] = []
        for page in pages {
            var pending: [(text: String, number: Int?)] = []
            var pendingHeading = false
            var pendingListItem = false

            func flush() {
                guard !pending.isEmpty else { return }
                let lines = rejoinSplitLinks(pending.map(\.text))
                if lines.count > 1, lines.count == pending.count, lines.contains(where: { $0.utf8.count > unwrappedLineLength }) {
                    // Not hard-wrapped: a rendering with one paragraph per line and no blank lines.
                    for (line, source) in zip(lines, pending) {
                        let origin = Origin(page: page.number, firstLine: source.number, lastLine: source.number)
                        blocks.append(Block(kind: .paragraph, lines: [line], text: line, origins: [origin]))
                    }
                } else {
                    let origin = Origin(page: page.number, firstLine: pending.first?.number, lastLine: pending.last?.number)
                    blocks.append(Block(kind: .paragraph, lines: lines, text: ParagraphJoiner.unwrap(lines),
                                        styledAsHeading: pendingHeading, origins: [origin], isListItem: pendingListItem))
                }
                pending = []
                pendingHeading = false
                pendingListItem = false
            }

            for line in page.lines {
                let raw = line.text.utf8.contains(0x0C) ? line.text.replacingOccurrences(of: "\u{0C}", with: "") : line.text
                if let cells = TableRowDetector.cells(raw) {
                    flush()
                    let origin = Origin(page: page.number, firstLine: line.lineNumber, lastLine: line.lineNumber)
                    let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
                    blocks.append(Block(kind: .tableRow, lines: [text], text: text, cells: cells, origins: [origin]))
                    continue
                }
                if TableRowDetector.isPipeSeparator(raw) { continue }
                let clean = MarkupStripper.clean(raw)
                if clean.isBlank || isPageFurniture(clean.text) || isPageFurniture(MarkupStripper.foldWhitespace(raw)) {
                    flush()
                    continue
                }
                if clean.isListItem {
                    flush()
                    pendingListItem = true
                }
                if clean.isHeading {
                    flush()
                    pending = [(clean.text, line.lineNumber)]
                    pendingHeading = true
                    flush()
                    continue
                }
                pending.append((clean.text, line.lineNumber))
            }
            flush()
        }
        return blocks
    }

    /// A markdown link that a hard wrap split (`[Your council's` ⏎ `performance](#)`) is
    /// resolved across the block's lines, which keep their line breaks.
    static func rejoinSplitLinks(_ lines: [String]) -> [String] {
        guard lines.count > 1, lines.contains(where: { $0.contains("](") }) else { return lines }
        let joined = MarkupStripper.stripEmphasisAndLinks(lines.joined(separator: "\n"))
        return joined.split(separator: "\n", omittingEmptySubsequences: true).map { MarkupStripper.foldWhitespace(String($0)) }
    }

    /// "Page 2", "Page 2 of 5", "- 2 -": running page numbers a converter left in the text.
    static func isPageFurniture(_ text: String) -> Bool {
        guard text.utf8.count <= 20 else { return false }
        let words = text.lowercased().split(separator: " ")
        if words.count == 2 || words.count == 4, words[0] == "page", Int(words[1]) != nil {
            return words.count == 2 || (words[2] == "of" && Int(words[3]) != nil)
        }
        if words.count == 3, words[0] == "-", words[2] == "-", Int(words[1]) != nil { return true }
        return false
    }
}
