import Foundation

/// Page furniture of a PDF: page numbers ("2", "Page 2", "2 of 5", "- 2 -") and running
/// headers and footers (the same text at the same height on several pages), found only in
/// the top and bottom margin bands and only as the outermost lines of a page — so nothing
/// of the letter itself (a table row near the bottom, a repeated table header) is taken.
enum PageFurniture {
    /// The share of the page height that counts as the top or bottom margin band.
    static let band = 0.1

    /// The pages with their furniture removed (words of a line that is partly furniture stay).
    static func strip(_ pages: [ExtractedPage]) -> [ExtractedPage] {
        let pageCount = pages.count
        // Candidate segments: those in a margin band, keyed for the repetition test.
        struct Candidate { var page: Int; var segment: LayoutSegment; var key: String }
        var candidates: [Candidate] = []
        // The band lines' segments, by page index and line index (split once, used twice).
        var bandSegments: [[Int: [Candidate]]] = Array(repeating: [:], count: pages.count)
        for (pageIndex, page) in pages.enumerated() {
            let height = pageHeight(page)
            for (lineIndex, line) in page.lines.enumerated() {
                guard let box = line.box, inBand(box, height: height) else { continue }
                let split = LayoutSegment.split(line, page: page.number).map {
                    Candidate(page: page.number, segment: $0, key: repetitionKey($0.text, page: page.number))
                }
                candidates += split
                bandSegments[pageIndex][lineIndex] = split
            }
        }
        func repeated(_ candidate: Candidate) -> Bool {
            candidates.contains { other in
                other.page != candidate.page && other.key == candidate.key
                    && abs(other.segment.box.y0 - candidate.segment.box.y0) <= 3
                    && min(other.segment.box.x1, candidate.segment.box.x1)
                        - max(other.segment.box.x0, candidate.segment.box.x0) > 0
            }
        }
        func isFurniture(_ candidate: Candidate) -> Bool {
            isPageNumber(candidate.segment.text, pageCount: pageCount) || (pageCount > 1 && repeated(candidate))
        }

        return pages.enumerated().map { pageIndex, page in
            let height = pageHeight(page)
            var removed = Set<Int>()
            let order = page.lines.indices.sorted { (page.lines[$0].box?.y0 ?? 0) < (page.lines[$1].box?.y0 ?? 0) }
            // From the bottom up, then from the top down: the outermost lines that are furniture
            // as a whole, and set apart from the text (a table's wrapped line close under its
            // row is never furniture, whatever it says).
            for sequence in [Array(order.reversed()), order] {
                var taken: [Int] = []
                for index in sequence {
                    let line = page.lines[index]
                    guard !removed.contains(index), let box = line.box, inBand(box, height: height),
                          !isTableHeader(line) else { break }
                    // Only band lines get here, and those were split above.
                    guard let segments = bandSegments[pageIndex][index], !segments.isEmpty,
                          segments.allSatisfy(isFurniture) else { break }
                    taken.append(index)
                }
                let rest = sequence.filter { !taken.contains($0) && !removed.contains($0) }
                while let innermost = taken.last, let next = rest.first,
                      let a = page.lines[innermost].box, let b = page.lines[next].box {
                    let gap = a.y0 > b.y0 ? a.y0 - b.y1 : b.y0 - a.y1
                    if gap >= max(1, page.lines[innermost].fontSize ?? LayoutTolerance.defaultFontSize) { break }
                    taken.removeLast()
                }
                removed.formUnion(taken)
            }
            var out = page
            out.lines = page.lines.indices.filter { !removed.contains($0) }.map { page.lines[$0] }
            return out
        }
    }

    static func pageHeight(_ page: ExtractedPage) -> Double {
        page.height ?? ((page.lines.compactMap { $0.box?.y1 }.max() ?? 0) + 36)
    }

    static func inBand(_ box: Box, height: Double) -> Bool {
        box.y1 <= band * height || box.y0 >= (1 - band) * height
    }

    static func isTableHeader(_ line: TextLine) -> Bool {
        TableField.isHeader(line.words.lazy.map(\.text))
    }

    /// A page number no larger than the page count allows (so a small figure of the letter
    /// is not taken for one).
    static func isPageNumber(_ text: String, pageCount: Int) -> Bool {
        PageNumber.read(text)?.fits(pageCount: pageCount) ?? false
    }

    /// The text with this page's number (as a whole token) blanked, so "Annual review – page 2"
    /// and "Annual review – page 3" compare equal.
    static func repetitionKey(_ text: String, page: Int) -> String {
        let number = String(page)
        // Most text holds no such number at all: nothing to blank.
        guard TextSearch.contains(text, number) else { return text }
        return text.split(separator: " ").map { token in
            let core = token.drop(while: keyPunctuation.contains).reversed().drop(while: keyPunctuation.contains)
            return core.elementsEqual(number.reversed()) ? String(token.replacing(number, with: "#")) : String(token)
        }.joined(separator: " ")
    }

    /// What may stand around a page number in a running head ("(2)", "– 2 –", "2.").
    static let keyPunctuation: Set<Character> = ["(", ")", "[", "]", "-", "–", "—", ".", ",", ":", "|", "/"]
}
