/// Writes JSON exactly as `jq --sort-keys --indent 2 .` prints it: keys sorted,
/// two-space indent, `"key": value`, `[]`/`{}` when empty, slashes and UTF-8 unescaped,
/// one trailing newline (pretty form) — or the same value on one line (compact form).
public enum CanonicalJSON {
    /// Pretty form, as `jq --sort-keys --indent 2 .`.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, indent: 0, pretty: true, into: &out)
        out.append("\n")
        return out
    }

    /// Compact form, as `jq --sort-keys -c .` (one line, no trailing newline).
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, pretty: false, into: &out)
        return out
    }

    /// Encodes any `Encodable` value canonically (pretty form).
    public static func pretty<T: Encodable>(_ value: T) throws -> String {
        pretty(try JSONValueEncoder().encode(value))
    }

    private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .double(let d): out.append(formatNumber(d))
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1, pretty, &out)
                write(item, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty, &out)
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{")
            for (i, key) in members.keys.sorted(by: codepointOrder).enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1, pretty, &out)
                writeString(key, into: &out)
                out.append(pretty ? ": " : ":")
                write(members[key] ?? .null, indent: indent + 1, pretty: pretty, into: &out)
            }
            newline(indent, pretty, &out)
            out.append("}")
        }
    }

    private static func newline(_ level: Int, _ pretty: Bool, _ out: inout String) {
        guard pretty else { return }
        out.append("\n")
        out.append(String(repeating: "  ", count: level))
    }

    /// jq sorts keys by Unicode code points.
    private static func codepointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// Integral values print without a fraction, as jq does (`25`, not `25.0`).
    static func formatNumber(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    private static func writeString(_ s: String, into out: inout String) {
        out.append("\"")
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            out.append(s)
            out.append("\"")
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
