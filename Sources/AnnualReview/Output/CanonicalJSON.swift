/// Writes JSON exactly as `jq --sort-keys --indent 2 .` prints it: keys sorted,
/// two-space indent, `"key": value`, `[]`/`{}` when empty, slashes and UTF-8 unescaped,
/// one trailing newline (pretty form) — or the same value on one line (compact form).
///
/// The writer appends UTF-8 bytes to one buffer; `Encodable` values are written straight from
/// the encoder's tree, without building `JSONValue` dictionaries on the way.
public enum CanonicalJSON {
    /// Pretty form, as `jq --sort-keys --indent 2 .`.
    public static func pretty(_ value: JSONValue) -> String {
        var writer = Writer(pretty: true)
        writer.write(value, indent: 0)
        writer.bytes.append(0x0A)
        return writer.string
    }

    /// Compact form, as `jq --sort-keys -c .` (one line, no trailing newline).
    public static func compact(_ value: JSONValue) -> String {
        var writer = Writer(pretty: false)
        writer.write(value, indent: 0)
        return writer.string
    }

    /// Encodes any `Encodable` value canonically (pretty form).
    public static func pretty<T: Encodable>(_ value: T) throws -> String {
        var writer = Writer(pretty: true)
        writer.write(try JSONTree.encode(value), indent: 0)
        writer.bytes.append(0x0A)
        return writer.string
    }

    /// Encodes any `Encodable` value canonically (compact form, one line).
    public static func compact<T: Encodable>(_ value: T) throws -> String {
        var writer = Writer(pretty: false)
        writer.write(try JSONTree.encode(value), indent: 0)
        return writer.string
    }

    /// Byte-wise (UTF-8) comparison, which orders strings by code points as jq sorts keys.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                var i = 0
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] }
                    i += 1
                }
                return x.count < y.count
            }
        }
    }

    /// Integral values print without a fraction, as jq does (`25`, not `25.0`).
    static func formatNumber(_ d: Double) -> String { NumberText.format(d) }

    /// The byte writer behind both forms.
    struct Writer {
        let pretty: Bool
        var bytes: [UInt8] = []
        /// Objects of one type share their key order; it is sorted once per run of them.
        var keyOrder = JSONTree.KeyOrderCache()

        init(pretty: Bool) {
            self.pretty = pretty
            bytes.reserveCapacity(4096)
        }

        var string: String { String(decoding: bytes, as: UTF8.self) }

        mutating func write(_ value: JSONValue, indent: Int) {
            switch value {
            case .null: append("null")
            case .bool(let b): append(b ? "true" : "false")
            case .int(let i): append(String(i))
            case .double(let d): append(formatNumber(d))
            case .string(let s): writeString(s)
            case .array(let items):
                if items.isEmpty { append("[]"); return }
                bytes.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    write(item, indent: indent + 1)
                }
                newline(indent)
                bytes.append(UInt8(ascii: "]"))
            case .object(let members):
                if members.isEmpty { append("{}"); return }
                bytes.append(UInt8(ascii: "{"))
                let sorted = members.sorted { CanonicalJSON.precedes($0.key, $1.key) }
                for (i, member) in sorted.enumerated() {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    key(member.key)
                    write(member.value, indent: indent + 1)
                }
                newline(indent)
                bytes.append(UInt8(ascii: "}"))
            }
        }

        mutating func write(_ node: JSONTree.Node, indent: Int) {
            switch node {
            case .scalar(let value): write(value, indent: indent)
            case .slot(let slot): write(slot, indent: indent)
            }
        }

        mutating func write(_ slot: JSONTree.Slot, indent: Int) {
            switch slot.kind {
            case .empty: append("{}")
            case .scalar: write(slot.scalar, indent: indent)
            case .array:
                if slot.items.isEmpty { append("[]"); return }
                bytes.append(UInt8(ascii: "["))
                for (i, item) in slot.items.enumerated() {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    write(item, indent: indent + 1)
                }
                newline(indent)
                bytes.append(UInt8(ascii: "]"))
            case .object:
                if slot.members.isEmpty { append("{}"); return }
                bytes.append(UInt8(ascii: "{"))
                let order = slot.sortedMemberIndices(&keyOrder)
                for (i, index) in order.enumerated() {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(indent + 1)
                    key(slot.members[index].key)
                    write(slot.members[index].node, indent: indent + 1)
                }
                newline(indent)
                bytes.append(UInt8(ascii: "}"))
            }
        }

        mutating func key(_ key: String) {
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
        }

        mutating func append(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func newline(_ level: Int) {
            guard pretty else { return }
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: 2 * level))
        }

        /// A string literal: `"` `\` and control characters escaped as jq does; everything else,
        /// `/` and non-ASCII included, as it is.
        mutating func writeString(_ s: String) {
            bytes.append(UInt8(ascii: "\""))
            var text = s
            text.withUTF8 { utf8 in
                var start = 0
                var i = 0
                let count = utf8.count
                while i < count {
                    let byte = utf8[i]
                    guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else {
                        i += 1
                        continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                    i += 1
                    start = i
                    switch byte {
                    case 0x22: append("\\\"")
                    case 0x5C: append("\\\\")
                    case 0x0A: append("\\n")
                    case 0x0D: append("\\r")
                    case 0x09: append("\\t")
                    case 0x08: append("\\b")
                    case 0x0C: append("\\f")
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        append("\\u00")
                        bytes.append(hex[Int(byte >> 4)])
                        bytes.append(hex[Int(byte & 0x0F)])
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<count]))
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
