/// The names a letter gives its authority, to read a table's Authority column where the
/// rendering lost the cell boundaries: every ending, word by word, of each line of the
/// recipient's address ("London Borough of Hackney" from "Ms Okafor Chief Executive London
/// Borough of Hackney"), compared as `Vocabulary` compares.
public struct AuthorityNames: Sendable {
    let names: Vocabulary

    public init(addressLines: [String]) {
        var endings: [String] = []
        for line in addressLines {
            let words = line.split(separator: " ")
            for start in words.indices { endings.append(words[start...].joined(separator: " ")) }
        }
        names = Vocabulary(endings)
    }

    /// The address lines of the letter's recipient segments.
    public init(_ document: SegmentedDocument) {
        self.init(addressLines: document.all(.recipient).flatMap { $0.blocks.flatMap(\.lines) })
    }

    /// An Authority cell with the spaces a renderer lost or added put back ("CornwallCouncil",
    /// "Chesterfield B orough Council" → the letter's spelling) where it is one of the
    /// letter's names but for spaces (and a renderer's stray "i", `TableValues.withoutStrayLetters`)
    /// or but for glyphs a renderer lost ("Kensington and Chl", `Vocabulary.withLostGlyphs`);
    /// any other cell as it is.
    func spelled(_ cell: String) -> String {
        let fit = names.fit(cell)
        if case .whole(let spelling) = fit, spelling == cell { return cell }  // the commonest cell: the name as the letter gives it
        for text in [cell, TableValues.withoutStrayLetters(cell)].compactMap({ $0 }) {
            guard case .whole(let spelling) = text == cell ? fit : names.fit(text), spelling != cell,
                  spelling.filter({ $0 != " " }) == text.filter({ $0 != " " }) else { continue }
            return spelling
        }
        return names.withLostGlyphs(cell) ?? cell
    }

    func fit(_ text: String) -> FlatRowTable.Fit {
        switch names.fit(text) {
        case .whole(let spelling): .whole(spelling)
        case .partial: .partial
        case .none: .none
        }
    }
}
