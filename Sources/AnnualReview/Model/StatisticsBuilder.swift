import Foundation

/// Builds the three statistics panels from the panel segments.
public enum StatisticsBuilder {
    /// What the panels hold: the statistics, each panel's figures as read, and the figures that
    /// could not be placed in any panel (quoted in an `unparsed-line` warning).
    public struct Built: Sendable {
        public var statistics: Statistics
        public var figures: [PanelKind: PanelReader.Figures]
        public var unplaced: [String]
    }

    /// The panels, or nil when the letter holds none. Missing single panels are `.missing`.
    ///
    /// Each panel is read from its own segment (`PanelReader`), unless a renderer mixed the
    /// panels' text: a heading naming several panels whose text was not cut into one segment
    /// per panel (panels side by side flattened onto shared lines), a panel whose segment
    /// holds nothing of it (headings stacked before the panels' text), or one that holds both a
    /// nothing-to-report statement and a figure, or two panels' statements (another panel's text
    /// run on after it). Then all the panels'
    /// text is read as one (`PanelStreamReader`).
    public static func statistics(in segments: [Segment]) -> Built? {
        let panels = segments.filter { $0.kind == .statisticsPanel }
        // The panels stand together: the run of panel segments from the first one on (text a
        // heading's words mistook for a panel further on is no panel's).
        let first = segments.firstIndex { $0.kind == .statisticsPanel } ?? segments.endIndex
        let run = segments[first...].prefix { $0.kind == .statisticsPanel }
        // Each panel segment read once, whether the panels turn out mixed or not.
        let read = panels.map { segment in segment.panel.map { _ in PanelReader.read(segment) } }
        var figures: [PanelKind: PanelReader.Figures] = [:]
        var unplaced: [String] = []
        if let (kinds, lines) = mixedPanels(Array(run), read: Array(read.prefix(run.count))) {
            let result = PanelStreamReader.read(lines, kinds: kinds)
            figures = result.figures
            unplaced = result.unplaced
        } else {
            for (segment, figuresRead) in zip(panels, read) {
                guard let kind = segment.panel, figures[kind] == nil, let figuresRead else { continue }
                figures[kind] = figuresRead
            }
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
        return Built(statistics: statistics, figures: figures, unplaced: unplaced)
    }

    /// The panels' kinds (in the order their headings name them) and all their lines, where
    /// a renderer mixed the panels' text; nil where each segment holds its own panel. `read` is
    /// `PanelReader.read` of each segment that names its panel (nil for the others).
    static func mixedPanels(_ panels: [Segment], read: [PanelReader.Figures?]) -> ([PanelKind], [String])? {
        var kinds: [PanelKind] = []
        var mixed = false
        for (segment, figures) in zip(panels, read) {
            let named = segment.heading.map(LetterWords.panelSubjects) ?? []
            let alone = panels.filter { $0.heading == segment.heading }.count == 1
            if named.count > 1 && alone { mixed = true }
            if figures?.holdsNothing == true { mixed = true }
            // A statement that there is nothing to report, and a figure: another panel's.
            let text = segment.blocks.map(\.text).joined(separator: " ")
            let letters = LetterWords.letters(text)
            if LetterWords.nothingToReport(inLetters: letters) != nil, TextSearch.contains(text, "%") { mixed = true }
            // The statements of two panels: the second panel's heading was run into the text.
            if LetterWords.statementsStated(inLetters: letters).count > 1 { mixed = true }
            for kind in (named.isEmpty ? segment.panel.map { [$0] } ?? [] : named) where !kinds.contains(kind) {
                kinds.append(kind)
            }
        }
        guard mixed, !kinds.isEmpty else { return nil }
        // The panels' text ends where a table's rows start.
        let lines = panels.flatMap { $0.blocks.flatMap(\.lines) }.prefix { !ReferenceNumber.startsLine($0) }
        return (kinds, Array(lines))
    }
}
