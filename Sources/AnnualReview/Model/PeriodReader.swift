import Foundation

/// Finds the reporting period: "for the year ending 31 March 2020" (start = the day after the
/// same date a year earlier) or "between 1 April 2019 to 31 March 2020" (also "… and …").
public enum PeriodReader {
    public static func period(in text: String) -> Period? {
        // The words are read as far as needed: the period is mostly stated in the first
        // paragraph, and this runs over the whole body. A word is tried once the seven words a
        // "between … to …" needs after it are read (or the text has ended), so the answer is
        // the one reading every word first would give.
        var tokens: [Substring] = []
        var tried = 0
        var rest = Substring(text)
        while true {
            let ended = rest.isEmpty
            if !ended {
                let space = rest.firstIndex(of: " ") ?? rest.endIndex
                if space > rest.startIndex { tokens.append(Tokens.trimPunctuation(rest[..<space])) }
                rest = space < rest.endIndex ? rest[rest.index(after: space)...] : rest[rest.endIndex...]
            }
            while tried < tokens.count, ended || tokens.count > tried + 7 {
                if let period = period(tokens, at: tried) { return period }
                tried += 1
            }
            if ended { return nil }
        }
    }

    /// The period stated by the words from `i`, if any.
    static func period(_ tokens: [Substring], at i: Int) -> Period? {
        let word = tokens[i]
        if Tokens.equals(word, "ending") || Tokens.equals(word, "ended"), let end = date(tokens, at: i + 1) {
            return Period(start: end.date.oneYearEarlier.nextDay, end: end.date)
        }
        if Tokens.equals(word, "between") || Tokens.equals(word, "from"), let start = date(tokens, at: i + 1),
           start.next < tokens.count, ["to", "and", "until", "-", "–"].contains(where: { Tokens.equals(tokens[start.next], $0) }),
           let end = date(tokens, at: start.next + 1), start.date <= end.date {
            return Period(start: start.date, end: end.date)
        }
        return nil
    }

    /// A written date of three tokens at `i` ("1 April 2019"), and the index after it.
    static func date(_ tokens: [Substring], at i: Int) -> (date: ISODate, next: Int)? {
        guard i + 2 < tokens.count, tokens[i].first?.isNumber == true || tokens[i + 1].first?.isNumber == true else { return nil }
        let candidate = tokens[i...(i + 2)].joined(separator: " ")
        guard let date = DateParser.parse(candidate) else { return nil }
        return (date, i + 3)
    }
}
