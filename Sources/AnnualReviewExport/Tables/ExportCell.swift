import AnnualReview

/// One value of a flattened table row: what a CSV field or an SQLite column holds.
public enum ExportCell: Equatable, Sendable {
    case null
    case text(String)
    case integer(Int)
    case real(Double)

    init(_ text: String?) { self = text.map(ExportCell.text) ?? .null }
    init(_ number: Int?) { self = number.map(ExportCell.integer) ?? .null }
    init(_ number: Double?) { self = number.map(ExportCell.real) ?? .null }
    init(_ date: ISODate?) { self = date.map { .text($0.description) } ?? .null }

    /// The value as CSV text: numbers as JSON writes them (`25`, `33.3`), `nil` for null.
    public var text: String? {
        switch self {
        case .null: return nil
        case .text(let value): return value
        case .integer(let value): return String(value)
        case .real(let value): return ExportCell.format(value)
        }
    }

    /// Integral values without a fraction (`25`, not `25.0`), as the canonical JSON prints them.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
