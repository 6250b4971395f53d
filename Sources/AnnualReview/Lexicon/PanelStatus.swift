/// Whether a panel states figures or says there was nothing to report.
public enum PanelStatus: String, Codable, Sendable {
    case reported
    case noInvestigations
    case noneDue
    case noUpheldInvestigations
    /// The panel is absent from a letter that has the others.
    case missing
}
