/// A word on a PDF page with its bounding box and font.
public struct PositionedWord: Codable, Equatable, Sendable {
    public var text: String
    public var box: Box
    public var fontSize: Double
    public var isBold: Bool

    public init(text: String, box: Box, fontSize: Double, isBold: Bool) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.isBold = isBold
    }
}

extension PositionedWord {
    /// The font size carrying most characters of the words; of two that carry as many, the
    /// smaller. (A line's size, a block's, the body text's: one rule for all of them.)
    public static func dominantSize(_ words: some Sequence<PositionedWord>) -> Double {
        // A line has one or two sizes: a short list beats a dictionary, and ASCII words are
        // counted by their bytes (characters are counted only when there is more than ASCII).
        var sizes: [(size: Double, weight: Int)] = []
        for word in words {
            let characters = word.text.utf8.allSatisfy { $0 < 0x80 } ? word.text.utf8.count : word.text.count
            if let index = sizes.firstIndex(where: { $0.size == word.fontSize }) {
                sizes[index].weight += characters
            } else {
                sizes.append((word.fontSize, characters))
            }
        }
        return sizes.max { a, b in a.weight != b.weight ? a.weight < b.weight : a.size > b.size }?.size ?? 0
    }
}
