/// Reads PDF table regions from word positions. (Until the position rules land, each line's
/// words are read as space-separated text and reported as unparsed.)
public enum PositionedTableBuilder {
    public static func table(_ blocks: [Block], segmentIndex: Int) -> ParsedTable {
        let unparsed = blocks.map { UnparsedLine(text: $0.text, origin: $0.origins.first ?? Origin(page: 1), afterRow: 0) }
        return ParsedTable(kind: .unknown, segmentIndex: segmentIndex, header: [], rows: [], unparsed: unparsed)
    }
}
