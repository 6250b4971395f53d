/// The `segment` stage: labels the normalized blocks as header, recipient, salutation, title,
/// body sections, sign-off, statistics panels and table regions. Anchors are the salutation and
/// the closing phrase; everything else is found by shape relative to them.
public enum Segmenter {
    public static func segment(_ document: NormalizedDocument) throws(ConversionError) -> SegmentedDocument {
        let blocks = document.blocks
        guard let salutation = blocks.firstIndex(where: { $0.kind == .paragraph && LetterWords.isSalutation($0.text) }) else {
            throw .notALetter("no salutation such as \"Dear …\" was found")
        }
        var segments: [Segment] = []
        segments += headerAndRecipient(Array(blocks[..<salutation]))
        segments.append(Segment(kind: .salutation, blocks: [blocks[salutation]]))

        let afterSalutation = salutation + 1
        let closing = blocks[afterSalutation...].firstIndex { $0.kind == .paragraph && LetterWords.closing($0.text) != nil }
        let bodyEnd = closing ?? (afterSalutation..<blocks.count).first(where: { startsAppendix(blocks, at: $0) }) ?? blocks.count

        var bodyStart = afterSalutation
        if bodyStart < bodyEnd, isTitle(blocks[bodyStart]) {
            segments.append(Segment(kind: .title, blocks: [blocks[bodyStart]]))
            bodyStart += 1
        }
        segments += bodySections(Array(blocks[bodyStart..<bodyEnd]))

        var rest = bodyEnd
        if let closing {
            let signatureEnd = signatureEnd(blocks, from: closing + 1)
            segments.append(Segment(kind: .signOff, blocks: Array(blocks[closing..<signatureEnd])))
            rest = signatureEnd
        }
        segments += appendix(Array(blocks[rest...]))
        return SegmentedDocument(source: document.source, segments: segments)
    }

    /// Letterhead, date and delivery go to the header; the address block is the last run of
    /// other blocks before the salutation (also when it stands before the date).
    static func headerAndRecipient(_ blocks: [Block]) -> [Segment] {
        let isHeader = blocks.map { block in
            LetterWords.isLetterheadLine(block.text) || LetterWords.isDelivery(block.text)
                || DateParser.parse(block.text) != nil || DateParser.parse(block.lines.first ?? "") != nil
        }
        var recipientRange: Range<Int>?
        var index = blocks.count
        while index > 0 {
            index -= 1
            guard !isHeader[index] else { continue }
            var start = index
            while start > 0, !isHeader[start - 1] { start -= 1 }
            recipientRange = start..<(index + 1)
            break
        }
        guard let recipientRange else { return blocks.isEmpty ? [] : [Segment(kind: .header, blocks: blocks)] }
        let segments = [
            Segment(kind: .header, blocks: Array(blocks[..<recipientRange.lowerBound])),
            Segment(kind: .recipient, blocks: Array(blocks[recipientRange])),
            Segment(kind: .header, blocks: Array(blocks[recipientRange.upperBound...])),
        ]
        return segments.filter { !$0.blocks.isEmpty }
    }

    static func isTitle(_ block: Block) -> Bool {
        guard LetterCues.hasHeadingShape(block, maxWords: 15) else { return false }
        return block.styledAsHeading || block.text.lowercased().contains("annual review")
            || block.text.lowercased().contains("letter")
    }

    /// Splits the body at headings; the first section has no heading.
    static func bodySections(_ blocks: [Block]) -> [Segment] {
        var sections: [Segment] = []
        var current = Segment(kind: .body, blocks: [])
        for (i, block) in blocks.enumerated() {
            let next = i + 1 < blocks.count ? blocks[i + 1] : nil
            let nextIsText = next.map { $0.kind == .paragraph && !LetterCues.hasHeadingShape($0) } ?? false
            if LetterCues.hasHeadingShape(block) && (nextIsText || block.styledAsHeading) {
                if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
                current = Segment(kind: .body, heading: block.text, blocks: [block])
            } else {
                current.blocks.append(block)
            }
        }
        if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
        return sections
    }

