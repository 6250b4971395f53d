/// Normalizes text renderings: strips markup, drops page furniture, groups lines into blocks at
/// blank lines, keeps tab-separated rows as table rows and unwraps hard-wrapped paragraphs.
public enum TextNormalizer {
    /// A line longer than any hard wrap: where the prose is not hard-wrapped (no wrap width), a
    /// block holding one is split into a block per line. The most characters a line of a letter
    /// sets: 190 mm (A4 less 1 cm margins) of 8-point type hold about 135. Measured on the
    /// renderings of 7 producers' PDFs: hard-wrapped prose lines reach 105 (LibreOffice from a
    /// Word document) and 136 (fpdf2's DejaVu); unwrapped paragraphs run to 300-700.
    static let unwrappedLineLength = 140

    /// The passes: tabs that part no cells read as word gaps (`TabWordGaps`), each line's kind
    /// (`TextLineKind`; tables aligned with spaces found over the whole text first, as they run
    /// over pages), lines of a kind gathered into blocks (prose by `ProseGatherer`, aligned
    /// tables by `LayoutTextTable`, cell rows one block each), then the tables whose rendering
    /// lost their shape rebuilt (`tablePasses`).
    public static func blocks(_ pages: [ExtractedPage]) -> [Block] {
        let pages = TabWordGaps.spaced(pages)
        let width = proseWidth(pages)
        // Each line's role in a table, found once over the whole text without its furniture (a
        // table runs over pages): side-by-side columns are read only outside tables, and the
        // lines they reorder are no table's, so the roles go with the lines.
        let stripped = pages.map { TextPageFurniture.strip($0.lines) }
        var strippedRoles = LayoutTextRegions.roles(stripped.flatMap { $0.map { ColumnText.clean($0.text) } })[...]
        var pageLines: [[TextLine]] = []
        var roles: [LayoutTextRegions.Role?] = []
        for (page, lines) in zip(pages, stripped) {
            let read = ColumnText.deinterleave(lines, roles: Array(strippedRoles.prefix(lines.count)), page: page.number)
            strippedRoles = strippedRoles.dropFirst(lines.count)
            pageLines.append(read.lines)
            roles += read.roles
        }
        var blocks: [Block] = []
        var alignedTable: LayoutTextTable? = nil
        var lineIndex = 0
        for (page, lines) in zip(pages, pageLines) {
            var prose = ProseGatherer(page: page.number, width: width)
            for line in lines {
                let raw = ColumnText.clean(line.text)
                let kind = TextLineKind(raw, role: roles[lineIndex])
                lineIndex += 1
                if case .alignedTable(let role) = kind {
                    var table = alignedTable ?? LayoutTextTable()
                    if alignedTable == nil { prose.end(into: &blocks) }
                    alignedTable = nil  // `table` alone holds the lines while one is added
                    table.add(raw, role: role, page: page.number, number: line.lineNumber)
                    alignedTable = table
                    continue
                }
                if let table = alignedTable {
                    blocks += table.blocks()
                    alignedTable = nil
                }
                switch kind {
                case .cells(let rows):
                    prose.end(into: &blocks)
                    for cells in rows {
                        let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
                        blocks.append(Block(kind: .tableRow, lines: [text], text: text, cells: cells,
                                            origins: [Origin(page: page.number, firstLine: line.lineNumber, lastLine: line.lineNumber)]))
                    }
                case .gap:
                    prose.end(into: &blocks)
                case .prose(let clean):
                    prose.add(clean, raw: raw, number: line.lineNumber, into: &blocks)
                case .layoutMarkup, .alignedTable:
                    break
                }
            }
            prose.end(into: &blocks)
        }
        if let table = alignedTable { blocks += table.blocks() }
        return tablePasses.reduce(blocks) { $1($0) }
    }

    /// Tables whose rendering lost their shape, rebuilt in order: a header set as several rows
    /// of cells made one (`CellHeaderBand`), rows whose cells were joined by spaces split into
    /// lines of a flat table (`FlatTableLines`, also column by column), a table written one
    /// cell per paragraph gathered into rows (`CellStreamTable`).
    static let tablePasses: [@Sendable ([Block]) -> [Block]] = [
        CellHeaderBand.merge, FlatTableLines.rebuild, CellStreamTable.rebuild,
    ]

