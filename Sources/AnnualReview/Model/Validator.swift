/// Checks a built letter for inconsistencies and returns the warnings, each with the place it
/// concerns so they can be listed in document order.
public enum Validator {
    /// A warning and the place it concerns: segment index, then row (or 0).
    public struct Placed: Sendable {
        public var place: (Int, Int)
        public var warning: LetterWarning
    }

    public static func statisticsWarnings(_ statistics: Statistics?, figures: [PanelKind: PanelReader.Figures],
                                          period: Period?, decisions: [Decision]?) -> [LetterWarning] {
        guard let statistics else { return [LetterWarning(.statisticsMissing, "the letter holds no statistics panels")] }
        var warnings: [LetterWarning] = []
        for kind in PanelKind.allCases where figures[kind] == nil {
            warnings.append(LetterWarning(.statisticsMissing, "the letter holds no '\(kind.title)' panel"))
        }
        let upheld = statistics.complaintsUpheld
        let remedies = statistics.satisfactoryRemedies
        func inconsistent(_ message: String) { warnings.append(LetterWarning(.statisticsInconsistent, message)) }

        if upheld.status == .reported, let percent = upheld.percent, let count = upheld.upheldCount,
           let total = upheld.investigationCount {
            if total == 0 || count > total {
                inconsistent("'Complaints upheld' panel: \(count) upheld of \(total) investigations is impossible")
            } else if let expected = roundedPercent(count, of: total), expected != percent {
                inconsistent("'Complaints upheld' panel states \(fmt(percent))%, but \(count) of \(total) investigations is \(fmt(expected))%")
            }
        }
        if remedies.status == .reported, let percent = remedies.percent, let count = remedies.remedyCount,
           let upheldCount = upheld.upheldCount {
            if count > upheldCount {
                inconsistent("'Satisfactory remedies' panel counts \(count) remedies but only \(upheldCount) upheld cases")
            } else if let expected = roundedPercent(count, of: upheldCount), expected != percent {
                inconsistent("'Satisfactory remedies' panel states \(fmt(percent))%, but \(count) of \(upheldCount) upheld cases is \(fmt(expected))%")
            }
        }
        if let a = upheld.investigationCount, let b = remedies.investigationCount, a != b {
            inconsistent("the 'Complaints upheld' panel counts \(a) detailed investigations, the 'Satisfactory remedies' panel \(b)")
        }
        if upheld.status == .noInvestigations, remedies.status == .reported {
            inconsistent("the 'Complaints upheld' panel reports no investigations, but the 'Satisfactory remedies' panel reports figures")
        }
        if remedies.status == .noUpheldInvestigations, let count = upheld.upheldCount, count > 0 {
            inconsistent("the 'Satisfactory remedies' panel reports no upheld investigations, but the 'Complaints upheld' panel counts \(count)")
        }
        if let decisions {
            let upheldDecisions = decisions.filter { $0.decision?.lowercased() == "upheld" }.count
            let investigated = decisions.filter { ["upheld", "not upheld"].contains($0.decision?.lowercased() ?? "") }.count
            let statedUpheld = upheld.status == .noInvestigations ? 0 : upheld.upheldCount
            let statedInvestigations = upheld.status == .noInvestigations ? 0 : upheld.investigationCount
            if let stated = statedUpheld, stated != upheldDecisions {
                inconsistent("the 'Complaints upheld' panel counts \(stated) upheld, the decisions table \(upheldDecisions)")
            }
            if let stated = statedInvestigations, stated != investigated {
                inconsistent("the 'Complaints upheld' panel counts \(stated) detailed investigations, the decisions table \(investigated) (upheld and not upheld)")
            }
        }
        if let period {
            for kind in PanelKind.allCases {
                if let stated = figures[kind]?.period, stated != period {
                    inconsistent("the '\(kind.title)' panel covers \(stated.start) to \(stated.end), the letter \(period.start) to \(period.end)")
                }
            }
        }
        return warnings
    }

    /// `round(100 × part / whole)`, halves rounded up.
    static func roundedPercent(_ part: Int, of whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        return (100 * Double(part) / Double(whole)).rounded(.toNearestOrAwayFromZero)
    }

    static func fmt(_ value: Double) -> String { NumberText.format(value) }
}
