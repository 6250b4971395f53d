/// Cheap word-level helpers on ASCII punctuation, without Foundation's character sets (these
/// run on every line and every word of a letter).
public enum Tokens {
    /// The words of a text split at spaces, with `.,;:()` trimmed from both ends.
    public static func words(_ text: String) -> [Substring] {
        text.split(separator: " ").map(trimPunctuation)
    }

    /// `word` without leading or trailing `.,;:()`.
    public static func trimPunctuation(_ word: Substring) -> Substring {
        var start = word.startIndex
        var end = word.endIndex
        while start < end, isTrimmed(word[start]) { start = word.index(after: start) }
        while end > start, isTrimmed(word[word.index(before: end)]) { end = word.index(before: end) }
        return word[start..<end]
    }

    static func isTrimmed(_ ch: Character) -> Bool {
        ch == "." || ch == "," || ch == ";" || ch == ":" || ch == "(" || ch == ")"
    }

    /// ASCII case-insensitive equality with a lower-case word.
    public static func equals(_ word: Substring, _ lower: String) -> Bool {
        word.utf8.count == lower.utf8.count
            && zip(word.utf8, lower.utf8).allSatisfy { a, b in a == b || (a >= 0x41 && a <= 0x5A && a + 32 == b) }
    }

    /// ASCII case-insensitive prefix test with a lower-case prefix.
    public static func hasPrefix(_ word: Substring, _ lower: String) -> Bool {
        word.utf8.count >= lower.utf8.count
            && zip(word.utf8, lower.utf8).allSatisfy { a, b in a == b || (a >= 0x41 && a <= 0x5A && a + 32 == b) }
    }
}
