import Foundation

/// Renders the one-line progress bar: `[=======>       ] 412/1000  83.1 files/s  0:07 left`.
public struct ProgressBar: Sendable {
    public let total: Int
    public let width: Int

    public init(total: Int, width: Int = 30) {
        self.total = total
        self.width = width
    }

    /// The line for `done` inputs after `elapsed` seconds (no line end).
    public func line(done: Int, elapsed: TimeInterval) -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        var bar = String(repeating: "=", count: filled)
        if filled < width { bar += ">" + String(repeating: " ", count: width - filled - 1) }
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var line = "[\(bar)] \(done)/\(total)  \(String(format: "%.1f", rate)) files/s"
        if rate > 0 && done < total {
            line += "  \(ProgressBar.clock(Double(total - done) / rate)) left"
        }
        return line
    }

    /// `m:ss` or `h:mm:ss`.
    public static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        let mm = h > 0 && m < 10 ? "0\(m)" : "\(m)"
        let ss = s < 10 ? "0\(s)" : "\(s)"
        return h > 0 ? "\(h):\(mm):\(ss)" : "\(mm):\(ss)"
    }
}
