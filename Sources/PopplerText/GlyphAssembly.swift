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
    /// Characters dropped as fake-bold duplicates.
    var duplicatesDropped = 0
    /// True when text and rectangles did not line up one to one.
    var mismatched: Bool { characterCount != rectangleCount }
}

/// Decodes UTF-8 the way poppler encodes it: one scalar per encoded sequence,
/// judged by the lead byte, so a sequence that is not valid UTF-8 (an encoded
/// surrogate, an overlong form) still counts as exactly one character and
/// becomes U+FFFD. Stray continuation bytes become one U+FFFD each.
func decodeLenientUTF8<Bytes: Collection>(_ bytes: Bytes) -> [Unicode.Scalar] where Bytes.Element == UInt8 {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(bytes.count)
    let replacement: Unicode.Scalar = "\u{FFFD}"
    var it = bytes.makeIterator()
    var pending: UInt8? = nil
    while let lead = pending ?? it.next() {
        pending = nil
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F: out.append(Unicode.Scalar(lead)); continue
        case 0xC0...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 4; value = UInt32(lead & 0x07)
        case 0xF8...0xFB: length = 5; value = UInt32(lead & 0x03)
        case 0xFC...0xFD: length = 6; value = UInt32(lead & 0x01)
        default: out.append(replacement); continue  // 0x80...0xBF stray, 0xFE, 0xFF
        }
        var complete = true
        for _ in 1..<length {
            guard let next = it.next() else { complete = false; break }
            guard next & 0xC0 == 0x80 else { pending = next; complete = false; break }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        let shortest: UInt32 = [0, 0, 0x80, 0x800, 0x10000, 0x20_0000, 0x400_0000][length]
        if complete, value >= shortest, let scalar = Unicode.Scalar(value) {
            out.append(scalar)
        } else {
            out.append(replacement)
        }
    }
    return out
}

/// Font names that mean a bold weight: poppler's glib API gives no weight,
/// so the name is all there is ("Arial-BoldMT", "Calibri-Bold", "Lato-Heavy").
func fontNameIsBold(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
}

/// Two glyphs are one character painted twice (fake bold, or a producer
/// drawing text twice) when they hold the same character and their boxes
/// overlap almost entirely.
func isOverprint(_ a: PDFRect, _ b: PDFRect) -> Bool {
    let smaller = min(a.area, b.area)
    if smaller > 0 {
        return a.intersectionArea(b) >= 0.7 * smaller
    }
    // Degenerate boxes (zero width or height): compare corners.
    return abs(a.x0 - b.x0) < 0.5 && abs(a.y0 - b.y0) < 0.5
        && abs(a.x1 - b.x1) < 0.5 && abs(a.y1 - b.y1) < 0.5
}

/// How many earlier glyphs to compare with when looking for overprints: enough
/// for a word or a short phrase drawn twice, small enough to stay linear.
let overprintWindow = 64

/// Builds glyphs from the page text's characters, poppler's rectangles (one
/// per character, newlines included) and the attribute runs.
///
/// Never indexes out of range: when the counts differ, only the first
/// `min(characters, rectangles)` pairs are used. Newlines (and any other
/// line or paragraph separator) are skipped, as are non-finite boxes.
/// A non-space glyph that overprints an identical glyph among the last
/// `overprintWindow` kept ones is dropped (and the kept one marked bold),
/// together with a word gap that led into it.
func assembleGlyphs(
    characters: [Unicode.Scalar], rects: [PDFRect], runs: [AttributeRun]
) -> (glyphs: [PDFGlyph], report: GlyphAssemblyReport) {
    var report = GlyphAssemblyReport()
    report.characterCount = characters.count
    report.rectangleCount = rects.count
    let count = min(characters.count, rects.count)

    var glyphs: [PDFGlyph] = []
    glyphs.reserveCapacity(count)
    var scalarsOfGlyphs: [Unicode.Scalar] = []  // parallel to `glyphs`, for cheap comparison
    scalarsOfGlyphs.reserveCapacity(count)
    var pendingSpace: (glyph: PDFGlyph, scalar: Unicode.Scalar)? = nil

    var runIndex = 0
    let boldCache = runs.map { fontNameIsBold($0.fontName) }

    for i in 0..<count {
        let scalar = characters[i]
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
            if let pending = pendingSpace {
                glyphs.append(pending.glyph)
                scalarsOfGlyphs.append(pending.scalar)
                pendingSpace = nil
            }
            continue
        default:
            break
        }
        let rect = rects[i]
        guard rect.isFinite else { continue }
        let box = rect.standardized

        // Runs are sorted by start; advance to the one covering i (if any).
        while runIndex < runs.count && runs[runIndex].end < i { runIndex += 1 }
        var fontName = "Default"
        var fontSize = 0.0
        var bold = false
        if runIndex < runs.count && runs[runIndex].start <= i {
            fontName = runs[runIndex].fontName
            fontSize = runs[runIndex].fontSize.isFinite ? runs[runIndex].fontSize : 0
            bold = boldCache[runIndex]
        }
        let glyph = PDFGlyph(
            text: String(Character(scalar)), box: box, fontName: fontName, fontSize: fontSize, isBold: bold)

        if scalar == " " || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
            if let pending = pendingSpace {
                glyphs.append(pending.glyph)
                scalarsOfGlyphs.append(pending.scalar)
            }
            pendingSpace = (glyph, scalar)
            continue
        }

        var duplicateOf: Int? = nil
        let stop = max(0, scalarsOfGlyphs.count - overprintWindow)
        scalarsOfGlyphs.withUnsafeBufferPointer { recent in
            var j = recent.count - 1
            while j >= stop {
                if recent[j] == scalar && isOverprint(glyphs[j].box, box) {
                    duplicateOf = j
                    return
                }
                j -= 1
            }
        }
        if let original = duplicateOf {
            glyphs[original].isBold = true
            report.duplicatesDropped += 1
            pendingSpace = nil  // the gap led into a duplicate: drop it too
            continue
        }
        if let pending = pendingSpace {
            glyphs.append(pending.glyph)
            scalarsOfGlyphs.append(pending.scalar)
            pendingSpace = nil
        }
        glyphs.append(glyph)
        scalarsOfGlyphs.append(scalar)
    }
    if let pending = pendingSpace {
        glyphs.append(pending.glyph)
    }
    return (glyphs, report)
}
