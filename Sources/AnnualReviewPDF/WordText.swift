import Foundation

/// A word's text, built character by character in one byte buffer that is reused from word
/// to word: ASCII goes straight in, ligatures are spelled out, and the text is composed to NFC
/// only when one of its characters could change under composition.
struct WordText {
    private var bytes: [UInt8] = []
    private var needsComposition = false

    /// Begins a new word.
    mutating func start() {
        bytes.removeAll(keepingCapacity: true)
        needsComposition = false
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else if let spelled = Self.spelledOut(scalar) {
            bytes.append(contentsOf: spelled.utf8)
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
            if !Self.isUnchangedByComposition(scalar) { needsComposition = true }
        }
    }

    /// The word's text in NFC, or nil when it has no characters left.
    func finish() -> String? {
        guard !bytes.isEmpty else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return needsComposition ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Presentation-form ligatures (ﬁ, ﬂ, …) as their letters, as a text rendering has them;
    /// a soft hyphen or zero-width character vanishes (""). nil for any other character.
    static func spelledOut(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\u{FB00}": return "ff"
        case "\u{FB01}": return "fi"
        case "\u{FB02}": return "fl"
        case "\u{FB03}": return "ffi"
        case "\u{FB04}": return "ffl"
        case "\u{FB05}", "\u{FB06}": return "st"
        case "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}": return ""
        default: return nil
        }
    }

    /// Characters that NFC leaves alone wherever they stand: starters (combining class 0) that
    /// have no canonical decomposition and never compose with the character before them —
    /// Latin letters with their accents precomposed (below U+0300, where the combining marks
    /// begin), dashes, quotes, bullets and other general punctuation, and currency signs.
    /// A word made only of these, and ASCII, is already in NFC.
    static func isUnchangedByComposition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true
        default: return false
        }
    }
}
