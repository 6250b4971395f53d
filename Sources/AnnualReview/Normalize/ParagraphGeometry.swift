/// The thresholds by which the layout normalizer tells a PDF's lines of one paragraph from the
/// start of the next block, and a heading from body text, each with what it measures and why
/// its value. Sizes are font sizes in points; a share is a multiple of the line's font size.
enum ParagraphGeometry {
    /// A line below another is a new line when its baseline lies more than half a size lower:
    /// closer, it is the same line's jitter, a superscript or an overprint.
    static let minimumPitchShare = 0.5
    /// Left edges within this share of the size are one alignment: ragged and justified text
    /// start within a fraction of an em, while an indent or a new column is ems away.
    static let alignedEdgeShare = 0.8
    /// A paragraph's first line may be indented by up to four ems (the letters indent less).
    static let firstLineIndentShare = 4.0
    /// Two lines whose centres lie within this many points are centred lines of one block.
    static let centredSlack = 1.5
    /// A word that starts up to this many points left of the last word's end still follows it
    /// on the same line (glyph boxes of kerned text overlap by a little).
    static let sameLineOverlap = 1.0

    /// A paragraph goes on over a line pitch up to a quarter more than the usual pitch of lines
    /// of that size (line spacing varies by rounding; paragraph spacing adds half a line or
    /// more), and never less than 1.15 sizes (single spacing).
    static let pitchGrowth = 1.25
    static let minimumContinuingPitchShare = 1.15
    /// Without a usual pitch for the size: up to 1.7 sizes, between single spacing (≈ 1.2) and
    /// a blank line (≈ 2.4).
    static let defaultContinuingPitchShare = 1.7
    /// The pitches counted towards a size's usual pitch: over 0.8 (tight leading) up to 2.6
    /// sizes (double spacing); wider gaps are paragraph or section breaks.
    static let countedPitchShares = (above: 0.8, upTo: 2.6)
    /// A usual pitch must be seen this many times (a body of three lines in a row).
    static let minimumPitchCount = 3

    /// A block is a heading when bold, or set at least 12 % larger than body text (the letters'
    /// headings are 12 pt over 10 pt body; 11 pt emphasis inside text is not), and short: at
    /// most three lines and twenty words.
    static let headingSizeRatio = 1.12
    static let headingMaxLines = 3
    static let headingMaxWords = 20
}
