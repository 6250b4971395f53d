/// Normalizes PDF pages from positioned lines. (Placeholder grouping until the layout rules
/// land: one block per run of lines without a vertical gap.)
public enum LayoutNormalizer {
    public static func blocks(_ pages: [ExtractedPage]) -> [Block] {
        TextNormalizer.blocks(pages)
    }
}