    /// The width prose is wrapped at: in characters, the median length of the long lines (at
    /// least 60 % of the longest) among those that are neither longer than any hard wrap nor
    /// rows of cells aligned with spaces (not the longest: a line in smaller type holds more);
    /// and as set in a proportional typeface (`ProportionalWidth`), the `fullLineShare`
    /// quantile of the same lines' widths.
    ///
    /// `WrapWidth.none` (no paragraph is cut) where the text is not hard-wrapped: where more
    /// than a tenth of its long prose lines are longer than any hard wrap, or too few lines
    /// are long.
    static func proseWidth(_ pages: [ExtractedPage]) -> WrapWidth {
        var texts: [String] = []
        var overLong = 0
        for page in pages {
            for line in page.lines {
                let text = MarkupStripper.trimmed(line.text)
                // A table row is no prose: cells apart by tabs or runs of spaces, a row that
                // starts with its reference, a pipe row or the `|---|` line under a header.
                guard !text.utf8.contains(0x09), TextSearch.contains(text, "  ") == false,
                      !ReferenceNumber.startsLine(text), text.utf8.first != UInt8(ascii: "|") else { continue }
                if text.utf8.count > unwrappedLineLength { overLong += 1; continue }
                texts.append(text)
            }
        }
        let lengths = texts.map(\.unicodeScalars.count)
        let wrapped = lengths.filter { $0 >= 40 }.count
        guard wrapped >= 5, overLong * 10 <= wrapped, let longest = lengths.max() else { return .none }
        let long = zip(lengths, texts).filter { $0.0 * 10 >= longest * 6 }
        let characters = long.map(\.0).sorted()
        let measured = long.map { ProportionalWidth.of($0.1) }.sorted()
        return WrapWidth(characters: characters[characters.count / 2],
                         measured: measured[min(measured.count - 1, Int(Double(measured.count) * fullLineShare))])
    }

    /// The share of a text's long lines narrower than a full line, as set: lines of prose
    /// wrap short of the width by up to a word, and a few run longer (the last line of a
    /// paragraph justified, a word of wide letters); the 90th of a hundred is near the
    /// widest line without being the one widest.
    static let fullLineShare = 0.9

    /// How far short of a full line, as a share of it, a sentence's last line and the next
    /// line's first word must stay to have fitted (`paragraphEnds`): the typeface is a
    /// guess (`ProportionalWidth`), a font's own widths differ from it by a few hundredths.
    static let measuredSlack = 0.02

    /// How many lines before a line, and after the next, show the width its paragraph was
    /// wrapped at: a paragraph's lines share it, and three on each side hold a full line
    /// of any paragraph but the shortest.
    static let nearbyLines = 3

