import Foundation

/// Builds the three statistics panels from the panel segments.
public enum StatisticsBuilder {
    /// The panels, or nil when the letter holds none. Missing single panels are `.missing`.
    public static func statistics(_ panels: [Segment]) -> (Statistics, [PanelKind: PanelReader.Figures])? {
        var figures: [PanelKind: PanelReader.Figures] = [:]
        for segment in panels {
            guard let kind = segment.panel, figures[kind] == nil else { continue }
            figures[kind] = PanelReader.read(segment)
        }
        guard !figures.isEmpty else { return nil }
        let missing = PanelReader.Figures(status: .missing)
        let upheld = figures[.complaintsUpheld] ?? missing
        let compliance = figures[.compliance] ?? missing
        let remedies = figures[.satisfactoryRemedies] ?? missing
        let statistics = Statistics(
            complaintsUpheld: ComplaintsUpheldPanel(
                status: upheld.status, percent: upheld.percent, averagePercent: upheld.averagePercent,
                upheldCount: upheld.upheldCount, investigationCount: upheld.investigationCount),
            compliance: CompliancePanel(
                status: compliance.status, percent: compliance.percent, averagePercent: compliance.averagePercent,
                outcomeCount: compliance.outcomeCount),
            satisfactoryRemedies: SatisfactoryRemediesPanel(
                status: remedies.status, percent: remedies.percent, averagePercent: remedies.averagePercent,
                remedyCount: remedies.remedyCount, investigationCount: remedies.investigationCount))
        return (statistics, figures)
    }
}
