/// Joining lines that a wrap broke: a space between them, except after a hyphen or slash that
/// ends a word (`well-` + `established`, `Incomplete/` + `Invalid` stay one word) and before a
/// line that starts with closing punctuation (`review` + `, Training`). Paragraphs
/// and table cells are unwrapped by this one rule.
public enum WrappedText {
    /// Joins wrapped lines into one paragraph: a space between lines, except after a hyphen or
    /// slash that ends a word (`well-` + `established`, `Incomplete/` + `Invalid` stay one word).
    public static func unwrap(_ lines: [String]) -> String {
        guard lines.count > 1 else { return lines.first ?? "" }
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for line in lines where !line.isEmpty {
            if text.isEmpty { text.append(line); continue }
            if !joinsWithoutSpace(text, line) { text.append(" ") }
            text.append(line)
        }
        return text
    }

    /// `text = unwrap([text, piece])`, in place: appending many pieces to one text costs their
    /// length, not the text's length again for each piece.
    public static func append(_ piece: String, to text: inout String) {
        guard !piece.isEmpty else { return }
        if text.isEmpty { text = piece; return }
        if !joinsWithoutSpace(text, piece) { text.append(" ") }
        text.append(piece)
    }

    static let closingPunctuation: Set<Character> = [",", ";", ".", ")"]

    static func joinsWithoutSpace(_ previous: String, _ next: String) -> Bool {
        guard let last = previous.last, let first = next.first else { return false }
        // A line that starts with punctuation closing the word before it: a line breaker that
        // breaks before a comma ("change/review" + ", Training") broke no word space.
        if closingPunctuation.contains(first) { return true }
        // The character before the last, found from the end: `previous.dropLast()` counts the
        // whole text, which made unwrapping a long paragraph quadratic.
        let lastIndex = previous.index(before: previous.endIndex)
        let beforeLast: Character? = lastIndex > previous.startIndex ? previous[previous.index(before: lastIndex)] : nil
        if last == "/" { return beforeLast.map { !$0.isWhitespace } ?? false }
        if last == "-" {
            // A hyphen that ends a word keeps the word whole ("well-" + "established",
            // "Newcastle-under-" + "Lyme"); a spaced dash ("upheld -") does not.
            return (beforeLast?.isLetter ?? false) && first.isLetter
        }
        return false
    }
}