    /// Indices of lines after which a paragraph ends although no blank line follows: the next
    /// line's first word would have fitted on the line (so the break was made on purpose), and
    /// the next line starts as a new paragraph does — not in lower case. Wrapped prose never
    /// breaks so: a wrap breaks only where the next word does not fit. Type is proportional and
    /// measured here in characters, so a line must leave room to spare: a twentieth of the width
    /// after a full stop (or `:`, `!`, `?`), a quarter after anything else (a heading, an
    /// address line).
    ///
    /// Only a block holding wrapped prose (a line of at least 60 % of the width) is
    /// cut so, and any block before its salutation ("Dear …"), which is a paragraph of its own:
    /// a letterhead run into it is cut into its lines, as the recipient's address is read line
    /// by line. Other blocks of short lines (an address, a signature) stay whole.
    static func paragraphEnds(_ lines: [String], width wrap: WrapWidth) -> [Int] {
        let width = wrap.characters
        if let salutation = lines.indices.dropFirst().first(where: { LetterWords.isSalutation(lines[$0]) }) {
            // Every line before the salutation on its own, the salutation alone, then the rest.
            let rest = Array(lines[(salutation + 1)...])
            let restEnds = rest.count > 1 ? paragraphEnds(rest, width: wrap).map { $0 + salutation + 1 } : []
            return Array(0..<salutation) + (salutation + 1 < lines.count ? [salutation] : []) + restEnds
        }
        guard width >= 40, lines.contains(where: { $0.unicodeScalars.count * 10 >= width * 6 }) else {
            return panelEnds(lines)
        }
        let setWidths = lines.map { ProportionalWidth.of(MarkupStripper.trimmed($0)) }
        // A line with the next line's first word, as set.
        func withNextWord(_ i: Int) -> Double {
            setWidths[i] + ProportionalWidth.of(" " + lines[i + 1].prefix { $0 != " " })
        }
        // Where the next line goes on in lower case the line was wrapped: its next word did
        // not fit, so the line with that word is wider than the wrap width.
        let overflows: [Double?] = lines.indices.map { i in
            guard i + 1 < lines.count, let first = lines[i + 1].unicodeScalars.first, first.properties.isLowercase,
                  !lines[i].hasSuffix("-") else { return nil }
            return withNextWord(i)
        }
        let afterSentence = width - max(3, width / 20)
        let otherwise = width * 3 / 4
        var ends: [Int] = []
        for i in 0..<(lines.count - 1) {
            let next = lines[i + 1]
            guard let first = next.unicodeScalars.first, !first.properties.isLowercase else { continue }
            // A lead-in and its text after a dash are one paragraph.
            if next.hasPrefix("- "), LetterWords.hasHeadingShape(lines[i], maxWords: leadInWords) { continue }
            let firstWord = next.prefix { $0 != " " }.unicodeScalars.count
            let line = lines[i].unicodeScalars.count
            let endsSentence = lines[i].last.map { ".:!?".contains($0) } == true
            let limit = endsSentence ? afterSentence : otherwise
            // After a sentence, the line as set: a line of narrow letters holds more characters.
            // The word must fit within a width that a line near it reached (`nearbyLines`; a
            // text may set some paragraphs wider than others), and not beyond a full line of
            // the text (a longer line may be a table's cells run together).
            let window = max(0, i - nearbyLines)...min(lines.count - 1, i + 1 + nearbyLines)
            let nearby = setWidths[window].max() ?? 0
            let candidate = withNextWord(i)
            // Or within a width a line near it reached and short of every nearby line that
            // wrapped with its next word: the text's own wrap width bounds it from both sides,
            // whatever its typeface.
            let overflow = window.lazy.compactMap { overflows[$0] }.min()
            let fitsAsSet = endsSentence && wrap.measured > 0
                && (candidate <= min(nearby, wrap.measured) * (1 - measuredSlack)
                    || (candidate <= nearby && overflow.map { candidate <= $0 * (1 - measuredSlack) } == true))
            if (line + 1 + firstWord <= limit || fitsAsSet) && !lines[i].hasSuffix("-") {
                ends.append(i)
            } else if startsHeading(lines, at: i + 1, width: width) || LetterWords.panelSubject(next) != nil
                        || (LetterWords.closing(next) != nil && LetterWords.words(next).count <= closingLineWords)
                        || LetterWords.panelSubject(lines[i]) != nil
                        || (endsSentence && startsWithLeadIn(next)) {
                // A panel's heading and a closing ("Yours sincerely,") stand alone, whatever
                // ends the line before them; a lead-in run into its text ("Compliance with
                // recommendations - We recommend …") starts a paragraph after a sentence, even
                // where the line before is full.
                ends.append(i)
            }
        }
        return ends
    }

    /// Where narrow lines run statistics panels together (pypdf and pdfplumber set the panels
    /// one under another, a panel's heading and its text wrapped to the panel's width, with no
    /// blank line): a cut before each line that starts a panel's heading, before a figure right
    /// under a heading, and before the line where a nothing-to-report statement starts
    /// ("The Ombudsman carried out no" ⏎ "detailed investigations …"). In a block that holds
    /// no panel's text only a panel's heading is cut off (a signatory's roles run into the
    /// first panel's heading: "Chair, Commission for Local Administration in England" ⏎
    /// "Complaints upheld"), as it is in wrapped prose (`paragraphEnds`).
    static func panelEnds(_ lines: [String]) -> [Int] {
        guard lines.count > 1 else { return [] }
        guard LetterWords.looksLikePanelContent(lines.joined(separator: " ")) else {
            return lines.indices.dropFirst().filter { isWholePanelHeading(lines[$0]) }.map { $0 - 1 }
        }
        /// Whether a statement stands in the lines from `k` (as far as a statement wraps).
        func statement(from k: Int) -> Bool {
            k < lines.count
                && LetterWords.nothingToReport(lines[k..<min(lines.count, k + statementLines)].joined(separator: " ")) != nil
        }
        var ends: [Int] = []
        var inHeading = LetterWords.panelSubject(lines[0]) != nil
        for k in 1..<lines.count {
            let startsHeading = LetterWords.panelSubject(lines[k]) != nil
            let startsStatement = statement(from: k) && !statement(from: k + 1)
            let startsFigure = startsFigure(lines[k])
            if startsHeading || startsStatement || (inHeading && startsFigure) { ends.append(k - 1) }
            if startsHeading { inHeading = true } else if startsStatement || startsFigure { inHeading = false }
        }
        return ends
    }

