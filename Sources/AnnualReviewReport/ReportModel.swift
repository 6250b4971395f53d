import AnnualReview
import Foundation

/// The letters of a report, one row each, in a stable order (authority, year, source name,
/// sha256), each with the file name of its page.
public struct Report: Sendable {
    /// One row per letter, in report order.
    public let rows: [ReportRow]

    public init(letters: [AnnualReviewLetter]) {
        let sorted = letters.sorted { a, b in
            let left = ReportRow.sortKey(a), right = ReportRow.sortKey(b)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            if left.2 != right.2 { return left.2 < right.2 }
            if left.3 != right.3 { return left.3 < right.3 }
            return left.4 < right.4
        }
        let pages = PageNames.assign(sorted)
        var shared: [String: Int] = [:]
        for letter in sorted { shared[ReportRow.authorityYear(letter), default: 0] += 1 }
        rows = zip(sorted, pages).map { letter, page in
            ReportRow(letter: letter, page: page, sharesAuthorityYear: (shared[ReportRow.authorityYear(letter)] ?? 0) > 1)
        }
    }

    /// How many different authorities the letters are about.
    public var authorityCount: Int { Set(rows.map(\.authority)).count }

    /// The earliest and latest year of the letters, if any states one.
    public var years: ClosedRange<Int>? {
        let years = rows.compactMap(\.letter.year)
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }
}

/// One letter in the report: the letter, its page's file name, and its figures as shown.
public struct ReportRow: Sendable {
    public let letter: AnnualReviewLetter
    /// The authority page's file name inside the site folder (`slug-year.html`).
    public let page: String
    /// Whether another letter of the report has the same authority and year (then the source
    /// file's name is shown beside the authority to tell them apart).
    public let sharesAuthorityYear: Bool

    /// The authority the letter is about (or, failing that, the recipient's authority).
    public var authority: String { ReportRow.authorityName(letter) ?? "Unknown authority" }

    /// The letter's authority, else the recipient's; nil when neither names one.
    static func authorityName(_ letter: AnnualReviewLetter) -> String? {
        for name in [letter.authority, letter.recipient?.authority] {
            if let name, !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return name }
        }
        return nil
    }

    /// The letter's year as text, or "no year".
    public var yearText: String { letter.year.map(String.init) ?? "no year" }

    /// One statistic as the report shows it.
    public func value(_ kind: StatisticKind) -> StatisticValue {
        guard let statistics = letter.statistics else { return .statisticsMissing }
        let status: PanelStatus, percent: Double?, average: Double?
        switch kind {
        case .upheld:
            let panel = statistics.complaintsUpheld
            (status, percent, average) = (panel.status, panel.percent, panel.averagePercent)
        case .compliance:
            let panel = statistics.compliance
            (status, percent, average) = (panel.status, panel.percent, panel.averagePercent)
        case .remedies:
            let panel = statistics.satisfactoryRemedies
            (status, percent, average) = (panel.status, panel.percent, panel.averagePercent)
        }
        switch status {
        case .reported:
            guard let percent, percent.isFinite else { return .notStated }
            return .reported(percent: percent, average: average.flatMap { $0.isFinite ? $0 : nil })
        case .missing:
            return .panelMissing
        case .noInvestigations, .noneDue, .noUpheldInvestigations:
            return .nothingToReport(status)
        }
    }

    /// The number of rows of the complaints-received table; nil when the letter has no such table.
    public var complaintsReceivedCount: Int? { letter.complaintsReceived?.count }

    /// The number of rows of the decisions table; nil when the letter has no such table.
    public var decisionCount: Int? { letter.decisions?.count }

    /// Whether the row is marked: statistics missing, or warnings.
    public var isFlagged: Bool { letter.statistics == nil || !letter.warnings.isEmpty }

    static func authorityYear(_ letter: AnnualReviewLetter) -> String {
        "\(authorityName(letter) ?? "")\u{0}\(letter.year.map(String.init) ?? "")"
    }

    static func sortKey(_ letter: AnnualReviewLetter) -> (String, String, Int, String, String) {
        let authority = authorityName(letter) ?? "\u{10FFFF}"
        return (authority.lowercased(), authority, letter.year ?? Int.max, letter.source.name, letter.source.sha256)
    }
}

/// The three statistics panels of a letter.
public enum StatisticKind: String, CaseIterable, Sendable {
    case upheld, compliance, remedies

    /// The index column's heading.
    public var shortTitle: String {
        switch self {
        case .upheld: return "Uphold rate"
        case .compliance: return "Compliance"
        case .remedies: return "Satisfactory remedies"
        }
    }

    /// The panel's heading as the letters write it.
    public var panelTitle: String {
        switch self {
        case .upheld: return "Complaints upheld"
        case .compliance: return "Compliance with Ombudsman recommendations"
        case .remedies: return "Satisfactory remedies provided by the authority"
        }
    }
}

/// One statistic of one letter as the report shows it: a figure, or words saying why there is none.
public enum StatisticValue: Equatable, Sendable {
    /// A stated percentage, with the similar-authority average when the letter gives one.
    case reported(percent: Double, average: Double?)
    /// The panel says it reports figures but states no percentage.
    case notStated
    /// The panel says there was nothing to measure (no investigations, none due, none upheld).
    case nothingToReport(PanelStatus)
    /// The letter has the other panels but not this one.
    case panelMissing
    /// The letter has no statistics panels at all.
    case statisticsMissing

    /// Short words in place of a figure (nil for a reported figure).
    public var words: String? {
        switch self {
        case .reported: return nil
        case .notStated: return "Not stated"
        case .nothingToReport(let status): return ReportWording.shortStatus(status)
        case .panelMissing: return "Panel missing"
        case .statisticsMissing: return "Missing"
        }
    }

    /// Whether the value is a defect of the letter (missing), not a statement of it.
    public var isMissing: Bool {
        switch self {
        case .panelMissing, .statisticsMissing, .notStated: return true
        case .reported, .nothingToReport: return false
        }
    }
}

/// The words the report uses for statuses and numbers.
public enum ReportWording {
    /// A status in a few words, as the index shows it.
    public static func shortStatus(_ status: PanelStatus) -> String {
        switch status {
        case .reported: return "Reported"
        case .noInvestigations: return "No investigations"
        case .noneDue: return "None due"
        case .noUpheldInvestigations: return "No upheld investigations"
        case .missing: return "Panel missing"
        }
    }

    /// A status as the letter words it.
    public static func statement(_ status: PanelStatus) -> String {
        switch status {
        case .reported: return "Reported."
        case .noInvestigations: return "The Ombudsman carried out no detailed investigations during this period."
        case .noneDue: return "No recommendations were due for compliance in this period."
        case .noUpheldInvestigations: return "The Ombudsman did not uphold any detailed investigations during this period."
        case .missing: return "This panel is missing from the letter."
        }
    }

    /// A number as the letter's JSON writes it: `25`, `33.3` (no `.0`).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "not a number" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `25 %`.
    public static func percent(_ value: Double) -> String { number(value) + "\u{A0}%" }

    /// `1 decision`, `2 decisions`.
    public static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
