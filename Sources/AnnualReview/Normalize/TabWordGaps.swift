/// Tabs a renderer set for the gaps between words, not between cells. Some tools write a tab
/// for a word gap they measured on the page: pypdf of a PDF whose words are placed one by one
/// (wkhtmltopdf's) writes one between every two words ("I\twrite\tto\tyou"), markitdown
/// (pdfminer) of the same PDF between the words of a table cell while spaces part the cells
/// ("21000139 Westminster\tCity\tCouncil Corporate\t&\tOther\tServices 03\tApr\t2021").
///
/// A text whose tabs part cells (tab-separated rows, as the seeds' renderings set tables) has
/// rows that a tab cuts right after the row's reference, or after the Reference header's name:
/// every letter's table has the reference first. Where no line is cut so, the text's tabs are
/// word gaps, read as spaces before any other pass looks for cells.
enum TabWordGaps {
    /// The pages with their tabs read as word gaps, where the text's tabs part no cells.
    static func spaced(_ pages: [ExtractedPage]) -> [ExtractedPage] {
        let lines = pages.lazy.flatMap(\.lines)
        guard lines.contains(where: { $0.text.utf8.contains(0x09) }),
              !lines.contains(where: { partsCells($0.text) }) else { return pages }
        return pages.map { page in
            var page = page
            for index in page.lines.indices where page.lines[index].text.utf8.contains(0x09) {
                page.lines[index].text = spaced(page.lines[index].text)
            }
            return page
        }
    }

    /// Whether a line is a row of tab-parted cells: its part before the first tab is a
    /// reference or the Reference header's name, alone, and some text follows the tab.
    static func partsCells(_ line: String) -> Bool {
        guard let tab = line.firstIndex(of: "\t") else { return false }
        let first = MarkupStripper.clean(String(line[..<tab])).text
        let rest = line[line.index(after: tab)...]
        guard rest.contains(where: { $0 != "\t" && $0 != " " }) else { return false }
        return ReferenceNumber.isReference(first) || (TableField.namesReference(first) && !first.contains(" "))
    }

    /// The line with each run of white space that holds a tab read as one space (none at the
    /// line's start); runs of spaces alone are kept.
    static func spaced(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var gap = ""
        for character in line {
            if character == "\t" || character == " " {
                gap.append(character)
                continue
            }
            if !gap.isEmpty {
                if gap.contains("\t") {
                    if !out.isEmpty { out += " " }
                } else {
                    out += gap
                }
                gap = ""
            }
            out.append(character)
        }
        return out
    }
}
