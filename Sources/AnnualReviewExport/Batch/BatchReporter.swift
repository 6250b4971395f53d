import Foundation

/// What a batch tells the user on standard error: one line per failed input
/// (`annual-review: NAME: reason`), a progress bar redrawn in place when stderr is a terminal,
/// and the summary line at the end. Used from the writer thread only.
public final class BatchReporter {
    private let bar: ProgressBar
    private let showsProgress: Bool
    private let showsSummary: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var barVisible = false
    private var done = 0

    /// - Parameters:
    ///   - showsProgress: draw the bar (callers pass `isatty(2) && !quiet`).
    ///   - showsSummary: print the summary line at the end.
    public init(total: Int, showsProgress: Bool, showsSummary: Bool) {
        bar = ProgressBar(total: total)
        self.showsProgress = showsProgress
        self.showsSummary = showsSummary
    }

    /// Seconds since the reporter was made (the batch's start).
    public var elapsed: TimeInterval { Date().timeIntervalSince(start) }

    /// Whether standard error is a terminal.
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    public func failure(_ name: String, _ reason: String) {
        clearBar()
        BatchReporter.write("annual-review: \(name): \(reason)\n")
    }

    /// One more input is done; redraws at most ten times a second.
    public func advance() {
        done += 1
        tick()
    }

    /// Redraws the bar if it is due (also while waiting, so the rate and time left move).
    public func tick() {
        guard showsProgress, Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        BatchReporter.write("\r" + bar.line(done: done, elapsed: elapsed) + "\u{1B}[K")
        barVisible = true
    }

    public func finish(_ summary: BatchSummary) {
        clearBar()
        if showsSummary { BatchReporter.write(summary.line + "\n") }
    }

    private func clearBar() {
        guard barVisible else { return }
        BatchReporter.write("\r\u{1B}[K")
        barVisible = false
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
