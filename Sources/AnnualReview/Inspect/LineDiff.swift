/// A unified diff of two texts by lines (longest common subsequence), for `check`.
public enum LineDiff {
    /// `---`/`+++` headers and hunks with `context` lines around each change; "" when equal.
    public static func unified(_ expected: String, _ actual: String, expectedName: String, actualName: String,
                               context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if a == b { return "" }
        let ops = operations(a, b)
        var out = "--- \(expectedName)\n+++ \(actualName)\n"
        let changed = ops.indices.filter { ops[$0].0 != " " }
        var i = 0
        while i < changed.count {
            let start = max(0, changed[i] - context)
            var end = min(ops.count, changed[i] + context + 1)
            while i + 1 < changed.count, changed[i + 1] - context <= end {
                i += 1
                end = min(ops.count, changed[i] + context + 1)
            }
            let lineA = ops[..<start].filter { $0.0 != "+" }.count + 1
            let lineB = ops[..<start].filter { $0.0 != "-" }.count + 1
            let hunk = ops[start..<end]
            out += "@@ -\(lineA),\(hunk.filter { $0.0 != "+" }.count) +\(lineB),\(hunk.filter { $0.0 != "-" }.count) @@\n"
            for (mark, line) in hunk { out += "\(mark)\(line)\n" }
            i += 1
        }
        return out
    }

    static func operations(_ a: [String], _ b: [String]) -> [(Character, String)] {
        // Trim the common head and tail, then LCS on the middle (small for near-equal JSON).
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let midA = Array(a[head..<(a.count - tail)])
        let midB = Array(b[head..<(b.count - tail)])
        var ops: [(Character, String)] = a[..<head].map { (" ", $0) }
        if midA.count * midB.count > 4_000_000 {
            ops += midA.map { ("-", $0) } + midB.map { ("+", $0) }
        } else {
            var lcs = Array(repeating: Array(repeating: 0, count: midB.count + 1), count: midA.count + 1)
            for i in stride(from: midA.count - 1, through: 0, by: -1) {
                for j in stride(from: midB.count - 1, through: 0, by: -1) {
                    lcs[i][j] = midA[i] == midB[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < midA.count || j < midB.count {
                if i < midA.count, j < midB.count, midA[i] == midB[j] { ops.append((" ", midA[i])); i += 1; j += 1 }
                else if i < midA.count, j == midB.count || lcs[i + 1][j] >= lcs[i][j + 1] { ops.append(("-", midA[i])); i += 1 }
                else { ops.append(("+", midB[j])); j += 1 }
            }
        }
        ops += a[(a.count - tail)...].map { (" ", $0) }
        return ops
    }
}
