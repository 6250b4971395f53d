/// What one line of a text rendering is, decided once (the text normalizer's first pass over
/// each line): the rest of the normalizer only gathers lines of a kind into blocks.
enum TextLineKind {
    /// A line of a table aligned with spaces, in the role `LayoutTextRegions` gave it.
    case alignedTable(LayoutTextRegions.Role)
    /// Rows of cells: tab-separated, between pipes, HTML cells (`TableRowDetector`); one row,
    /// a header and its first row set in the same cells, or rows stacked in one pipe row
    /// (`StackedRows`).
    case cells([[String]])
    /// Markup of layout only: the `|---|` line under a pipe table's header.
    case layoutMarkup
    /// A blank line, or a page number a converter left on a line of its own: ends a paragraph.
    case gap
    /// Text of a paragraph, a heading or a list item, markup removed.
    case prose(MarkupStripper.CleanLine)

    init(_ raw: String, role: LayoutTextRegions.Role?) {
        if let role {
            self = .alignedTable(role)
        } else if let (header, row) = TableRowDetector.headerAndFirstRow(raw) {
            self = .cells([header, row])
        } else if let rows = TableRowDetector.stackedRows(raw) {
            self = .cells(rows)
        } else if let cells = TableRowDetector.cells(raw) {
            self = .cells([cells])
        } else if TableRowDetector.isPipeSeparator(raw) {
            self = .layoutMarkup
        } else {
            let clean = MarkupStripper.clean(raw)
            if clean.isBlank || TextNormalizer.isPageFurniture(clean.text)
                || TextNormalizer.isPageFurniture(MarkupStripper.foldWhitespace(raw)) {
                self = .gap
            } else {
                self = .prose(clean)
            }
        }
    }
}
