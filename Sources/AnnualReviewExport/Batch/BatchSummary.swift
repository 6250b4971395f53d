import Foundation

/// What a batch did, for the summary line and the exit status.
public struct BatchSummary: Sendable, Equatable {
    public var total = 0
    public var converted = 0
    public var failed = 0
    /// Skipped because the output already held them (`--skip-existing`).
    public var skipped = 0
    /// Not written again: same bytes as an earlier input of this run.
    public var duplicates = 0
    public var warnings = 0
    public var elapsed: TimeInterval = 0
    /// Stopped by SIGINT or SIGTERM before every input was started.
    public var interrupted = false
    /// Not started, or (when the output failed) started but not written.
    public var notStarted = 0
    /// Stopped because the output could not be written any more.
    public var stoppedByOutput = false

    public init() {}

    /// `annual-review: 998 converted, 5 failed, 1234 warnings, 3 skipped, 12.3 s (81.1 files/s)`.
    public var line: String {
        var parts = ["\(converted) converted", "\(failed) failed", "\(warnings) warning\(warnings == 1 ? "" : "s")"]
        if skipped > 0 { parts.append("\(skipped) skipped (already in the output)") }
        if duplicates > 0 { parts.append("\(duplicates) duplicate\(duplicates == 1 ? "" : "s") of earlier inputs") }
        let done = converted + failed + skipped + duplicates
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        parts.append(String(format: "%.1f s (%.1f files/s)", elapsed, rate))
        var prefix = "annual-review: "
        if interrupted { prefix += "interrupted, \(notStarted) of \(total) inputs not started; " }
        if stoppedByOutput { prefix += "stopped (the output cannot be written), \(notStarted) of \(total) inputs not written; " }
        return prefix + parts.joined(separator: ", ")
    }
}
