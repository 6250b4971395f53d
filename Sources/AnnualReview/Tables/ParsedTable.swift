/// Output of the `tables` stage: the segmented letter plus each table region read as rows of cells.
public struct TabulatedDocument: Codable, Equatable, Sendable {
    public var segmented: SegmentedDocument
    public var tables: [ParsedTable]

    public init(segmented: SegmentedDocument, tables: [ParsedTable]) {
        self.segmented = segmented
        self.tables = tables
    }
}

/// Which table a region holds, told by its header.
public enum TableKind: String, Codable, Sendable {
    case complaintsReceived, decisions, unknown
}

/// One table: its header, its rows (each with as many cells as the header) and the text
/// inside the region that could not be read as a row.
public struct ParsedTable: Codable, Equatable, Sendable {
    public var kind: TableKind
    /// Index of the table region in `SegmentedDocument.segments`.
    public var segmentIndex: Int
    /// The column titles, each as the letters print it where it is a name header cells give
    /// (`TableField.title`: "Referenc e" cut by a narrow cell reads "Reference").
    public var header: [String]
    public var fields: [TableField]
    public var rows: [TableRow]
    public var unparsed: [UnparsedLine]

    public init(kind: TableKind, segmentIndex: Int, header: [String], rows: [TableRow], unparsed: [UnparsedLine]) {
        self.kind = kind
        self.segmentIndex = segmentIndex
        self.header = header.map(TableField.title)
        self.fields = header.map(TableField.named)
        self.rows = rows
        self.unparsed = unparsed
    }

    /// The cell of `row` under the column holding `field`, if the table has that column.
    public func cell(_ row: TableRow, _ field: TableField) -> String? {
        guard let column = fields.firstIndex(of: field), column < row.cells.count else { return nil }
        return row.cells[column]
    }

    static func kind(of fields: [TableField]) -> TableKind {
        if fields.contains(.decided) || fields.contains(.decision) { return .decisions }
        if fields.contains(.received) { return .complaintsReceived }
        return .unknown
    }
}

/// A table row: one cell per header column, and where its pieces came from.
public struct TableRow: Codable, Equatable, Sendable {
    public var cells: [String]
    public var origins: [Origin]

    public init(cells: [String], origins: [Origin]) {
        self.cells = cells
        self.origins = origins
    }
}

/// Text inside a table region that is not a row; `afterRow` is how many rows precede it.
public struct UnparsedLine: Codable, Equatable, Sendable {
    public var text: String
    public var origin: Origin
    public var afterRow: Int

    public init(text: String, origin: Origin, afterRow: Int) {
        self.text = text
        self.origin = origin
        self.afterRow = afterRow
    }
}
