/// Typographic ligatures as the letters they stand for: a renderer that copies a PDF's glyphs
/// (pypdf over a Chromium PDF) writes "ﬁnd" with U+FB01, which no word list, vocabulary or
/// search of ours would match.
public enum Ligatures {
    /// The Unicode compatibility ligatures U+FB00–U+FB06 and their letters.
    static let letters: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
        "\u{FB05}": "st", "\u{FB06}": "st",
    ]

    /// The text with every ligature spelled out (the text itself when it holds none).
    public static func expanded(_ text: String) -> String {
        // Cheap test first: the ligatures' UTF-8 encodings all start with 0xEF 0xAC.
        guard text.utf8.contains(0xEF), text.unicodeScalars.contains(where: { letters[$0] != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let spelled = letters[scalar] { out.append(contentsOf: spelled.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
