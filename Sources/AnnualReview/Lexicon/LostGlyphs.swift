/// A known value whose printed glyphs a renderer partly lost: pymupdf4llm, cutting a table
/// drawn with no cell padding (fpdf2), drops glyphs that touch a cell's border or sets them
/// elsewhere — "Highways & Transpor", "Protection & Rlti", "Closed after initial enuiries",
/// "Referred back fo local resolution r" (the "r" of "for" set after the cell), a lone
/// glyph of a neighbouring cell before the value ("q Closed after initial enquiries").
///
/// The cell is taken for a value only where the value's words, in order, each hold the
/// cell's word at that place as letters in order (glyphs lost inside a word, never a whole
/// word), what is left of the value is enough to know it (`minimumKeptShare`, and a word
/// kept whole or `minimumKeptShareOfOneWord`), and exactly one value of the vocabulary reads
/// so. A value outside the vocabulary is never made into one of its values by this unless
/// its every word could be a damaged word of that value.
extension Vocabulary {
    /// Least share of a value's letters the cell keeps: a value half lost is still told apart
    /// from every other value, in a vocabulary whose values share few words in the same places.
    static let minimumKeptShare = 0.5

    /// Least share kept where no word of the value came through whole: then the letters alone
    /// name it ("Incomplete/Ilid" keeps 14 of "Incomplete/Invalid"'s 18).
    static let minimumKeptShareOfOneWord = 0.75

    /// Longest word a renderer set apart from its value: a glyph or two lost from a word of the
    /// value ("fo … r") or of a neighbouring cell ("q …").
    static let strayWordLength = 2

    /// The one value `cell` is a copy of with glyphs lost, as the value is printed; nil where
    /// none or more than one reads so, or for a list vocabulary (remedies, whose items a cell
    /// may name in any number).
    public func withLostGlyphs(_ cell: String) -> String? {
        guard !isList else { return nil }
        let words = cell.split(separator: " ")
        guard !words.isEmpty else { return nil }
        var found: String?
        for value in values where Vocabulary.readsWithLostGlyphs(words, as: value.split(separator: " ")) {
            if found != nil, found != value { return nil }
            found = value
        }
        return found
    }

    /// Whether the cell's words read as the value's words with glyphs lost, allowing one stray
    /// lone letter before them and stray short words after them made of letters the value's
    /// words lost.
    static func readsWithLostGlyphs(_ cell: [Substring], as value: [Substring]) -> Bool {
        let letters = value.reduce(0) { $0 + $1.count }
        guard letters > 0 else { return false }
        let leading = cell.count > value.count && cell[0].count == 1 && cell[0].first?.isLowercase == true ? 1 : 0
        let trailing = cell.count - leading - value.count
        guard trailing >= 0, trailing <= 2 else { return false }
        var kept = 0
        var wholeWords = 0
        var lost: [Character] = []
        for (word, valueWord) in zip(cell[leading...], value) {
            guard let missing = Vocabulary.lettersLost(from: valueWord, keeping: word) else { return false }
            kept += word.count
            if missing.isEmpty { wholeWords += 1 }
            lost += missing
        }
        guard wholeWords < value.count || trailing + leading > 0 else { return false }  // the value itself: `fit` reads it
        for stray in cell.suffix(trailing) {
            guard stray.count <= strayWordLength else { return false }
            for letter in stray {
                guard let at = lost.firstIndex(of: letter) else { return false }
                lost.remove(at: at)
                kept += 1
            }
        }
        let share = Double(kept) / Double(letters)
        return share >= minimumKeptShare && (wholeWords > 0 || share >= minimumKeptShareOfOneWord)
    }

    /// The letters of `word` that `kept` lacks, where `kept` is `word` with some letters left
    /// out (in order, at least one kept); nil where it is not.
    static func lettersLost(from word: Substring, keeping kept: Substring) -> [Character]? {
        guard !kept.isEmpty, kept.count <= word.count else { return nil }
        var lost: [Character] = []
        var keptIndex = kept.startIndex
        for letter in word {
            if keptIndex < kept.endIndex, kept[keptIndex] == letter {
                keptIndex = kept.index(after: keptIndex)
            } else {
                lost.append(letter)
            }
        }
        return keptIndex == kept.endIndex ? lost : nil
    }
}
