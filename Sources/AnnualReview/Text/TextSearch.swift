/// Substring tests on UTF-8 bytes for ASCII needles, without Foundation. (`contains` on a
/// `String` resolves to Foundation's `range(of:)`, which on Linux goes through `NSString` and
/// UTF-16 and costs far more than the search itself; these run on every block and table row.)
///
/// The case-insensitive forms fold ASCII letters only, and take the needle in lower case:
/// `TextSearch.contains(text, ignoringCase: "ombudsman")` is `text.lowercased().contains("ombudsman")`
/// for any text whose non-ASCII characters do not lower-case to ASCII letters.
public enum TextSearch {
    /// Whether `needle` occurs in `text`, byte for byte.
    public static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        search(text, needle, foldCase: false)
    }

    /// Whether `lowerNeedle` occurs in `text`, ASCII letters compared without case.
    public static func contains(_ text: some StringProtocol, ignoringCase lowerNeedle: String) -> Bool {
        search(text, lowerNeedle, foldCase: true)
    }

    /// Whether `text` starts with `lowerNeedle`, ASCII letters compared without case.
    public static func hasPrefix(_ text: some StringProtocol, ignoringCase lowerNeedle: String) -> Bool {
        var iterator = text.utf8.makeIterator()
        for expected in lowerNeedle.utf8 {
            guard let byte = iterator.next(), lower(byte) == expected else { return false }
        }
        return true
    }

    /// The byte offsets where `needle` starts in `text`, in order (overlaps included).
    public static func offsets(of needle: String, in text: some StringProtocol) -> [Int] {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return [] }
        return (0...(haystack.count - pattern.count)).filter { start in
            haystack[start] == pattern[0] && haystack[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    static func search(_ text: some StringProtocol, _ needle: String, foldCase: Bool) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = bytes.count, m = pattern.count
            guard m <= n else { return false }
            var i = 0
            while i <= n - m {
                let byte = foldCase ? lower(bytes[i]) : bytes[i]
                if byte == first {
                    var j = 1
                    while j < m, (foldCase ? lower(bytes[i + j]) : bytes[i + j]) == pattern[j] { j += 1 }
                    if j == m { return true }
                }
                i += 1
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(find) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(find)
    }
}
