/// Normalizes PDF pages from positioned lines, in four passes:
///
/// 1. `PageFurniture.strip` — page numbers and running headers/footers go first, so they never
///    end up inside a paragraph;
/// 2. `TableZones.find` — table lines (under a header row, on this page and the next) are set
///    apart and become one `.tableRow` block per visual line, carrying their words (the
///    header's wrapped lines make one block);
/// 3. `ReadingOrder.order` — the other lines, cut at wide gaps, are put in reading order
///    (columns of a panel page one after the other, a big number before the text beside it);
/// 4. `groupBlocks` — lines become paragraphs by line spacing, left edge and font: a gap
///    clearly wider than the usual line pitch for that font size, or a change of size or weight,
///    starts a new block. Short bold or larger blocks are marked as headings.
///
/// Paragraphs split by a page break are rejoined afterwards by `ParagraphJoiner.joinPageBreaks`.
public enum LayoutNormalizer {
    public static func blocks(_ pages: [ExtractedPage]) -> [Block] {
        let cleaned = PageFurniture.strip(pages)
        var pieces: [Piece] = []
        var open: TableZone? = nil
        for page in cleaned {
            let (zones, rest) = TableZones.find(page.lines, page: page.number, open: &open)
            let segments = LayoutSegment.split(rest, page: page.number)
            var items = segments.map { ReadingOrder.Item(box: $0.box, size: $0.fontSize, baseline: $0.baseline) }
            items += zones.map { zone in
                let box = zone.box
                return ReadingOrder.Item(box: box, size: zone.columns.columns.first?.words.first?.fontSize ?? LayoutTolerance.defaultFontSize, baseline: box.y1)
            }
            for index in ReadingOrder.order(items) {
                if index < segments.count {
                    pieces.append(.text(segments[index]))
                } else if zones.indices.contains(index - segments.count) {
                    pieces.append(.table(zones[index - segments.count]))
                }
            }
        }
        return groupBlocks(pieces)
    }

    enum Piece {
        case text(LayoutSegment)
        case table(TableZone)
    }

    /// Paragraph blocks from ordered segments; table zones as their row blocks.
    static func groupBlocks(_ pieces: [Piece]) -> [Block] {
        let segments = pieces.compactMap { piece -> LayoutSegment? in
            if case .text(let segment) = piece { return segment }
            return nil
        }
        let bodySize = PositionedWord.dominantSize(segments.flatMap(\.words))
        let pitches = modalPitches(segments)
        var built: [(block: Block, lines: [[LayoutSegment]])] = []
        var current: [[LayoutSegment]] = []

        func flush() {
            if let block = makeBlock(current, bodySize: bodySize) { built.append((block, current)) }
            current = []
        }

        for piece in pieces {
            switch piece {
            case .table(let zone):
                flush()
                built += zone.blocks().map { ($0, []) }
            case .text(let segment):
                switch relation(of: segment, to: current, pitches: pitches) {
                case .sameLine: current[current.count - 1].append(segment)
                case .nextLine: current.append([segment])
                case .newBlock:
                    flush()
                    current = [[segment]]
                }
            }
        }
        flush()
        var pageRight: [Int: Double] = [:]
        for segment in segments { pageRight[segment.page] = max(pageRight[segment.page] ?? 0, segment.box.x1) }
        return joinAcrossPages(built, pageRight: pageRight)
    }

