/// How wide a text is set in a proportional typeface, in thousandths of the type size: the
/// advance widths of a common sans serif (Helvetica's metrics, which Arial and Liberation Sans
/// share) for printable ASCII, the width of a lower-case letter for anything else. A text
/// rendering keeps characters, not their widths; where it says nothing of the typeface, a
/// line of narrow letters ("fill", "it") is still told from a line of wide ones ("Mom, we"),
/// which a count of characters cannot do. Used to ask whether a word would have fitted on a
/// line of a text's own wrap width.
enum ProportionalWidth {
    /// Widths of the characters from " " (0x20) to "~" (0x7E).
    static let ascii: [Double] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space ! " # $ % & ' ( ) * + , - . /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0-9 : ; < = > ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P-Z [ \ ] ^ _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,       // p-z { | } ~
    ]
    /// Any other character: as wide as a lower-case letter.
    static let other = 556.0

    static func of(_ text: some StringProtocol) -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            total += value >= 0x20 && value <= 0x7E ? ascii[value - 0x20] : other
        }
        return total
    }
}
