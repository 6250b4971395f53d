import Foundation

/// Columns of text set side by side in a text rendering (the statistics panels as
/// `pdftotext -layout` writes them: "Complaints upheld", "Compliance with …" and "Satisfactory
/// remedies …" on one line, each panel's lines under its title). Such a run of lines is read
/// column by column, so each panel's text comes out whole and in order, as the other
/// renderings give it.
///
/// A run starts at a line cut into two to four parts by wide gaps (three spaces or more) and
/// holds the lines below whose parts each start inside one column and end before the next
/// column starts; a line that runs across a column's start ends it. The columns are where the
/// parts of the run's first line start. Tables are not taken for columns: they are read before
/// (`LayoutTextTable`), and a run needs lines in two columns or more that are not table rows.
enum ColumnText {
    /// A part of a line: where it starts and ends (in characters) and its text.
    struct Part {
        var start: Int
        var end: Int
        var text: String
    }

    /// Wide gaps: this many spaces or more.
    static let gap = 3

    static func parts(_ text: String) -> [Part] {
        var parts: [Part] = []
        var column = 0
        var current = ""
        var start = 0
        var spaces = 0
        for character in text {
            if character == " " || character == "\u{A0}" {
                spaces += 1
            } else {
                if !current.isEmpty, spaces >= gap {
                    parts.append(Part(start: start, end: column - spaces, text: current))
                    current = ""
                }
                if current.isEmpty {
                    start = column
                } else if spaces > 0 {
                    current += " "
                }
                spaces = 0
                current.append(character)
            }
            column += 1
        }
        if !current.isEmpty { parts.append(Part(start: start, end: column - spaces, text: current)) }
        return parts
    }

    /// The page's lines with every run of side-by-side columns read column by column, and each
    /// line's role in a table (`roles`, one a line of `lines`) carried with it: a run's lines
    /// are no table's.
    static func deinterleave(_ lines: [TextLine], roles: [LayoutTextRegions.Role?], page: Int)
        -> (lines: [TextLine], roles: [LayoutTextRegions.Role?]) {
        // Cheap test first: most pages have no line with a wide gap inside it.
        guard lines.contains(where: { hasInnerGap($0.text) }) else { return (lines, roles) }
        let inTable = tableLines(lines, roles: roles)
        var out: [TextLine] = []
        var outRoles: [LayoutTextRegions.Role?] = []
        out.reserveCapacity(lines.count)
        outRoles.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            if !inTable[i], let run = run(lines, at: i, inTable: inTable) {
                out += run.lines
                outRoles += Array(repeating: nil, count: run.lines.count)
                i = run.end
            } else {
                out.append(lines[i])
                outRoles.append(roles[i])
                i += 1
            }
        }
        return (out, outRoles)
    }

    /// Whether the text has a wide gap between two of its words.
    static func hasInnerGap(_ text: String) -> Bool {
        var seenText = false
        var spaces = 0
        for byte in text.utf8 {
            if byte == 0x20 {
                spaces += 1
            } else {
                if seenText && spaces >= gap { return true }
                seenText = true
                spaces = 0
            }
        }
        return false
    }

    /// The run of columns starting at `index`, read column by column, and the index after it.
    static func run(_ lines: [TextLine], at index: Int, inTable: [Bool]) -> (lines: [TextLine], end: Int)? {
        let first = parts(clean(lines[index].text))
        guard (2...4).contains(first.count), !looksTabular(first) else { return nil }
        let starts = first.map(\.start)
        func column(of part: Part) -> Int? {
            guard let k = starts.lastIndex(where: { $0 <= part.start + 1 }) else { return nil }
            // A part reaching past the next column's start is not inside this column.
            if k + 1 < starts.count, part.end > starts[k + 1] - 1 { return nil }
            return k
        }
        var placed: [[(column: Int, part: Part)]?] = []  // nil: a blank line
        var end = index
        var multiColumnLines = 0
        while end < lines.count, !inTable[end] {
            let lineParts = parts(clean(lines[end].text))
            if lineParts.isEmpty { placed.append(nil); end += 1; continue }
            let columns = lineParts.map(column)
            guard columns.allSatisfy({ $0 != nil }), !looksTabular(lineParts) else { break }
            let byColumn = zip(columns, lineParts).compactMap { column, part in column.map { ($0, part) } }
            if Set(byColumn.map(\.0)).count >= 2 { multiColumnLines += 1 }
            placed.append(byColumn)
            end += 1
        }
        // Trailing blank lines stay outside the run.
        while end > index, placed.last.map({ $0 == nil }) == true { placed.removeLast(); end -= 1 }
        guard multiColumnLines >= 3 else { return nil }

        // A blank line before the run: it is a region of its own.
        var out: [TextLine] = [TextLine(text: "", lineNumber: lines[index].lineNumber)]
        for k in starts.indices {
            var previousBlank = true
            for (offset, entry) in placed.enumerated() {
                let texts = (entry ?? []).filter { $0.column == k }.map(\.part.text)
                let source = lines[index + offset]
                if texts.isEmpty {
                    if !previousBlank { out.append(TextLine(text: "", lineNumber: source.lineNumber)) }
                    previousBlank = true
                } else {
                    out.append(TextLine(text: texts.joined(separator: " "), lineNumber: source.lineNumber))
                    previousBlank = false
                }
            }
            if !previousBlank { out.append(TextLine(text: "", lineNumber: lines[end - 1].lineNumber)) }
        }
        return (out, end)
    }

    /// The line without the form feed a page break left at its start.
    static func clean(_ text: String) -> String {
        // Not Foundation's `replacingOccurrences`: on Linux it crashed (index out of range)
        // under the test suite's parallel conversions.
        text.utf8.contains(0x0C) ? String(text.unicodeScalars.filter { $0 != "\u{0C}" }) : text
    }

    /// Which lines a table takes, as the text normalizer will read them: a table aligned with
    /// spaces (a line with a role in one), and rows of cells (pipes, tabs, HTML cells), whose
    /// padding is no column gap.
    static func tableLines(_ lines: [TextLine], roles: [LayoutTextRegions.Role?]) -> [Bool] {
        zip(roles, lines).map { role, line in role != nil || TableRowDetector.cells(clean(line.text)) != nil }
    }

    /// A table's row or header: a reference number (six digits or more: a year is not one) or
    /// "Reference" first.
    static func looksTabular(_ parts: [Part]) -> Bool {
        guard let first = parts.first?.text else { return false }
        let token = first.prefix { $0 != " " }
        return ReferenceNumber.startsRow(token) || TableField.namesReference(token)
    }
}
