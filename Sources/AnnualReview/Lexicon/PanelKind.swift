/// Which of the three statistics panels a panel segment is.
public enum PanelKind: String, Codable, Sendable, CaseIterable {
    case complaintsUpheld, compliance, satisfactoryRemedies

    public var title: String {
        switch self {
        case .complaintsUpheld: return "Complaints upheld"
        case .compliance: return "Compliance with Ombudsman recommendations"
        case .satisfactoryRemedies: return "Satisfactory remedies provided by the authority"
        }
    }

    /// The status this panel's nothing-to-report statement states.
    public var nothingToReport: PanelStatus {
        switch self {
        case .complaintsUpheld: return .noInvestigations
        case .compliance: return .noneDue
        case .satisfactoryRemedies: return .noUpheldInvestigations
        }
    }
}
