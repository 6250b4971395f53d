/// Numbers as the letter's JSON and messages print them.
public enum NumberText {
    /// Integral values print without a fraction, as jq does (`25`, not `25.0`); a value that is
    /// not finite prints as `null`.
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }
}
