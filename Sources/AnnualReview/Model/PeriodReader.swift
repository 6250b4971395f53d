import Foundation

/// Finds the reporting period: "for the year ending 31 March 2020" (start = the day after the
/// same date a year earlier) or "between 1 April 2019 to 31 March 2020" (also "… and …").
public enum PeriodReader {
    public static func period(in text: String) -> Period? {
        let tokens = Tokens.words(text)
        for i in tokens.indices {
            let word = tokens[i]
            if Tokens.equals(word, "ending") || Tokens.equals(word, "ended"), let end = date(tokens, at: i + 1) {
                return Period(start: end.date.oneYearEarlier.nextDay, end: end.date)
            }
            if Tokens.equals(word, "between") || Tokens.equals(word, "from"), let start = date(tokens, at: i + 1),
               start.next < tokens.count, ["to", "and", "until", "-", "–"].contains(where: { Tokens.equals(tokens[start.next], $0) }),
               let end = date(tokens, at: start.next + 1), start.date <= end.date {
                return Period(start: start.date, end: end.date)
            }
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
