// Pure functions that turn poppler's three parallel answers (text, one rectangle
// per character, attribute ranges) into glyphs. No poppler here, so they are
// tested directly with made-up input.

/// A run of characters sharing one font, as `poppler_page_get_text_attributes`
/// describes it: `start...end` are character offsets into the page text (inclusive).
struct AttributeRun: Equatable {
    var start: Int
    var end: Int
    var fontName: String
    var fontSize: Double
}

/// What `assembleGlyphs` saw, for tests and diagnostics.
struct GlyphAssemblyReport: Equatable {
    /// Characters in the text (Unicode scalars, newlines included).
    var characterCount = 0
    /// Rectangles poppler returned.
    var rectangleCount = 0
    /// Characters dropped as overprinted copies (fake bold, text drawn twice).
    var duplicatesDropped = 0
    /// True when text and rectangles did not line up one to one.
    var mismatched: Bool { characterCount != rectangleCount }
}

/// Font names that mean a bold weight: poppler's glib API gives no weight,
/// so the name is all there is ("Arial-BoldMT", "Calibri-Bold", "Lato-Heavy").
func fontNameIsBold(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
}

/// Characters that end a line in poppler's text; they have a rectangle but are no glyph.
@inline(__always)
func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x0A && value <= 0x0D }
    return value == 0x85 || value == 0x2028 || value == 0x2029
}

/// poppler's word gaps: a space, or any other Unicode white space (looked up only beyond ASCII).
@inline(__always)
func isWordGap(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
}

/// Builds a page's glyphs from its characters, poppler's rectangles (one per
/// character, newlines included) and the attribute runs (sorted by start).
///
/// Never indexes out of range: when the counts differ, only the first
/// `min(characters, rectangles)` pairs are used. Newlines (and any other
/// line or paragraph separator) are skipped, as are non-finite boxes.
/// A character that overprints an identical one kept earlier on the page
/// (`OverprintFilter`) is dropped and the kept one marked bold, together with a
/// word gap that led straight into it.
func assemblePageGlyphs<Characters: Sequence, Rects: RandomAccessCollection>(
    characters: Characters, rects: Rects, runs: [AttributeRun]
) -> (page: PageGlyphs, report: GlyphAssemblyReport)
where Characters.Element == Unicode.Scalar, Rects.Element == PDFRect, Rects.Index == Int {
    var report = GlyphAssemblyReport()
    report.rectangleCount = rects.count
    let fonts = FontTable(runs)

    var glyphs: [PageGlyph] = []
    glyphs.reserveCapacity(rects.count)
    var overprints = OverprintFilter(expectedGlyphs: rects.count)
    var pendingGap: PageGlyph? = nil
    var runIndex = 0
    var characterCount = 0
    let start = rects.startIndex

    for scalar in characters {
        let i = characterCount
        characterCount += 1
        guard i < rects.count else { continue }  // counted, never indexed
        if isLineBreak(scalar) {
            if let gap = pendingGap {
                glyphs.append(gap)
                pendingGap = nil
            }
            continue
        }
        let rect = rects[start + i]
        guard rect.isFinite else { continue }

        // Runs are sorted by start; advance to the one covering i (if any).
        while runIndex < runs.count && runs[runIndex].end < i { runIndex += 1 }
        var glyph = PageGlyph(scalar: scalar, box: rect.standardized, fontSize: 0, isBold: false)
        if runIndex < runs.count && runs[runIndex].start <= i {
            let size = runs[runIndex].fontSize
            glyph.fontSize = size.isFinite ? size : 0
            glyph.font = fonts.font[runIndex]
            glyph.isBold = fonts.isBold[runIndex]
        }

        if isWordGap(scalar) {
            if let gap = pendingGap { glyphs.append(gap) }
            pendingGap = glyph
            continue
        }
        let index = glyphs.count + (pendingGap == nil ? 0 : 1)
        if let original = overprints.original(of: glyph, elseFileAs: index, in: glyphs) {
            glyphs[original].isBold = true
            report.duplicatesDropped += 1
            pendingGap = nil  // the gap led into a copy: it goes too
            continue
        }
        if let gap = pendingGap {
            glyphs.append(gap)
            pendingGap = nil
        }
        glyphs.append(glyph)
    }
    if let gap = pendingGap { glyphs.append(gap) }
    report.characterCount = characterCount
    return (PageGlyphs(glyphs: glyphs, fontNames: fonts.names), report)
}

/// `assemblePageGlyphs` with each glyph's font named (`PDFGlyph`).
func assembleGlyphs(
    characters: [Unicode.Scalar], rects: [PDFRect], runs: [AttributeRun]
) -> (glyphs: [PDFGlyph], report: GlyphAssemblyReport) {
    let (page, report) = assemblePageGlyphs(characters: characters, rects: rects, runs: runs)
    return (page.pdfGlyphs, report)
}

/// The distinct font names of a page's runs, each judged bold once.
struct FontTable {
    /// Distinct names, in order of first use.
    var names: [String] = []
    /// For each run: its name's index in `names`, and whether that name means bold.
    var font: [Int32] = []
    var isBold: [Bool] = []

    init(_ runs: [AttributeRun]) {
        var indexByName: [String: Int32] = [:]
        var boldByName: [Bool] = []
        font.reserveCapacity(runs.count)
        isBold.reserveCapacity(runs.count)
        for run in runs {
            // Neighbouring runs mostly share a font: try the last one before hashing the name.
            let index: Int32
            if let last = font.last, names[Int(last)] == run.fontName {
                index = last
            } else if let known = indexByName[run.fontName] {
                index = known
            } else {
                index = Int32(truncatingIfNeeded: names.count)
                indexByName[run.fontName] = index
                names.append(run.fontName)
                boldByName.append(fontNameIsBold(run.fontName))
            }
            font.append(index)
            isBold.append(boldByName[Int(index)])
        }
    }
}
