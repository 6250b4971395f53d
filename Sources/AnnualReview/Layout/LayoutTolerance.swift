/// The size and position thresholds that the layout rules share, each in one place.
/// (Thresholds that only one rule uses are named beside that rule.)
public enum LayoutTolerance {
    /// Two font sizes are one type when they differ by at most this many points: producers
    /// round glyph sizes differently (9.96 and 10.02 are one size), while the letters' type
    /// sizes that mean something different (body 10, headings 12, tables 8) are ≥ 1 pt apart.
    public static let sameFontSize = 0.6

    /// The font size assumed where a line carries none: 8 pt, the letters' smallest type (table
    /// cells), so a gap measured against it is never larger than against a line's real size.
    public static let defaultFontSize = 8.0

    /// Two words stand on one baseline when their baselines differ by at most this share of the
    /// font size: glyph-box jitter and a superscript stay under it, while the next line of text
    /// is at least one size (line pitch ≥ 1.0 × size) away.
    public static let sameBaselineShare = 0.3

    /// Whether two font sizes are one type.
    @inline(__always)
    public static func sameFontSize(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= sameFontSize }

    /// Whether two baselines are one line, for type of `size` points.
    @inline(__always)
    public static func sameBaseline(_ a: Double, _ b: Double, size: Double) -> Bool {
        abs(a - b) <= sameBaselineShare * size
    }
}
