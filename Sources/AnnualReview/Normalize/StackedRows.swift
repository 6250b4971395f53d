import Foundation

/// Two table rows or more that a renderer set in one pipe row, each cell holding the lines of
/// every row one under the other (pymupdf4llm, at the foot of a page of a table drawn cell by
/// cell: `|21010040<br>21011929|Royal Borough<br>of Kensington<br>and Chelsea<br>Royal Borough|
/// Housing<br>Planning &|…`). The first cell's lines are references, one per row; every other
/// cell's lines are cut into as many runs, in order, where the runs read best as the values
/// a table's cells hold (`TableValues.valueFit`: a whole category, decision, reason or date
/// before the start of the next), or where a cell's first line comes again (the same
/// authority in each row). The last row may stop short: its rest follows the page break.
///
/// A cell whose cut is not clear (two cuts read as well) leaves the row as it was: one row
/// whose cells the tables stage reports, never a guess.
enum StackedRows {
    /// The rows a pipe row's cells stack, or nil when its first cell is not two references or
    /// more, each on a line of its own, or a cell cannot be cut clearly.
    static func split(_ cellLines: [[String]]) -> [[String]]? {
        guard let references = cellLines.first, (2...maximumRows).contains(references.count),
              references.allSatisfy({ ReferenceNumber.isReference($0) }),
              cellLines.allSatisfy({ $0.count <= maximumCellLines }) else { return nil }
        let count = references.count
        var rows = Array(repeating: [String](), count: count)
        for (index, lines) in cellLines.enumerated() {
            guard let runs = index == 0 ? lines.map { [$0] } : cut(lines, into: count) else { return nil }
            for row in 0..<count { rows[row].append(WrappedText.unwrap(runs[row])) }
        }
        return rows
    }

    /// `lines` cut into `count` runs in order (trailing runs empty when there are fewer lines:
    /// a row's cell starts at its top), or nil when the best cut is not the only best.
    static func cut(_ lines: [String], into count: Int) -> [[String]]? {
        guard lines.count > count else {
            return (0..<count).map { $0 < lines.count ? [lines[$0]] : [] }
        }
        var best: (score: Double, cuts: [Int])? = nil
        var tie = false
        // Every way to place count - 1 cuts between the lines (cells of a few lines: a handful).
        func place(_ from: Int, _ cuts: [Int]) {
            guard cuts.count < count - 1 else {
                let bounds = [0] + cuts + [lines.count]
                var score = 0.0
                for run in 0..<count {
                    let text = WrappedText.unwrap(Array(lines[bounds[run]..<bounds[run + 1]]))
                    score += TableValues.valueFit(text, last: run == count - 1)
                    if run > 0, lines[bounds[run]] == lines[0] { score += FitScore.whole }
                }
                if let current = best, abs(current.score - score) < tieMargin {
                    tie = true
                } else if best.map({ score > $0.score }) ?? true {
                    best = (score, cuts)
                    tie = false
                }
                return
            }
            let remaining = count - 1 - cuts.count
            guard from <= lines.count - remaining else { return }
            for at in from...(lines.count - remaining) { place(at + 1, cuts + [at]) }
        }
        place(1, [])
        guard let best, !tie else { return nil }
        let bounds = [0] + best.cuts + [lines.count]
        return (0..<count).map { Array(lines[bounds[$0]..<bounds[$0 + 1]]) }
    }

    /// Two cuts whose scores differ by less than this read as well as each other (scores are
    /// sums of `FitScore` steps, a quarter apart at the least).
    static let tieMargin = 0.01

    /// Most rows one pipe row stacks: a page's last row and the next one's start make two;
    /// every way to cut a cell is tried, and the ways grow as lines to the power of rows.
    static let maximumRows = 3
    /// Most lines of one stacked cell (a cell wraps onto at most six lines a row; with the
    /// bound on rows, at most 171 ways to cut a cell).
    static let maximumCellLines = 20
}