    /// Rejoins a paragraph that a page break split where the text alone cannot tell (the next
    /// page goes on with a capital, or the page's last line ends a sentence), as SPEC.md says
    /// the layout decides: the page's last line is full — the next page's first word would not
    /// have fitted on it — and the next page's first block is in the same font and starts at
    /// the paragraph's left edge, not indented. (A split before a lower-case word is left to
    /// `ParagraphJoiner.joinPageBreaks`, as for text inputs.)
    static func joinAcrossPages(_ built: [(block: Block, lines: [[LayoutSegment]])], pageRight: [Int: Double]) -> [Block] {
        var out: [(block: Block, lines: [[LayoutSegment]])] = []
        for item in built {
            if out.last.map({ continuesOverPage($0, item, pageRight: pageRight) }) == true {
                // In place: no copy of the block held meanwhile, so long runs stay linear.
                let last = out.count - 1
                out[last].block.lines += item.block.lines
                WrappedText.append(item.block.text, to: &out[last].block.text)
                out[last].block.origins += item.block.origins
                out[last].lines += item.lines
            } else {
                out.append(item)
            }
        }
        return out.map(\.block)
    }

    /// The width of a word space, as a share of the font size (a quarter em in the letters'
    /// fonts; a little under, so a word that just fits is taken to fit).
    static let wordSpaceShare = 0.2
    /// How far (in font sizes) a line may start right of the paragraph's left edge and still
    /// not be indented: glyph side bearings and justified text shift a line by a fraction.
    static let indentShare = 0.8

    static func continuesOverPage(_ a: (block: Block, lines: [[LayoutSegment]]), _ b: (block: Block, lines: [[LayoutSegment]]),
                                  pageRight: [Int: Double]) -> Bool {
        guard a.block.kind == .paragraph, b.block.kind == .paragraph, !a.block.styledAsHeading, !b.block.styledAsHeading,
              !b.block.isListItem, let aFirst = a.lines.first?.first, let aLast = a.lines.last,
              let bFirst = b.lines.first?.first, let firstWord = bFirst.words.first,
              let first = b.block.text.first, !first.isLowercase,
              bFirst.page == aFirst.page + 1, let right = pageRight[aFirst.page] else { return false }
        let size = max(1, aFirst.fontSize)
        guard LayoutTolerance.sameFontSize(aFirst.fontSize, bFirst.fontSize), aFirst.isBold == bFirst.isBold else { return false }
        let bodyLines = a.lines.count > 1 ? a.lines.dropFirst() : a.lines[...]
        let left = bodyLines.compactMap { $0.first?.box.x0 }.min() ?? aFirst.box.x0
        let lastRight = aLast.map(\.box.x1).max() ?? 0
        guard right - left > 0 else { return false }
        let wouldHaveFitted = lastRight + wordSpaceShare * size + firstWord.box.width <= right
        return !wouldHaveFitted && bFirst.box.x0 <= left + indentShare * size
    }

    enum Relation { case sameLine, nextLine, newBlock }

    /// How a segment goes on from the block being built.
    static func relation(of segment: LayoutSegment, to block: [[LayoutSegment]], pitches: [Double: Double]) -> Relation {
        guard let line = block.last, let last = line.last, let lineStart = line.first,
              let blockStart = block.first?.first, segment.page == last.page else { return .newBlock }
        let size = max(1, segment.fontSize)
        guard LayoutTolerance.sameFontSize(segment.fontSize, blockStart.fontSize), segment.isBold == blockStart.isBold else { return .newBlock }
        // On the same baseline, further right: the same visual line.
        if LayoutTolerance.sameBaseline(segment.baseline, last.baseline, size: size) {
            return segment.box.x0 >= last.box.x1 - ParagraphGeometry.sameLineOverlap ? .sameLine : .newBlock
        }
        if segment.textStartAfterBullet != nil { return .newBlock }
        let lineBaseline = line.map(\.baseline).max() ?? last.baseline
        let pitch = segment.baseline - lineBaseline
        guard pitch > ParagraphGeometry.minimumPitchShare * size, pitch <= pitchLimit(size, pitches) else { return .newBlock }
        let lineBox = line.dropFirst().reduce(lineStart.box) { $0.union($1.box) }
        let dx = segment.box.x0 - lineBox.x0
        let tolerance = ParagraphGeometry.alignedEdgeShare * size
        if abs(dx) <= tolerance { return .nextLine }
        if block.count == 1, dx < 0, -dx <= ParagraphGeometry.firstLineIndentShare * size { return .nextLine }  // first line indented
        if block.count == 1, let hang = lineStart.textStartAfterBullet, abs(segment.box.x0 - hang) <= tolerance {
            return .nextLine  // hanging indent after a bullet
        }
        let centre = (segment.box.x0 + segment.box.x1) / 2
        if abs(centre - (lineBox.x0 + lineBox.x1) / 2) <= ParagraphGeometry.centredSlack { return .nextLine }  // centred lines
        return .newBlock
    }

