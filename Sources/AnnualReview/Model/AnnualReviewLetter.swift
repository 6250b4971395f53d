/// One Annual Review letter as typed data (SPEC.md, schemaVersion 1). Every key is
/// always written; an unknown value is `null`.
public struct AnnualReviewLetter: Codable, Equatable, Sendable {
    public var schemaVersion: Int = 1
    public var source: SourceInfo
    public var date: ISODate?
    public var delivery: String?
    public var title: String?
    public var year: Int?
    public var period: Period?
    public var recipient: Recipient?
    public var salutation: String?
    public var authority: String?
    public var sections: [LetterSection]
    public var signatory: Signatory?
    public var statistics: Statistics?
    public var complaintsReceived: [ComplaintReceived]?
    public var decisions: [Decision]?
    public var warnings: [LetterWarning]

    public init(source: SourceInfo) {
        self.source = source
        self.sections = []
        self.warnings = []
    }
}

/// The reporting year the statistics cover (1 April to 31 March).
public struct Period: Codable, Equatable, Sendable {
    public var start: ISODate
    public var end: ISODate
    public init(start: ISODate, end: ISODate) { self.start = start; self.end = end }
}

/// The person the letter is addressed to: name as written, job title, authority.
public struct Recipient: Codable, Equatable, Sendable {
    public var name: String?
    public var jobTitle: String?
    public var authority: String?
    public init(name: String?, jobTitle: String?, authority: String?) {
        self.name = name
        self.jobTitle = jobTitle
        self.authority = authority
    }
}

/// A stretch of the narrative body under one heading (`nil` before the first heading).
public struct LetterSection: Codable, Equatable, Sendable {
    public var heading: String?
    public var paragraphs: [String]
    public init(heading: String?, paragraphs: [String]) { self.heading = heading; self.paragraphs = paragraphs }
}

/// Who signed the letter and the roles written under the name.
public struct Signatory: Codable, Equatable, Sendable {
    public var name: String?
    public var roles: [String]
    public init(name: String?, roles: [String]) { self.name = name; self.roles = roles }
}

/// A row of the "complaints received" table.
public struct ComplaintReceived: Codable, Equatable, Sendable {
    public var reference: String?
    public var authority: String?
    public var category: String?
    public var received: ISODate?
}

/// A row of the decisions table.
public struct Decision: Codable, Equatable, Sendable {
    public var reference: String?
    public var authority: String?
    public var category: String?
    public var decided: ISODate?
    public var decision: String?
    public var reason: String?
    public var remedy: String?
    public var serviceImprovements: String?
}

/// Something inconsistent or unreadable in a letter, in plain words.
public struct LetterWarning: Codable, Equatable, Sendable {
    public var code: WarningCode
    public var message: String
    public init(_ code: WarningCode, _ message: String) { self.code = code; self.message = message }
}

/// The warning codes of schemaVersion 1.
public enum WarningCode: String, Codable, Sendable, CaseIterable {
    case statisticsMissing = "statistics-missing"
    case statisticsInconsistent = "statistics-inconsistent"
    case dateOrder = "date-order"
    case authorityMismatch = "authority-mismatch"
    case unparsedLine = "unparsed-line"
}
