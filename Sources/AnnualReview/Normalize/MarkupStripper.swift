import Foundation

/// Removes the inline markup other tools leave in text renderings: markdown headings, emphasis,
/// links, bullets and escapes; HTML tags and entities. Works line by line, without regexes.
public enum MarkupStripper {
    /// A line after its markup is gone, with what the markup said about it.
    public struct CleanLine: Equatable, Sendable {
        public var text: String
        /// A markdown `#` heading or a line that is bold as a whole.
        public var isHeading: Bool
        /// The line began with a list bullet (`- `, `* `, `• `).
        public var isListItem: Bool

        public init(text: String, isHeading: Bool, isListItem: Bool = false) {
            self.text = text
            self.isHeading = isHeading
            self.isListItem = isListItem
        }

        /// Nothing but markup (a rule such as `---`), or empty.
        public var isBlank: Bool { text.isEmpty }
    }

    public static func clean(_ raw: String) -> CleanLine {
        if isPlain(raw) { return CleanLine(text: raw, isHeading: false) }
        var line = decodeEntities(removeTags(raw))
        var isHeading = false
        line = trimmed(line)
        if isRule(line) { return CleanLine(text: "", isHeading: false) }
        if let afterHashes = stripHeadingMarker(line) {
            line = afterHashes
            isHeading = true
        }
        let unbulleted = stripBullet(line)
        let isListItem = unbulleted.count != line.count
        line = unbulleted
        if isWhollyBold(line) { isHeading = true }
        line = stripEmphasisAndLinks(line)
        return CleanLine(text: foldWhitespace(line), isHeading: isHeading, isListItem: isListItem)
    }

    /// ASCII text with no markup character, no bullet or rule at its start and single spaces
    /// only between words: nothing to clean (the common case, checked on bytes).
    static func isPlain(_ text: String) -> Bool {
        var previousWasSpace = true
        var previousWasAmpersand = false
        var first = true
        for byte in text.utf8 {
            if first {
                first = false
                if byte == 0x2D || byte == 0x2B || byte == 0x3D { return false }  // "- item", "+ item", "---", "==="
            }
            // "&" before a space ("Planning & Development") is no entity.
            if previousWasAmpersand && byte != 0x20 { return false }
            previousWasAmpersand = byte == 0x26
            switch byte {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x26:
                previousWasSpace = false
            case 0x3C, 0x2A, 0x5F, 0x5B, 0x5C, 0x60, 0x23, 0x00...0x1F, 0x7F...0xFF:
                return false  // < * _ [ \ ` #, control characters, anything non-ASCII
            default:
                previousWasSpace = false
            }
        }
        return !previousWasSpace && !previousWasAmpersand
    }

