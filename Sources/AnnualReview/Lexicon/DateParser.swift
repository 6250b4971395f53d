import Foundation

/// Reads the date forms the letters use: `22 July 2020`, `10 Apr 2019`, `22nd July 2020`,
/// `July 22, 2020`, `10-Apr-2019`, `01/04/19` (UK day/month, two-digit years are 20xx), `01/04/2019`, `2019-04-01`.
public enum DateParser {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The month number of an English month name or abbreviation.
    public static func month(_ word: String) -> Int? {
        let w = foldedMonthWord(word)
        if let m = months[w] { return m }
        guard w.count >= 3 else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december"]
        if let i = full.firstIndex(of: w) { return i + 1 }
        return nil
    }

    /// The word lower-cased without `.` and `,` at either end; ASCII on bytes (Foundation's
    /// trimming builds a character set per call, and this runs on the words of every panel).
    static func foldedMonthWord(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
            return word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        }
        var bytes = Array(word.utf8)
        while let last = bytes.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") { bytes.removeLast() }
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: ".") || bytes[start] == UInt8(ascii: ",") { start += 1 }
        for i in start..<bytes.count where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Parses a date whose spaces a renderer may have lost ("12Apr2020", "12 Apr2020"): spaces
    /// put back where digits and letters meet; or a numeric date a narrow cell broke inside a
    /// number ("31/03/2 1"). Returns the date and the text as it should read.
    public static func parseLoose(_ raw: String) -> (date: ISODate, text: String)? {
        guard isShortEnoughForADate(raw) else { return nil }
        if let date = parse(raw) { return (date, raw) }
        // A narrow cell may break a numeric date inside its year ("31/03/2" + "1"), its pieces
        // joined with a space: only where the pieces before the last are such a cut date ("1
        // 2/3/2021" is no date; in "17/09/19 12" the 12 is another cell's).
        if raw.contains(" "), raw.allSatisfy({ $0.isNumber || $0 == " " || $0 == "/" || $0 == "." || $0 == "-" }),
           let lastSpace = raw.lastIndex(of: " "), isNumericDateCutInYear(raw[..<lastSpace].filter { $0 != " " }) {
            let joined = raw.filter { $0 != " " }
            if let date = parse(joined) { return (date, joined) }
        }
        let spaced = spacedAtDigitLetterBoundaries(raw)
        guard spaced != raw, let date = parse(spaced) else { return nil }
        return (date, spaced)
    }

    /// Whether the text could be the start of a date that goes on in the next words or line:
    /// a day ("12"), a day and month ("12 Apr", "12Apr"), a numeric date cut after a separator.
    public static func couldStartDate(_ raw: String) -> Bool {
        guard isShortEnoughForADate(raw) else { return false }
        if isNumericDateCutInYear(raw) { return true }
        let words = spacedAtDigitLetterBoundaries(raw).split(separator: " ")
        guard let first = words.first, first.count <= 2, first.allSatisfy(\.isASCII), Int(first) != nil || first.last == "/" else {
            return raw.count <= 6 && raw.hasSuffix("/") && raw.first?.isNumber == true
        }
        if words.count == 1 { return true }
        return words.count == 2 && month(String(words[1])) != nil
    }

    /// A numeric date that a narrow cell broke inside its year ("01/04/1" ⏎ "9"): day and
    /// month of one or two digits, and a year of at most one digit so far.
    static func isNumericDateCutInYear(_ raw: some StringProtocol) -> Bool {
        let parts = raw.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count <= 1 else { return false }
        return parts.allSatisfy { part in part.count <= 2 && part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
            && !parts[0].isEmpty && !parts[1].isEmpty
    }

    /// Whether a digit and a letter stand side by side ("12Apr2020", "01 May2019"), on bytes.
    public static func hasRunTogetherParts(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let previousDigit = previous >= 0x30 && previous <= 0x39
            let previousLetter = (previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A
            if (isDigit && previousLetter) || (isLetter && previousDigit) { return true }
            previous = byte
        }
        return false
    }

    /// "12Apr2020" → "12 Apr 2020".
    static func spacedAtDigitLetterBoundaries(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSpacedAtDigitLetterBoundaries(text) }
        var out = ""
        var previous: Character? = nil
        for ch in text {
            if let p = previous, p != " ", ch != " ", p.isNumber != ch.isNumber, p.isLetter || p.isNumber, ch.isLetter || ch.isNumber {
                out.append(" ")
            }
            out.append(ch)
            previous = ch
        }
        return out
    }

    /// `spacedAtDigitLetterBoundaries` on bytes, for ASCII text (nearly every cell): the same
    /// answer without a Unicode property per character; this runs on every run of words a
    /// flattened table's date column is offered.
    private static func asciiSpacedAtDigitLetterBoundaries(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 4)
        var previous: UInt8? = nil
        for byte in text.utf8 {
            if let p = previous, p != 0x20, byte != 0x20, isASCIIDigit(p) != isASCIIDigit(byte),
               isASCIIAlphanumeric(p), isASCIIAlphanumeric(byte) {
                out.append(0x20)
            }
            out.append(byte)
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIIDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Parses the whole string as one date, or returns nil.
    public static func parse(_ raw: String) -> ISODate? {
        commonForm(raw) ?? parseEveryForm(raw)
    }

    /// Most characters a date's text holds, spaces at its ends aside ("Wednesday 12 September
    /// 2023" is 27): anything longer is read as no date, and begins none.
    public static let longestDateText = 40

    /// Whether a text could be, or begin, a date by its length: at most `longestDateText`
    /// characters that are not spaces or tabs. Every reading of `parseLoose` and
    /// `couldStartDate` fails a text with more (they drop at most its spaces), so both ask this
    /// first: a table's row search tries them on many long texts.
    static func isShortEnoughForADate(_ text: String) -> Bool {
        guard text.utf8.count > longestDateText else { return true }
        var characters = 0
        for scalar in text.unicodeScalars where scalar != " " && scalar != "\t" {
            characters += 1
            if characters > longestDateText { return false }
        }
        return true
    }

    /// `parse` without the byte-level reading of the common forms (which gives the same answer).
    static func parseEveryForm(_ raw: String) -> ISODate? {
        let text = trimmedOfSpaces(raw)
        guard !text.isEmpty, text.count <= longestDateText else { return nil }
        if let d = iso(text) { return d }
        if let d = numeric(text) { return d }
        return written(text)
    }

    /// The two forms every table row holds, read on bytes: `D[D] Mon[th] YYYY` (a month name of
    /// ASCII letters) and `D[D]/M[M]/YY[YY]`; nil for anything else, and for a date that does
    /// not exist, which `parse` then reads the general way (and so gives the same answer: for
    /// these shapes `iso` and the other order of `written` find nothing). `parse` runs on
    /// every date cell of every table and on the words of the letter, so it matters.
    static func commonForm(_ text: String) -> ISODate? {
        var text = text
        return text.withUTF8 { bytes -> ISODate? in
            let n = bytes.count
            guard n >= 6, n <= 20 else { return nil }
            var i = 0
            /// The digits from `i` as a number, if there are `min...max` of them.
            func number(_ min: Int, _ max: Int) -> Int? {
                var value = 0
                let start = i
                while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39, i - start < max {
                    value = value * 10 + Int(bytes[i] - 0x30)
                    i += 1
                }
                return i - start >= min ? value : nil
            }
            guard let day = number(1, 2), i < n else { return nil }
            if bytes[i] == UInt8(ascii: "/") {
                i += 1
                guard let month = number(1, 2), i < n, bytes[i] == UInt8(ascii: "/") else { return nil }
                i += 1
                let yearStart = i
                guard let year = number(2, 4), i == n, i - yearStart != 3 else { return nil }
                return ISODate(year: i - yearStart == 2 ? 2000 + year : year, month: month, day: day)
            }
            guard bytes[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            let nameStart = i
            while i < n, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A { i += 1 }
            let nameEnd = i
            guard nameEnd - nameStart >= 3, i < n, bytes[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            guard let year = number(4, 4), i == n,
                  let month = month(String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)) else { return nil }
            return ISODate(year: year, month: month, day: day)
        }
    }

    /// The text without the spaces and tabs at either end (`.whitespaces`), on bytes for
    /// ASCII text: Foundation's trimming costs a bridge per call.
    static func trimmedOfSpaces(_ raw: String) -> String {
        guard raw.utf8.allSatisfy({ $0 < 0x80 }) else { return raw.trimmingCharacters(in: .whitespaces) }
        let bytes = Array(raw.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start == 0 && end == bytes.count ? raw : String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// `YYYY-MM-DD`.
    public static func iso(_ text: String) -> ISODate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return ISODate(year: y, month: m, day: d)
    }

    /// `DD/MM/YY` or `DD/MM/YYYY` (also with `.` or `-` as separator).
    static func numeric(_ text: String) -> ISODate? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { y += 2000 } else if parts[2].count != 4 { return nil }
        return ISODate(year: y, month: m, day: d)
    }

    /// `22 July 2020`, `22nd July 2020`, `10 Apr 2019`, `July 22, 2020`.
    static func written(_ text: String) -> ISODate? {
        // "10-Apr-2019" reads like "10 Apr 2019".
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        guard words.count == 3 else { return nil }
        if let m = month(words[1]), let d = dayNumber(words[0]), let y = yearNumber(words[2]) {
            return ISODate(year: y, month: m, day: d)
        }
        if let m = month(words[0]), let d = dayNumber(words[1]), let y = yearNumber(words[2]) {
            return ISODate(year: y, month: m, day: d)
        }
        return nil
    }

    private static func dayNumber(_ word: String) -> Int? {
        var w = word.lowercased()
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) { w.removeLast(2) }
        guard w.count <= 2, let d = Int(w) else { return nil }
        return d
    }

    private static func yearNumber(_ word: String) -> Int? {
        guard word.count == 4, let y = Int(word) else { return nil }
        return y
    }
}
