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
            let characters = characterCount(word.text)
            if let index = sizes.firstIndex(where: { $0.size == word.fontSize }) {
                sizes[index].weight += characters
            } else {
                sizes.append((word.fontSize, characters))
            }
        }
        return sizes.max { a, b in a.weight != b.weight ? a.weight < b.weight : a.size > b.size }?.size ?? 0
    }

    /// `dominantSize` of an array (every line and block has one): the same rule, read in place
    /// (no word copied, no generic iteration across modules) with the sizes kept on the stack.
    public static func dominantSize(_ words: [PositionedWord]) -> Double {
        withUnsafeTemporaryAllocation(of: (size: Double, weight: Int).self, capacity: max(1, words.count)) { sizes in
            var count = 0
            for index in words.indices {
                let size = words[index].fontSize
                let characters = characterCount(words[index].text)
                var known = 0
                while known < count && !(sizes[known].size == size) { known += 1 }
                if known < count {
                    sizes[known].weight += characters
                } else {
                    sizes.initializeElement(at: count, to: (size, characters))
                    count += 1
                }
            }
            // As `max(by:)` over the list in order: a later entry wins only when strictly greater.
            guard count > 0 else { return 0 }
            var best = sizes[0]
            for index in 1..<count {
                let entry = sizes[index]
                if best.weight != entry.weight ? best.weight < entry.weight : best.size > entry.size { best = entry }
            }
            sizes.baseAddress?.deinitialize(count: count)
            return best.size
        }
    }

    /// The characters of `text`: its bytes when it is all ASCII (read in place, one compare a
    /// byte), else its `count`.
    @inline(__always)
    static func characterCount(_ text: String) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            return high < 0x80
        } ?? text.utf8.allSatisfy { $0 < 0x80 }
        return ascii ? text.utf8.count : text.count
    }
}