    /// Collapses runs of white space (tabs, no-break spaces too) into one space and trims.
    public static func foldWhitespace(_ text: String) -> String {
        if isPlain(text) || text.isEmpty { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text {
            if ch.isWhitespace || ch == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }

    static func trimmed(_ s: String) -> String {
        // Cheap first: most lines neither start nor end with a space (ASCII bytes checked; any
        // other first or last byte goes the general way).
        if let first = s.utf8.first, let last = s.utf8.last, isPlainEdge(first), isPlainEdge(last) { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An ASCII byte that is not whitespace: a line starting and ending with one needs no trim.
    @inline(__always)
    private static func isPlainEdge(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// `---`, `***`, `___`, `===` (three or more, spaces allowed; also setext underlines).
    static func isRule(_ line: String) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let first = chars.first, "-*_=".contains(first) else { return false }
        return chars.allSatisfy { $0 == first }
    }

    /// `## Heading` → `Heading`; nil when the line is not a markdown heading.
    static func stripHeadingMarker(_ line: String) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let hashes = line.prefix(while: { $0 == "#" })
        guard hashes.count <= 6 else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = String(rest).trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `- item`, `* item`, `+ item`, `• item` → `item`.
    static func stripBullet(_ line: String) -> String {
        guard let first = line.first, "-*+•▪◦".contains(first) else { return line }
        let rest = line.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return line }
        return String(rest).trimmingCharacters(in: .whitespaces)
    }

    static func isWhollyBold(_ line: String) -> Bool {
        for marker in ["**", "__"] where line.hasPrefix(marker) && line.hasSuffix(marker) && line.count > 4 {
            let inner = line.dropFirst(2).dropLast(2)
            return !inner.contains(marker)
        }
        return false
    }

    /// Removes `<tag …>` and `</tag>` (letters after `<`), keeping the text between.
    static func removeTags(_ line: String) -> String {
        guard line.contains("<") else { return line }
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let ch = line[i]
            if ch == "<", let close = line[i...].firstIndex(of: ">") {
                let inner = line[line.index(after: i)..<close]
                if let first = inner.first, first.isLetter || first == "/" || first == "!",
                   !inner.contains("<") {
                    let name = inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                    if ["br", "p", "div", "li", "tr", "td", "th"].contains(name) { out.append(" ") }
                    i = line.index(after: close)
                    continue
                }
                if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                    out.append(contentsOf: inner)
                    i = line.index(after: close)
                    continue
                }
            }
            out.append(ch)
            i = line.index(after: i)
        }
        return out
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—",
        "pound": "£", "hellip": "…", "copy": "©",
    ]

    /// `&amp;`, `&#39;`, `&#x2019;` → their characters; unknown entities stay as written.
    static func decodeEntities(_ line: String) -> String {
        guard line.contains("&") else { return line }
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let ch = line[i]
            if ch == "&", let semi = line[i...].prefix(12).firstIndex(of: ";") {
                let name = String(line[line.index(after: i)..<semi])
                if let decoded = decodeEntity(name) {
                    out.append(decoded)
                    i = line.index(after: semi)
                    continue
                }
            }
            out.append(ch)
            i = line.index(after: i)
        }
        return out
    }

    private static func decodeEntity(_ name: String) -> String? {
        if let named = namedEntities[name] { return named }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X")
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }

    /// `**b**`, `__b__`, `*i*`, `_i_` → their text; `[text](url)` and `![alt](url)` → the text;
    /// `\*` → `*`.
    static func stripEmphasisAndLinks(_ line: String) -> String {
        guard line.contains(where: { "*_[\\`".contains($0) }) else { return line }
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "\\", i + 1 < chars.count, "*_[]()#`\\-".contains(chars[i + 1]) {
                out.append(chars[i + 1]); i += 2; continue
            }
            if ch == "!" , i + 1 < chars.count, chars[i + 1] == "[", let (text, next) = link(chars, at: i + 1) {
                out.append(text); i = next; continue
            }
            if ch == "[", let (text, next) = link(chars, at: i) {
                out.append(text); i = next; continue
            }
            if ch == "*" || ch == "`" { i += 1; continue }
            if ch == "_", isEmphasisUnderscore(chars, i) { i += 1; continue }
            out.append(ch)
            i += 1
        }
        return out
    }

    /// `[text](target)` starting at `start`: the text and the index after `)`.
    private static func link(_ chars: [Character], at start: Int) -> (String, Int)? {
        var depth = 0
        var j = start
        while j < chars.count {
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j + 1 < chars.count, chars[j] == "]", chars[j + 1] == "(" else { return nil }
        guard let close = chars[(j + 1)...].firstIndex(of: ")") else { return nil }
        let text = stripEmphasisAndLinks(String(chars[(start + 1)..<j]))
        return (text, close + 1)
    }

    /// An underscore opening or closing emphasis: at a word edge, not inside a word like `a_b`.
    private static func isEmphasisUnderscore(_ chars: [Character], _ i: Int) -> Bool {
        let before: Character? = i > 0 ? chars[i - 1] : nil
        let after: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        let beforeIsWord = before.map { $0.isLetter || $0.isNumber } ?? false
        let afterIsWord = after.map { $0.isLetter || $0.isNumber } ?? false
        return beforeIsWord != afterIsWord || (before == "_" || after == "_")
    }
}