    /// A line that is a panel's heading and nothing else: it names a panel
    /// (`LetterWords.panelSubject`), ends no sentence inside ("We uphold. Newcastle-" is prose)
    /// and does not go on to the next line after a hyphen or a lead-in's dash.
    static func isWholePanelHeading(_ line: String) -> Bool {
        guard LetterWords.panelSubject(line) != nil, !line.hasSuffix("-") else { return false }
        return !line.split(separator: " ").dropLast().contains { word in word.last.map { ".!?".contains($0) } == true }
    }

    /// A panel's figure starts the line ("100%", "In 40%", "5" ⏎ "upheld decisions"): right
    /// under a panel's heading, the heading has ended.
    static func startsFigure(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 2)
        guard let first = words.first else { return false }
        if first.first?.isNumber == true { return true }
        return words.count > 1 && first == "In" && words[1].first?.isNumber == true
    }

    /// A nothing-to-report statement wraps over at most three lines of a narrow panel.
    static let statementLines = 3

    /// Whether a line "- …" goes on from the line before rather than starting a list item: the
    /// line before is in heading shape (a lead-in such as "Complaints upheld") and starts its
    /// own line of text (what stands before it ended a sentence), is not a marked heading, and
    /// the dash is a plain hyphen.
    static func continuesLeadIn(_ raw: String, after pending: [String], heading: Bool) -> Bool {
        guard !heading, let leadIn = pending.last, MarkupStripper.trimmed(raw).hasPrefix("- ") else { return false }
        // The lead-in starts its line: the line before it (if any) ended a sentence.
        let before = pending.dropLast().last
        guard before.map({ $0.last.map { ".:!?".contains($0) } ?? false }) ?? true else { return false }
        return LetterWords.hasHeadingShape(leadIn, maxWords: leadInWords)
    }

    /// Whether a line starts with a lead-in run into its text: the words before the line's first
    /// dash between spaces ("Satisfactory remedies provided by the authority - We want …") are
    /// in heading shape and no more than a lead-in's (`leadInWords`). Where a renderer kept the
    /// lead-in's bold this is a heading's style; the words alone are what every rendering keeps.
    static func startsWithLeadIn(_ line: String) -> Bool {
        guard let dash = line.range(of: " - ") ?? line.range(of: " \u{2013} ") else { return false }
        return LetterWords.hasHeadingShape(String(line[..<dash.lowerBound]), maxWords: leadInWords)
    }

    /// Most words of a line that is a closing ("Yours sincerely,", "With best wishes,"): a
    /// wrapped line of prose that happens to start with "Yours" or "Regards" is longer.
    static let closingLineWords = 4

    /// Most words of a lead-in ("Satisfactory remedies provided by the authority").
    static let leadInWords = 8

    /// A heading standing on its own line between paragraphs that no blank line sets apart: the
    /// line before it ends a sentence, it is short (under `headingShareTenths` of the width) and in
    /// heading shape, and the line after it starts a sentence. (Wrapped prose never leaves a
    /// short line without a full stop before a line that starts a sentence.)
    static func startsHeading(_ lines: [String], at index: Int, width: Int) -> Bool {
        guard index > 0, index + 1 < lines.count, let end = lines[index - 1].last, ".:!?".contains(end),
              lines[index].unicodeScalars.count * 10 < width * headingShareTenths,
              LetterWords.hasHeadingShape(lines[index]),
              let next = lines[index + 1].first, next.isUppercase else { return false }
        return true
    }

    /// A heading line is shorter than 6/10 of the wrap width: headings are a few words.
    static let headingShareTenths = 6

    /// A markdown link that a hard wrap split (`[Your council's` ⏎ `performance](#)`) is
    /// resolved across the block's lines, which keep their line breaks.
    static func rejoinSplitLinks(_ lines: [String]) -> [String] {
        guard lines.count > 1, lines.contains(where: { $0.contains("](") }) else { return lines }
        let joined = MarkupStripper.stripEmphasisAndLinks(lines.joined(separator: "\n"))
        return joined.split(separator: "\n", omittingEmptySubsequences: true).map { MarkupStripper.foldWhitespace(String($0)) }
    }

    /// "Page 2", "Page 2 of 5", "- 2 -": a page number a converter left on a line of its own,
    /// marked as one (a bare number could be a figure of the letter; `TextPageFurniture` takes
    /// those at a page's edge).
    static func isPageFurniture(_ text: String) -> Bool {
        PageNumber.read(text)?.isMarked ?? false
    }
}
