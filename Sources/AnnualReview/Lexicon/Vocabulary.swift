/// A list of values compared as a rendering may have printed them: without the spaces a
/// renderer may have lost or added (`Planning& Development`, `Benefits&Tax`,
/// `Incomplete/ Invalid` all read as the value they print). Answers whether a text is a whole
/// value (and which, in its own spelling) or the start of one.
public struct Vocabulary: Sendable {
    /// The values' keys and spellings.
    let entries: [(key: String, value: String)]
    /// Values may be listed several to a cell, joined by ", " (remedies).
    let isList: Bool
    /// Letters compare without case (header names); values keep theirs ("fault & injustice"
    /// and "Fault & injustice" are printed as they were).
    let ignoresCase: Bool

    /// The values as printed, for the common case: a cell that is a value exactly.
    let spellings: Set<String>

    public init(_ values: [String], isList: Bool = false, ignoresCase: Bool = false) {
        self.ignoresCase = ignoresCase
        entries = values.map { (Vocabulary.key($0, ignoringCase: ignoresCase), $0) }
        spellings = Set(values)
        self.isList = isList
    }

    /// The values, as printed.
    var values: [String] { entries.map(\.value) }

    /// How well a text fits the vocabulary.
    public enum Fit: Sendable, Equatable {
        /// A whole value; `spelling` is how the value is printed (spaces put back).
        case whole(spelling: String)
        /// The start of a value: more of it may follow on the next line.
        case partial
        /// Not a value of this vocabulary.
        case none

        /// Whether this is a whole value.
        public var isWhole: Bool {
            if case .whole = self { return true }
            return false
        }
    }

    /// The comparison key: no white space and no hyphen, which renderers lose or add around
    /// words (`Premature Decision referred to BinJ`); lower case, when case is ignored.
    public static func key(_ text: some StringProtocol, ignoringCase: Bool) -> String {
        // ASCII (nearly every cell) byte by byte: its white space is tab to carriage return and
        // the space, its upper case A-Z; no Unicode property is looked up.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return unicodeKey(text, ignoringCase: ignoringCase) }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: "-") { continue }
            bytes.append(ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `key` for text beyond ASCII, by Unicode's white space and lower case.
    static func unicodeKey(_ text: some StringProtocol, ignoringCase: Bool) -> String {
        let folded = ignoringCase ? String(text).lowercased() : String(text)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" }))
    }

    /// How `text` fits: a whole value, the start of one, or neither. For a list vocabulary every
    /// value but the last must be whole.
    public func fit(_ text: String) -> Fit {
        if spellings.contains(text) { return .whole(spelling: text) }
        let key = Vocabulary.key(text, ignoringCase: ignoresCase)
        guard !key.isEmpty else { return .none }
        guard isList else { return fitOne(key) }
        // Values joined by commas: split at each comma where the part before is a whole value.
        return fitList(Substring(key), spellings: [])
    }

    private func fitOne(_ key: some StringProtocol) -> Fit {
        var partial = false
        for entry in entries {
            if entry.key == key { return .whole(spelling: entry.value) }
            if !partial, entry.key.hasPrefix(key) { partial = true }
        }
        return partial ? .partial : .none
    }

    private func fitList(_ key: Substring, spellings: [String]) -> Fit {
        if case .whole(let spelling) = fitOne(key) {
            return .whole(spelling: (spellings + [spelling]).joined(separator: ", "))
        }
        var firstPartial = false
        if case .partial = fitOne(key) { firstPartial = true }
        var index = key.firstIndex(of: ",")
        while let comma = index {
            if case .whole(let spelling) = fitOne(key[..<comma]) {
                let rest = key[key.index(after: comma)...]
                if rest.isEmpty { return .partial }
                let fit = fitList(rest, spellings: spellings + [spelling])
                if fit != .none { return fit }
            }
            index = key[key.index(after: comma)...].firstIndex(of: ",")
        }
        return firstPartial ? .partial : .none
    }
}
