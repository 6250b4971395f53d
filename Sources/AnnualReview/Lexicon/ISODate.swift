/// A calendar date without time or zone, written as ISO `YYYY-MM-DD`.
public struct ISODate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid Gregorian date, or nil (no 31 April, no 29 February in 2021).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1000, year <= 9999,
              day >= 1, day <= ISODate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        // `YYYY-MM-DD` digit by digit (every date has a four-digit year): this runs for every
        // table row written.
        String(unsafeUninitializedCapacity: 10) { out in
            func put(_ value: Int, at start: Int, width: Int) {
                var v = value
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    out[i] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
            }
            put(year, at: 0, width: 4)
            out[4] = UInt8(ascii: "-")
            put(month, at: 5, width: 2)
            out[7] = UInt8(ascii: "-")
            put(day, at: 8, width: 2)
            return 10
        }
    }

    public static func < (a: ISODate, b: ISODate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// The next calendar day.
    public var nextDay: ISODate {
        if let d = ISODate(year: year, month: month, day: day + 1) { return d }
        if let d = ISODate(year: year, month: month + 1, day: 1) { return d }
        return ISODate(year: year + 1, month: 1, day: 1) ?? self
    }

    /// The same day one year earlier (29 February falls back to 28 February).
    public var oneYearEarlier: ISODate {
        ISODate(year: year - 1, month: month, day: day)
            ?? ISODate(year: year - 1, month: month, day: day - 1) ?? self
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = DateParser.iso(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