    /// The widest baseline-to-baseline distance that still continues a paragraph
    /// (`ParagraphGeometry`: a quarter more than the usual pitch of lines in that font size).
    static func pitchLimit(_ size: Double, _ pitches: [Double: Double]) -> Double {
        if let usual = pitches[sizeKey(size)] {
            return max(ParagraphGeometry.pitchGrowth * usual, ParagraphGeometry.minimumContinuingPitchShare * size)
        }
        return ParagraphGeometry.defaultContinuingPitchShare * size
    }

    static func sizeKey(_ size: Double) -> Double { (size * 2).rounded() / 2 }

    /// For each font size, the most common distance between consecutive left-aligned lines of
    /// that size (`ParagraphGeometry.countedPitchShares`, `minimumPitchCount`).
    static func modalPitches(_ segments: [LayoutSegment]) -> [Double: Double] {
        var counts: [Double: [Double: Int]] = [:]
        for (a, b) in zip(segments, segments.dropFirst()) {
            guard a.page == b.page, LayoutTolerance.sameFontSize(a.fontSize, b.fontSize), a.isBold == b.isBold else { continue }
            let size = max(1, a.fontSize)
            let pitch = b.baseline - a.baseline
            guard pitch > ParagraphGeometry.countedPitchShares.above * size, pitch <= ParagraphGeometry.countedPitchShares.upTo * size,
                  abs(a.box.x0 - b.box.x0) <= ParagraphGeometry.alignedEdgeShare * size else { continue }
            counts[sizeKey(size), default: [:]][(pitch * 2).rounded() / 2, default: 0] += 1
        }
        var out: [Double: Double] = [:]
        for (size, histogram) in counts {
            guard let best = histogram.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }),
                  best.value >= ParagraphGeometry.minimumPitchCount else { continue }
            out[size] = best.key
        }
        return out
    }

    /// `text.split(separator: " ").count`, counted on the bytes when the text is ASCII.
    static func wordCount(_ text: String) -> Int {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").count }
        var count = 0
        var inWord = false
        var text = text
        // The bytes in place (`withUTF8`), not through the UTF-8 view's iterator.
        text.withUTF8 { bytes in
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
        }
        return count
    }

    /// A paragraph block from visual lines of segments.
    static func makeBlock(_ lines: [[LayoutSegment]], bodySize: Double) -> Block? {
        let segments = lines.flatMap { $0 }
        guard let first = segments.first, let page = segments.first?.page else { return nil }
        let texts = lines.map { line in line.map(\.text).joined(separator: " ") }.filter { !$0.isEmpty }
        guard !texts.isEmpty else { return nil }
        let text = WrappedText.unwrap(texts)
        let box = segments.dropFirst().reduce(first.box) { $0.union($1.box) }
        let words = segments.flatMap(\.words)
        let size = PositionedWord.dominantSize(words)
        let bold = segments.allSatisfy(\.isBold)
        let wordCount = LayoutNormalizer.wordCount(text)
        let heading = (bold || size >= ParagraphGeometry.headingSizeRatio * bodySize)
            && texts.count <= ParagraphGeometry.headingMaxLines && wordCount <= ParagraphGeometry.headingMaxWords
        return Block(kind: .paragraph, lines: texts, text: text, styledAsHeading: heading,
                     origins: [Origin(page: page, box: box.rounded)])
    }
}
