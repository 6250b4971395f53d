import Foundation

/// Recognises a table row in a text rendering and splits it into cells: tab-separated,
/// markdown pipes (`| a | b |`), HTML cells (`<td>a</td><td>b</td>`), or columns aligned with
/// runs of spaces (as `pdftotext -layout` writes them) when the row starts with "Reference" or
/// a reference number. Each cell is cleaned of markup.
public enum TableRowDetector {
    public static func cells(_ raw: String) -> [String]? {
        // Most lines hold none of tab, `|`, `<` or two spaces in a row: no row.
        var previousWasSpace = false
        var candidate = false
        for byte in raw.utf8 {
            if byte == 0x09 || byte == 0x7C || byte == 0x3C || (byte == 0x20 && previousWasSpace) { candidate = true; break }
            previousWasSpace = byte == 0x20
        }
        guard candidate else { return nil }
        if raw.contains("\t") { return accept(raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)) }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|"), trimmed.dropFirst().contains("|") { return pipeCells(trimmed) }
        let lower = trimmed.lowercased()
        if lower.contains("<td") || lower.contains("<th") { return htmlCells(trimmed) }
        if trimmed.contains("   ") || trimmed.contains("  ") { return alignedCells(trimmed) }
        return nil
    }

    /// The `|---|:--:|` line under a markdown table's header: layout, not text.
    public static func isPipeSeparator(_ raw: String) -> Bool {
        guard raw.utf8.first(where: { $0 != 0x20 }) == 0x7C else { return false }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("|"), trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { "|-: ".contains($0) }
    }

    /// At least two non-empty cells make a row.
    static func accept(_ parts: [String]) -> [String]? {
        let cells = parts.map(cellText)
        return cells.filter { !$0.isEmpty }.count >= 2 ? cells : nil
    }

    /// A cell's text: a `<br>` inside it is a line break of the cell, joined as a wrapped line
    /// is (`Incomplete/<br>Invalid` is one word).
    static func cellText(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: "<")), let regex = try? Regex("<br\\s*/?>").ignoresCase() else {
            return MarkupStripper.clean(raw).text
        }
        let lines = raw.replacing(regex, with: "\n").split(separator: "\n").map { MarkupStripper.clean(String($0)).text }
        return WrappedText.unwrap(lines.filter { !$0.isEmpty })
    }

    /// A pipe row that holds a table's header and its first row in the same cells, each name
    /// in bold before a `<br>` and the row's text after it (pymupdf4llm, where a table goes on
    /// at a new page's top: `|**Reference**<br>18018682|**Authority**<br>Tameside Met|ropolitan…|`):
    /// the header's cells (a cell with no bold name before its break names nothing) and the
    /// row's. Nil unless the first cell is the reference's name over a reference number.
    public static func headerAndFirstRow(_ raw: String) -> (header: [String], row: [String])? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("|**"), TextSearch.contains(trimmed, "**<br>"),
              var parts = Optional(trimmed.split(separator: "|", omittingEmptySubsequences: false).map(String.init)) else { return nil }
        if parts.first?.isEmpty == true { parts.removeFirst() }
        if parts.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { parts.removeLast() }
        var header: [String] = []
        var row: [String] = []
        for part in parts {
            let cell = part.trimmingCharacters(in: .whitespaces)
            if cell.hasPrefix("**"), let br = namesEnd(cell) {
                header.append(cellText(String(cell[..<br.upperBound].dropLast(4))))
                row.append(cellText(String(cell[br.upperBound...])))
            } else {
                header.append("")
                row.append(cellText(cell))
            }
        }
        guard let name = header.first, let reference = row.first,
              TableField.namesReference(name), ReferenceNumber.isReference(reference) else { return nil }
        return (header, row)
    }

    /// Where a cell's bold names end: the last `**<br>` before which the cell holds only bold
    /// names and breaks (a cell that names two columns, `**Category**<br>**Received**<br>Housing<br>
    /// 07 Apr 2022`, where the renderer merged the columns), else its first.
    static func namesEnd(_ cell: String) -> Range<String.Index>? {
        guard let first = cell.range(of: "**<br>") else { return nil }
        var end = first
        while let next = cell.range(of: "**<br>", range: end.upperBound..<cell.endIndex),
              cell[end.upperBound...].hasPrefix("**") {
            end = next
        }
        return end
    }

    /// A pipe row that stacks two rows or more in its cells (`StackedRows`): the rows, or nil.
    public static func stackedRows(_ raw: String) -> [[String]]? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        // Cheap first: the first cell holds a line break (`<`) and begins with a digit.
        guard trimmed.hasPrefix("|"), let first = trimmed.dropFirst().split(separator: "|", maxSplits: 1).first,
              first.utf8.contains(UInt8(ascii: "<")), first.trimmingCharacters(in: .whitespaces).first?.isNumber == true,
              let breaks = try? Regex("<br\\s*/?>").ignoresCase() else { return nil }
        var parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        if parts.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { parts.removeFirst() }
        if parts.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { parts.removeLast() }
        let cellLines = parts.map { part in
            part.replacing(breaks, with: "\n").split(separator: "\n").map { MarkupStripper.clean(String($0)).text }
                .filter { !$0.isEmpty }
        }
        return StackedRows.split(cellLines)
    }

    static func pipeCells(_ line: String) -> [String]? {
        var parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        if parts.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { parts.removeFirst() }
        if parts.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { parts.removeLast() }
        // The `|---|:--:|` line under a markdown header is no row.
        let isSeparator = parts.allSatisfy { $0.trimmingCharacters(in: .whitespaces).allSatisfy { "-:".contains($0) } }
        if isSeparator { return nil }
        // A row of several cells between pipes is a row even when one cell alone holds text
        // (a row's tail after a page break: `||||||decided|||`).
        let trimmed = MarkupStripper.trimmed(line)
        if parts.count >= 2, trimmed.hasSuffix("|") {
            let cells = parts.map(cellText)
            if cells.contains(where: { !$0.isEmpty }) { return cells }
        }
        return accept(parts)
    }

    static func htmlCells(_ line: String) -> [String]? {
        var parts: [String] = []
        var rest = Substring(line)
        while let open = nextCellTag(rest), let close = rest[open...].firstIndex(of: ">") {
            let content = rest[rest.index(after: close)...]
            let end = content.range(of: "</t", options: .caseInsensitive)?.lowerBound
                ?? nextCellTag(content) ?? content.endIndex
            parts.append(String(content[..<end]))
            rest = content[end...].dropFirst(3)
        }
        return accept(parts)
    }

    /// Where the next `<td…>` or `<th…>` starts.
    static func nextCellTag(_ text: Substring) -> Substring.Index? {
        let td = text.range(of: "<td", options: .caseInsensitive)?.lowerBound
        let th = text.range(of: "<th", options: .caseInsensitive)?.lowerBound
        switch (td, th) {
        case let (a?, b?): return min(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }

    /// Columns separated by two or more spaces, only for a header or a row with a reference.
    static func alignedCells(_ line: String) -> [String]? {
        var parts: [String] = []
        var current = ""
        var spaces = 0
        for ch in line {
            if ch == " " { spaces += 1; continue }
            if spaces >= 2, !current.isEmpty { parts.append(current); current = "" } else if spaces == 1 { current.append(" ") }
            spaces = 0
            current.append(ch)
        }
        if !current.isEmpty { parts.append(current) }
        guard parts.count >= 3, let first = parts.first else { return nil }
        let isHeader = TableField.namesReference(first)
        let isRow = ReferenceNumber.startsRow(first)
        return isHeader || isRow ? accept(parts) : nil
    }
}
