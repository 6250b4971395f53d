import Foundation

/// Splits the address block into the person, the job title and the authority — from separate
/// lines, or from one collapsed line ("Mr McGovern Managing Director Cannock Chase District Council")
/// using the salutation's surname and the shape of authority names.
public enum RecipientReader {
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
                                          "lord", "lady", "cllr", "councillor", "rev", "revd"]

    /// Words that end a job title ("… Executive", "Director of … Resources", "Head of Paid Service").
    static let jobTitleEndings: Set<String> = [
        "executive", "director", "officer", "manager", "clerk", "secretary", "head", "leader", "solicitor",
        "resources", "services", "service", "governance", "finance", "place", "people", "corporate",
        "operations", "transformation", "law", "democracy", "commissioning", "communities", "president",
        "chair", "chairman", "chairperson", "mayor", "deputy", "interim", "acting", "lead", "monitoring",
        "assurance", "complaints", "customers", "strategy", "performance", "administrator", "partner", "council",
    ]

    public static func read(lines rawLines: [String], salutation: String?) -> Recipient {
        let lines = rawLines.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return Recipient(name: nil, jobTitle: nil, authority: nil) }
        let words = lines.joined(separator: " ").split(separator: " ").map(String.init)
        let nameEnd = nameLength(words, lines: lines, salutation: salutation)
        let name = words.prefix(nameEnd).joined(separator: " ")

        // Lines as written: the name line, then title lines, then the authority line (and address).
        if lines.count >= 2, lines[0].split(separator: " ").count == nameEnd {
            let rest = Array(lines.dropFirst())
            if let authorityIndex = rest.firstIndex(where: looksLikeAuthority) {
                let title = rest[..<authorityIndex].joined(separator: " ")
                // The title run into the authority's line ("Head of Paid Service Tamworth
                // Borough Council"): cut where a title ends and an authority's name follows.
                if title.isEmpty, let (lineTitle, authority) = titleBeforeAuthority(rest[authorityIndex].split(separator: " ").map(String.init)) {
                    return Recipient(name: nonEmpty(name), jobTitle: lineTitle, authority: authority)
                }
                return Recipient(name: nonEmpty(name), jobTitle: nonEmpty(title), authority: rest[authorityIndex])
            }
            if rest.count >= 2 {
                return Recipient(name: nonEmpty(name), jobTitle: nonEmpty(rest.dropLast().joined(separator: " ")),
                                 authority: rest.last)
            }
        }
        let remainder = Array(words.dropFirst(nameEnd))
        let (title, authority) = splitTitleAndAuthority(remainder)
        return Recipient(name: nonEmpty(name), jobTitle: nonEmpty(title), authority: nonEmpty(authority))
    }

    /// How many leading words are the person's name: honorific and given names up to the surname
    /// the salutation uses; without a salutation, the honorific and one more word.
    static func nameLength(_ words: [String], lines: [String], salutation: String?) -> Int {
        guard !words.isEmpty else { return 0 }
        if let surname = salutation?.split(separator: " ").last.map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")) }),
           !surname.isEmpty, !jobTitleEndings.contains(surname.lowercased()), let index = words.prefix(6).firstIndex(where: { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")) == surname }) {
            return index + 1
        }
        if lines.count >= 3 { return lines[0].split(separator: " ").count }
        let startsWithHonorific = honorifics.contains(words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        return min(words.count, startsWithHonorific ? 2 : 2)
    }

    /// "Cannock Chase District Council", "London Borough of Hackney", "Cornwall Council".
    static func looksLikeAuthority(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasSuffix("council") || lower.hasSuffix("authority") || lower.hasSuffix("corporation")
            || lower.hasPrefix("london borough of") || lower.hasPrefix("royal borough of")
            || lower.hasPrefix("city of ") || lower.hasPrefix("council of ") || lower.contains(" council")
    }

    /// Splits "Managing Director Cannock Chase District Council" after the last word that ends
    /// a job title, provided what follows reads as an authority name.
    static func splitTitleAndAuthority(_ words: [String]) -> (String, String) {
        guard !words.isEmpty else { return ("", "") }
        let authorityStarts = ["london", "royal", "city", "council", "the"]
        if let split = titleBeforeAuthority(words) { return split }
        // No known title ending: the authority starts at "London/Royal Borough of", "City of", …
        if let start = words.firstIndex(where: { authorityStarts.contains($0.lowercased()) }), start > 0 {
            let authority = words[start...].joined(separator: " ")
            if looksLikeAuthority(authority) { return (words[..<start].joined(separator: " "), authority) }
        }
        if looksLikeAuthority(words.joined(separator: " ")), words.count <= 2 { return ("", words.joined(separator: " ")) }
        return (words.dropLast(min(3, words.count - 1)).joined(separator: " "), words.suffix(min(3, words.count - 1)).joined(separator: " "))
    }

    /// The words cut after the last word that ends a job title, where what follows reads as
    /// an authority name ("Head of Paid Service" | "Tamworth Borough Council"); nil where no
    /// such cut exists.
    static func titleBeforeAuthority(_ words: [String]) -> (String, String)? {
        for cut in stride(from: words.count - 1, through: 1, by: -1) {
            let lastTitleWord = words[cut - 1].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            let authority = words[cut...].joined(separator: " ")
            guard looksLikeAuthority(authority) else { continue }
            if jobTitleEndings.contains(lastTitleWord) { return (words[..<cut].joined(separator: " "), authority) }
        }
        return nil
    }

    static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