    /// The signature: short lines after the closing phrase (name, then roles), up to the first
    /// panel, table or sentence.
    static func signatureEnd(_ blocks: [Block], from start: Int) -> Int {
        var end = start
        var lineCount = 0
        while end < blocks.count, lineCount < 5 {
            let block = blocks[end]
            // A line right before a table that names what it lists is the table's title.
            let isTableTitle = end > start && end + 1 < blocks.count && blocks[end + 1].kind == .tableRow
                && LetterWords.namesATable(block.text)
            guard block.kind == .paragraph, !block.styledAsHeading || end == start, !isTableTitle,
                  LetterCues.panelKind(block) == nil,
                  LetterWords.hasAtMostWords(block.text, 30), block.text.last != "." else { break }
            lineCount += block.lines.count
            end += 1
        }
        return end
    }

    /// Whether the appendix (panels or tables) starts at `index`.
    static func startsAppendix(_ blocks: [Block], at index: Int) -> Bool {
        blocks[index].kind == .tableRow || startsPanel(blocks, at: index)
    }

    /// Blocks after a panel's heading in which its text (a figure, a basis sentence, a
    /// nothing-to-report statement) stands: its own, or after the other panels' headings where
    /// a renderer stacked them.
    static let panelTextReach = 4

    /// Whether a statistics panel starts at `index`: a heading that names one, with a panel's
    /// text within `panelTextReach` blocks. (A table's cells that a renderer ran into one
    /// paragraph — "Adult Care Services 19/11/19 Not Upheld No maladministration" — name a
    /// panel's subject, and rows follow them, not a panel's text.)
    static func startsPanel(_ blocks: [Block], at index: Int) -> Bool {
        guard LetterCues.panelKind(blocks[index]) != nil, index + 1 < blocks.count else { return false }
        return blocks[(index + 1)...].prefix(panelTextReach).contains { LetterWords.looksLikePanelContent($0.text) }
    }

    /// Statistics panels and table regions after the letter; stray blocks go to `other`.
    static func appendix(_ blocks: [Block]) -> [Segment] {
        var segments: [Segment] = []
        var i = 0
        while i < blocks.count {
            let block = blocks[i]
            if isPanelHeadingRow(block) {
                // Panels side by side that a renderer set as a small table (markitdown): the
                // headings' row, then the panels' lines — rows and paragraphs — up to the next
                // table, read together (`StatisticsBuilder`).
                let kinds = LetterWords.panelSubjects(block.text)
                let end = blocks[(i + 1)...].firstIndex(where: startsTable) ?? blocks.count
                segments.append(Segment(kind: .statisticsPanel, heading: block.text, panel: kinds.first,
                                        blocks: Array(blocks[i..<end])))
                i = end
                continue
            }
            if block.kind == .tableRow {
                let end = tableRegionEnd(blocks, from: i)
                segments.append(Segment(kind: .tableRegion, blocks: Array(blocks[i..<end])))
                i = end
                continue
            }
            if let panel = LetterCues.panelKind(block) {
                let kinds = LetterWords.panelSubjects(block.text)
                let content = panelContent(blocks, after: i)
                if kinds.count > 1, content.count == kinds.count {
                    // Panels side by side whose headings a rendering ran into one line, each
                    // panel's text after it in the same order: one panel per heading named (the
                    // heading's block in the first, as every block is in one segment).
                    for (offset, (kind, text)) in zip(kinds, content).enumerated() {
                        segments.append(Segment(kind: .statisticsPanel, heading: block.text, panel: kind,
                                                blocks: offset == 0 ? [block, text] : [text]))
                    }
                    i += 1 + content.count
                    continue
                }
                segments.append(Segment(kind: .statisticsPanel, heading: block.text, panel: panel, blocks: [block]))
                i += 1
                continue
            }
            if let last = segments.indices.last, segments[last].kind == .statisticsPanel || segments[last].kind == .other {
                segments[last].blocks.append(block)
            } else {
                segments.append(Segment(kind: .other, blocks: [block]))
            }
            i += 1
        }
        return segments
    }

