/// The `tables` stage: reads every table region of a segmented letter into rows of cells —
/// from tabs for text renderings, from word positions for PDFs.
public enum TableBuilder {
    public static func build(_ document: SegmentedDocument) -> TabulatedDocument {
        var tables: [ParsedTable] = []
        for (index, segment) in document.segments.enumerated() where segment.kind == .tableRegion {
            let positioned = segment.blocks.contains { !$0.words.isEmpty }
            let table = positioned
                ? PositionedTableBuilder.table(segment.blocks, segmentIndex: index)
                : TextTableBuilder.table(segment.blocks, segmentIndex: index)
            tables.append(table)
        }
        return TabulatedDocument(segmented: document, tables: tables)
    }

    /// A reference cell holds digits (spaces and a leading letter prefix allowed).
    static func isReference(_ cell: String) -> Bool {
        // On bytes: this runs on every table line. Digits are ASCII; spaces (also no-break
        // spaces, U+00A0 = C2 A0) may stand between them.
        var digits = 0
        var previous: UInt8 = 0
        for byte in cell.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case 0x20, 0x09, 0x0A, 0x0D, 0xC2: break
            case 0xA0 where previous == 0xC2: break
            default: return false
            }
            previous = byte
        }
        return digits >= 4 && previous != 0xC2
    }

    /// A reference number that starts a row in text without cell separators: six digits or
    /// more (a year or a small figure is not one).
    static func startsRow(_ token: some StringProtocol) -> Bool {
        token.utf8.count >= 6 && token.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Appends a wrapped piece to a cell: a space between, none after a word-final slash or
    /// a hyphen that breaks a word.
    static func appendWrapped(_ piece: String, to cell: String) -> String {
        if piece.isEmpty { return cell }
        if cell.isEmpty { return piece }
        return ParagraphJoiner.unwrap([cell, piece])
    }

    /// `cell = appendWrapped(piece, to: cell)`, in place (a row continued by many lines stays
    /// linear).
    static func appendWrapped(_ piece: String, into cell: inout String) {
        ParagraphJoiner.append(piece, to: &cell)
    }
}

/// Reads tab-separated rows: the first row of the region is the header, a row with an empty
/// reference continues the row above (a wrapped cell), anything else becomes `unparsed`.
public enum TextTableBuilder {
    public static func table(_ blocks: [Block], segmentIndex: Int) -> ParsedTable {
        guard let headerBlock = blocks.first(where: { $0.kind == .tableRow }) else {
            return ParsedTable(kind: .unknown, segmentIndex: segmentIndex, header: [], rows: [], unparsed: [])
        }
        let header = trimTrailingEmpty(headerBlock.cells)
        let fields = header.map(TableField.named)
        let referenceColumn = fields.firstIndex(of: .reference) ?? 0
        var rows: [TableRow] = []
        var unparsed: [UnparsedLine] = []

        for block in blocks where block != headerBlock {
            let origin = block.origins.first ?? Origin(page: 1)
            guard block.kind == .tableRow else {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
                continue
            }
            if block.cells == headerBlock.cells { continue }
            guard var cells = fit(block.cells, to: header.count) else {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
                continue
            }
            if TableBuilder.isReference(cells[referenceColumn]) {
                cells[referenceColumn] = cells[referenceColumn].filter { !$0.isWhitespace }
                rows.append(TableRow(cells: cells, origins: [origin]))
            } else if cells[referenceColumn].isEmpty, var previous = rows.popLast() {
                for (i, piece) in cells.enumerated() {
                    TableBuilder.appendWrapped(piece, into: &previous.cells[i])
                }
                previous.origins.append(origin)
                rows.append(previous)
            } else {
                unparsed.append(UnparsedLine(text: block.text, origin: origin, afterRow: rows.count))
            }
        }
        return ParsedTable(kind: ParsedTable.kind(of: fields), segmentIndex: segmentIndex,
                           header: header, rows: rows, unparsed: unparsed)
    }

    static func trimTrailingEmpty(_ cells: [String]) -> [String] {
        var cells = cells
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        return cells
    }

    /// Pads a short row with empty cells; a long row may only be long by empty trailing cells.
    static func fit(_ cells: [String], to count: Int) -> [String]? {
        guard count > 0 else { return nil }
        if cells.count <= count { return cells + Array(repeating: "", count: count - cells.count) }
        guard cells[count...].allSatisfy(\.isEmpty) else { return nil }
        return Array(cells[..<count])
    }
}
