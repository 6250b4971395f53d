/// Human-readable views of each stage's value, for `convert --stage NAME`: numbered lines for
/// extract, ¶-marked blocks for normalize, a tree for segment, a grid for tables.
public enum StagePrinter {
    public static func extract(_ document: ExtractedDocument) -> String {
        var out = header(document.source)
        for page in document.pages {
            let size = page.width.map { w in " (\(fmt(w)) × \(fmt(page.height ?? 0)) pt)" } ?? ""
            out += "page \(page.number)\(size), \(page.lines.count) lines\n"
            for line in page.lines {
                if let box = line.box {
                    let font = line.fontSize.map { " \(fmt($0))pt" } ?? ""
                    out += "  [\(fmt(box.x0)),\(fmt(box.y0))–\(fmt(box.x1)),\(fmt(box.y1))\(font)\(line.isBold == true ? " bold" : "")] \(line.text)\n"
                } else {
                    out += "  \(pad(line.lineNumber ?? 0))| \(line.text.replacingOccurrences(of: "\t", with: "⇥"))\n"
                }
            }
        }
        return out
    }

    public static func normalize(_ document: NormalizedDocument) -> String {
        var out = header(document.source)
        for block in document.blocks {
            out += "\(blockLine(block))   ⟨\(block.origins.map(\.description).joined(separator: ", "))⟩\n"
        }
        return out
    }

    public static func segment(_ document: SegmentedDocument) -> String {
        var out = header(document.source)
        for segment in document.segments {
            var label = segment.kind.rawValue
            if let panel = segment.panel { label += " (\(panel.rawValue))" }
            if let heading = segment.heading { label += ": \(heading)" }
            out += "\(label)\n"
            for block in segment.blocks { out += "  \(blockLine(block))\n" }
        }
        return out
    }

    public static func tables(_ document: TabulatedDocument) -> String {
        var out = header(document.segmented.source)
        if document.tables.isEmpty { out += "no tables\n" }
        for table in document.tables {
            out += "table \(table.kind.rawValue): \(table.rows.count) rows, \(table.unparsed.count) unparsed\n"
            out += grid([table.header] + table.rows.map(\.cells))
            for line in table.unparsed { out += "  unparsed after row \(line.afterRow) (\(line.origin)): \(line.text)\n" }
        }
        return out
    }

    static func blockLine(_ block: Block) -> String {
        switch block.kind {
        case .tableRow:
            let cells = block.cells.isEmpty ? block.words.map(\.text) : block.cells
            return "⇥ " + cells.joined(separator: " | ")
        case .tableLine:
            return "⇢ " + block.text
        case .paragraph:
            return (block.styledAsHeading ? "# " : "¶ ") + block.lines.joined(separator: " ⏎ ")
        }
    }

    /// Columns padded to their widest cell (cells over 40 characters are cut with …).
    static func grid(_ rows: [[String]]) -> String {
        let clipped = rows.map { $0.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 } }
        let columns = clipped.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in clipped { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for (r, row) in clipped.enumerated() {
            let cells = row.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.count) }
            out += "  | " + cells.joined(separator: " | ") + " |\n"
            if r == 0 { out += "  |" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|\n" }
        }
        return out
    }

    static func header(_ source: SourceInfo) -> String {
        "\(source.name) (\(source.format.rawValue)\(source.pageCount.map { ", \($0) pages" } ?? ""))\n"
    }

    static func fmt(_ value: Double) -> String {
        NumberText.format((value * 100).rounded() / 100)
    }

    static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 4 - s.count)) + s
    }
}