    /// A row of cells that holds the headings of several panels side by side ("Complaints
    /// upheld | Compliance with | Satisfactory remedies"), not a table's header.
    static func isPanelHeadingRow(_ block: Block) -> Bool {
        block.kind == .tableRow && !LetterCues.isTableHeader(block) && LetterWords.panelSubjects(block.text).count > 1
    }

    /// Where a table starts: its header row, or a row or line whose first word is a reference.
    static func startsTable(_ block: Block) -> Bool {
        LetterCues.isTableHeader(block) || (block.kind != .paragraph && ReferenceNumber.startsLine(block.text))
    }

    /// The paragraphs after a panel's heading up to the next heading of a panel or a table.
    static func panelContent(_ blocks: [Block], after index: Int) -> [Block] {
        Array(blocks[(index + 1)...].prefix { $0.kind == .paragraph && LetterCues.panelKind($0) == nil })
    }

    /// A region runs from its first row to its last row before the next header row; text between
    /// rows stays inside (the tables stage reports it), text after the last row does not —
    /// unless it completes a known value of that row's cells (a cell's last line that markitdown
    /// sets under the row, outside its pipes: "Education&Children's" ⏎ "Services"), or reads
    /// as a remedy and service improvement set after the rows (`maximumLateValueBlocks`).
    static func tableRegionEnd(_ blocks: [Block], from start: Int) -> Int {
        var lastRow = start
        var j = start + 1
        while j < blocks.count {
            let block = blocks[j]
            if block.kind == .tableRow {
                if LetterCues.isTableHeader(block), !isRepeatedHeader(block, of: blocks[start]) { break }
                lastRow = j
            } else if block.kind == .tableLine {
                lastRow = j
            } else if startsPanel(blocks, at: j) {
                break
            }
            j += 1
        }
        let next = lastRow + 1
        // Values set after the last row under the names of columns empty on its page (`pdftotext`):
        // a remedy, a service improvement, or both, for the tables stage to place or report.
        let fields = blocks[start].cells.map(TableField.named)
        if fields.contains(.remedy) || fields.contains(.serviceImprovements) {
            var end = next
            while end < blocks.count, blocks[end].kind == .paragraph, end - next < maximumLateValueBlocks { end += 1 }
            if let last = (next..<end).last(where: { TableValues.remedyThenImprovements(blocks[next...$0].flatMap(\.lines)) != nil }) {
                return last + 1
            }
        }
        if next < blocks.count, blocks[next].kind == .paragraph, blocks[lastRow].kind == .tableRow,
           LetterCues.isTableHeader(blocks[start]),
           TableValues.cellCompleted(by: blocks[next].text, in: blocks[lastRow].cells,
                                     fields: blocks[start].cells.map(TableField.named)) != nil {
            return next + 1
        }
        return lastRow + 1
    }

    /// Most blocks of values set after a table's last row: a remedy and a service improvement,
    /// each as a paragraph of its own or wrapped over some.
    static let maximumLateValueBlocks = 4

    /// The header again on a new page: the same names, or its first names without the last
    /// ones (`pdftotext` sets the names of the right-hand columns after a page's rows, and on a
    /// page where it does, the header it repeats lacks them).
    static func isRepeatedHeader(_ block: Block, of first: Block) -> Bool {
        guard LetterCues.isTableHeader(first) else { return false }
        if block.text == first.text { return true }
        let fields = block.cells.map(TableField.named), firstFields = first.cells.map(TableField.named)
        return fields.count >= 2 && fields.count < firstFields.count && !fields.contains(.unknown)
            && fields == Array(firstFields.prefix(fields.count))
    }
}
