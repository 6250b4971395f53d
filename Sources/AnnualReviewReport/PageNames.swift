import AnnualReview
import Foundation

/// File names for the authority pages: `slug-of-authority-YEAR.html`, made only of `a-z`,
/// `0-9` and `-`, so a name can never leave the site folder, hide itself or clash with
/// `index.html`. Letters that would share a name (the same authority and year from two
/// renderings) all get the first 8 hex digits of their sha256 appended, so which page is which
/// does not depend on the order of the inputs (a letter's page does get the suffix once a
/// second letter of the same authority and year joins the report).
enum PageNames {
    static let maximumSlugLength = 80

    /// One file name per letter, in the letters' order.
    static func assign(_ letters: [AnnualReviewLetter]) -> [String] {
        let stems = letters.map(stem)
        var uses: [String: Int] = [:]
        for stem in stems { uses[stem, default: 0] += 1 }
        var taken: Set<String> = ["index"]
        var names: [String] = []
        for (letter, stem) in zip(letters, stems) {
            var name = (uses[stem] ?? 0) > 1 ? stem + "-" + shortHash(letter.source.sha256) : stem
            if taken.contains(name) {
                var counter = 2
                while taken.contains("\(name)-\(counter)") { counter += 1 }
                name = "\(name)-\(counter)"
            }
            taken.insert(name)
            names.append(name + ".html")
        }
        return names
    }

    /// `london-borough-of-hackney-2021`; `unknown-authority-no-year` when neither is known.
    static func stem(_ letter: AnnualReviewLetter) -> String {
        let authority = slug(ReportRow.authorityName(letter) ?? "")
        return (authority.isEmpty ? "unknown-authority" : authority) + "-" + (letter.year.map { String($0) } ?? "no-year")
    }

    /// Lower-case ASCII letters and digits, every other run of characters one `-`, accents
    /// dropped (`Ŵ` → `w`), no leading or trailing `-`, at most `maximumSlugLength` characters.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "&", with: " and ")
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            let isDigit = (0x30...0x39).contains(value)
            let isLetter = (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
            if isDigit || isLetter {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(isLetter ? Unicode.Scalar(value | 0x20) ?? scalar : scalar)
                if slug.count >= maximumSlugLength { break }
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingHyphen = true
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// The first 8 characters of the sha256, kept only if they are hex digits.
    static func shortHash(_ sha256: String) -> String {
        let hex = sha256.lowercased().unicodeScalars.filter { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
        let short = String(String.UnicodeScalarView(hex.prefix(8)))
        return short.isEmpty ? "x" : short
    }
}
