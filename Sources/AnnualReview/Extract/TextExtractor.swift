import Foundation

/// The `extract` stage for text renderings: decode (UTF-8, else Windows-1252), strip a BOM,
/// fold CRLF and CR to LF, spell out ligatures (`Ligatures`), and give one page of numbered lines.
public enum TextExtractor {
    /// A letter's text is tens of kilobytes; a text input above this is refused at once.
    public static let maximumBytes = 16 * 1_048_576

    public static func extract(_ data: Data, source: SourceInfo) throws(ConversionError) -> ExtractedDocument {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= maximumBytes else { throw .tooLarge(data.count) }
        guard !looksBinary(data) else { throw .binary }
        guard let decoded = decode(data) else { throw .binary }
        let text = Ligatures.expanded(foldLineEnds(decoded))
        guard text.contains(where: { !$0.isWhitespace }) else { throw .empty }
        var lines: [TextLine] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            lines.append(TextLine(text: String(line), lineNumber: number))
        }
        return ExtractedDocument(source: source, pages: [ExtractedPage(number: 1, lines: lines)])
    }

    /// UTF-8 when valid, else Windows-1252 (what older Windows tools write); a BOM is dropped.
    /// Invalid UTF-8 that is mostly bytes above 0x7F is no Windows text either: nil.
    static func decode(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let utf8 = String(data: bytes, encoding: .utf8) { return utf8 }
        let sample = bytes.prefix(65_536)
        guard sample.filter({ $0 >= 0x80 }).count * 10 < sample.count * 3 else { return nil }
        return String(decoding: bytes.map { windows1252($0) }.flatMap { String($0).utf8 }, as: UTF8.self)
    }

    /// Lines end in LF only.
    static func foldLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        // On scalars, not Foundation's `replacingOccurrences` (it once crashed inside the test
        // suite's parallel conversions): CR LF → LF, a lone CR → LF.
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                afterCR = true
                continue
            }
            if !(afterCR && scalar == "\n") { out.append(scalar) }
            afterCR = false
        }
        return String(out)
    }

    /// NUL bytes, or many control characters in the first 64 KiB, mean this is not text.
    static func looksBinary(_ data: Data) -> Bool {
        let sample = data.prefix(65_536)
        var control = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { control += 1 }
        }
        return control * 20 > sample.count
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252(_ byte: UInt8) -> Character {
        let value: UInt32 = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
        return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
}
