/// The Ombudsman's case reference numbers ("19000565", "19 000 565"), as letters print them.
public enum ReferenceNumber {
    /// Fewest digits a reference cell holds (references are eight digits; a narrow cell may
    /// keep only part of one on a line, so fewer are accepted where a cell is known to be one).
    static let minimumCellDigits = 4
    /// Fewest digits of a token that starts a row where no cell boundary is known: a reference
    /// is eight digits, a year four, a figure one to three, so six tells them apart.
    static let minimumRowStartDigits = 6

    /// A reference cell holds digits (spaces, also no-break spaces, between them allowed).
    public static func isReference(_ cell: some StringProtocol) -> Bool {
        // On bytes: this runs on every table line. Digits are ASCII; spaces (also no-break
        // spaces, U+00A0 = C2 A0) may stand between them.
        var digits = 0
        var previous: UInt8 = 0
        for byte in cell.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case 0x20, 0x09, 0x0A, 0x0D, 0xC2: break
            case 0xA0 where previous == 0xC2: break
            default: return false
            }
            previous = byte
        }
        return digits >= minimumCellDigits && previous != 0xC2
    }

    /// A token that starts a table row in text without cell separators: a reference of six
    /// digits or more (a year or a small figure is not one).
    public static func startsRow(_ token: some StringProtocol) -> Bool {
        token.utf8.count >= minimumRowStartDigits && token.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether a line (or cell) starts a table row: its first word is a reference (`startsRow`).
    public static func startsLine(_ text: some StringProtocol) -> Bool {
        startsRow(text.drop { $0 == " " }.prefix { $0 != " " })
    }

    /// The reference with its spaces removed ("19 000 565" → "19000565").
    public static func compact(_ cell: String) -> String {
        cell.filter { !$0.isWhitespace }
    }
}
