import Foundation

/// Finds the reporting period: "for the year ending 31 March 2020" (start = the day after the
/// same date a year earlier) or "between 1 April 2019 to 31 March 2020" (also "… and …").
public enum PeriodReader {
    public static func period(in text: String) -> Period? {
        let tokens = text.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()")) }
        for i in tokens.indices {
            let word = tokens[i].lowercased()
            if word == "ending" || word == "ended", let end = date(tokens, at: i + 1) {
                return Period(start: end.date.oneYearEarlier.nextDay, end: end.date)
            }
            if word == "between" || word == "from", let start = date(tokens, at: i + 1),
               start.next < tokens.count, ["to", "and", "until", "-", "–"].contains(tokens[start.next].lowercased()),
               let end = date(tokens, at: start.next + 1), start.date <= end.date {
                return Period(start: start.date, end: end.date)
            }
        }
        return nil
    }

    /// A written date of three tokens at `i` ("1 April 2019"), and the index after it.
    static func date(_ tokens: [String], at i: Int) -> (date: ISODate, next: Int)? {
        guard i + 2 < tokens.count else { return nil }
        let candidate = tokens[i...(i + 2)].joined(separator: " ")
        guard let date = DateParser.parse(candidate) else { return nil }
        return (date, i + 3)
    }
}
