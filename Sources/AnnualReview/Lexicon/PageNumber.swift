/// Page numbers as letters and the renderings made of them print them: "2", "Page 2",
/// "p. 2", "Pg 2", "Page 2 of 5", "2 of 5", "2/5", "- 2 -", "– 2 –", "[2]", "(2)". The one
/// place that reads one; where it may stand (a margin band, a page's edge, a line of its own)
/// is for the caller to say.
public struct PageNumber: Equatable, Sendable {
    /// The page's number.
    public var number: Int
    /// The page count it states ("of 5", "/5"), if any.
    public var total: Int?
    /// Whether anything but the bare number marks it ("Page", "of", dashes, brackets): a bare
    /// number could as well be a figure of the letter.
    public var isMarked: Bool

    /// Longest page-number text: "Page 12 of 14" and its variants are shorter.
    static let maximumLength = 20
    /// Most digits of a page number (a longer number is a figure or a reference).
    static let maximumDigits = 4

    /// Reads `text` as a page number, or nil.
    public static func read(_ text: some StringProtocol) -> PageNumber? {
        guard text.utf8.count <= maximumLength else { return nil }
        var words = text.lowercased().split(separator: " ").map(String.init)
        var marked = false
        if let first = words.first, ["page", "p.", "pg", "pg."].contains(first) {
            words.removeFirst()
            marked = true
        }
        if words.count == 3, ["-", "–", "—"].contains(words[0]), words[0] == words[2] {
            words = [words[1]]
            marked = true
        }
        if words.count == 1 {
            var token = words[0]
            if token.hasPrefix("[") && token.hasSuffix("]") || token.hasPrefix("(") && token.hasSuffix(")") {
                token = String(token.dropFirst().dropLast())
                marked = true
            }
            let parts = token.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2 {
                guard let number = digits(parts[0]), let total = digits(parts[1]) else { return nil }
                return PageNumber(number: number, total: total, isMarked: true)
            }
            return digits(token).map { PageNumber(number: $0, total: nil, isMarked: marked) }
        }
        if words.count == 3, words[1] == "of", let number = digits(words[0]), let total = digits(words[2]) {
            return PageNumber(number: number, total: total, isMarked: true)
        }
        return nil
    }

    /// Whether the number (and the count it states) could be a page of a document of
    /// `pageCount` pages (two over the count allowed: a cover or a count that skips pages).
    public func fits(pageCount: Int) -> Bool {
        number <= pageCount + 2 && (total ?? 0) <= pageCount + 2
    }

    /// The token's number: digits only, and no zero before them — a page is numbered "2",
    /// never "02", which is a day of a date a renderer set on a line of its own.
    static func digits(_ token: some StringProtocol) -> Int? {
        guard !token.isEmpty, token.utf8.count <= maximumDigits,
              token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              token.utf8.count == 1 || token.utf8.first != UInt8(ascii: "0") else { return nil }
        return Int(token)
    }
}
