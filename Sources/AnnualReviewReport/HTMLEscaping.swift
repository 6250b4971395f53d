/// Escaping for text taken from letters, so that no letter can add markup to a page.
///
/// Every text that comes from a letter (or from a JSON file or database claiming to hold one)
/// goes through `HTML.text` or `HTML.attribute` before it reaches a page; the page builders
/// never interpolate raw strings. The same escaping is safe inside inline SVG.
public enum HTML {
    /// The text as HTML character data or as a double-quoted attribute value: `&`, `<`, `>`,
    /// `"` and `'` become entities; control characters HTML does not allow (other than tab,
    /// line feed and carriage return) and noncharacters become U+FFFD.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default:
                escaped.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }

    /// Whether HTML allows the scalar as a literal character.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A || value == 0x0D { return true }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
        return true
    }
}
