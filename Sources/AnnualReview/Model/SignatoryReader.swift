/// Reads the signature: the name, then the roles under it — from lines as written, or from
/// one collapsed line ("Michael King Local Government and Social Care Ombudsman Chair, …").
public enum SignatoryReader {
    /// Words that open a role rather than continue a name.
    static let roleOpeners: Set<String> = ["local", "interim", "acting", "deputy", "chair", "chair,", "vice", "chief",
                                           "ombudsman", "director", "head", "executive", "commissioner", "the"]

    public static func read(lines rawLines: [String]) -> Signatory? {
        let lines = rawLines.filter { !$0.isEmpty }
        guard let first = lines.first else { return nil }
        if lines.count >= 2 {
            let firstWords = first.split(separator: " ")
            if firstWords.count <= 4, !firstWords.contains(where: { roleOpeners.contains($0.lowercased()) }) {
                // A line may hold several roles run together ("… Ombudsman Chair, …").
                let roles = lines.dropFirst().flatMap { splitRoles($0.split(separator: " ").map(String.init)) }
                return Signatory(name: first, roles: roles)
            }
        }
        let words = lines.joined(separator: " ").split(separator: " ").map(String.init)
        let nameEnd = words.indices.first(where: { $0 >= 1 && roleOpeners.contains(words[$0].lowercased()) })
            ?? min(2, words.count)
        let name = words[..<nameEnd].joined(separator: " ")
        return Signatory(name: name.isEmpty ? nil : name, roles: splitRoles(Array(words[nameEnd...])))
    }

    /// A role ends with "Ombudsman"; a capitalised word ending in a comma ("Chair,") opens the next
    /// role together with the words before it that qualify it ("Interim Chair,").
    static func splitRoles(_ words: [String]) -> [String] {
        var roles: [[String]] = []
        var current: [String] = []
        for word in words {
            if word.hasSuffix(","), word.first?.isUppercase == true, !current.isEmpty {
                let qualifiers = current.reversed().prefix(while: { ["interim", "acting", "deputy", "vice"].contains($0.lowercased()) })
                let kept = Array(current.dropLast(qualifiers.count))
                if !kept.isEmpty { roles.append(kept) }
                current = Array(qualifiers.reversed())
            }
            current.append(word)
            if word.lowercased() == "ombudsman" {
                roles.append(current)
                current = []
            }
        }
        if !current.isEmpty { roles.append(current) }
        return roles.map { $0.joined(separator: " ") }
    }
}
