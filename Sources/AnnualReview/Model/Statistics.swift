/// The three statistics panels of a letter.
public struct Statistics: Codable, Equatable, Sendable {
    public var complaintsUpheld: ComplaintsUpheldPanel
    public var compliance: CompliancePanel
    public var satisfactoryRemedies: SatisfactoryRemediesPanel
}

/// "Complaints upheld": the uphold rate among detailed investigations.
public struct ComplaintsUpheldPanel: Codable, Equatable, Sendable {
    public var status: PanelStatus
    public var percent: Double?
    public var averagePercent: Double?
    public var upheldCount: Int?
    public var investigationCount: Int?
}

/// "Compliance with Ombudsman recommendations".
public struct CompliancePanel: Codable, Equatable, Sendable {
    public var status: PanelStatus
    public var percent: Double?
    public var averagePercent: Double?
    public var outcomeCount: Int?
}

/// "Satisfactory remedies provided by the authority".
public struct SatisfactoryRemediesPanel: Codable, Equatable, Sendable {
    public var status: PanelStatus
    public var percent: Double?
    public var averagePercent: Double?
    public var remedyCount: Int?
    public var investigationCount: Int?
}
