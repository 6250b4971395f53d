/// A pass of `normalize`: the letter's opening parts that a rendering ran together on one line
/// (pymupdf4llm collapses lines of one text box), apart again.
enum CollapsedOpening {
    /// The opening's parts that a rendering ran together on one line, apart again: a delivery
    /// line run into the address ("By email Mr Bowen Chief Executive …"), a salutation run onto
    /// the end of the address ("… District Council Dear Ms Barsby"). Only before the first
    /// salutation, and only where no block is a salutation of its own. A delivery line that
    /// heads the address block's lines (a rendering that keeps the lines but no gap between
    /// them, `pdftotext -layout`) stands alone too, as it does where a gap sets it apart.
    static func split(_ blocks: [Block]) -> [Block] {
        let salutation = blocks.firstIndex { $0.kind == .paragraph && LetterWords.isSalutation($0.text) }
        var out: [Block] = []
        for (index, block) in blocks.enumerated() {
            let inOpening = block.kind == .paragraph && index < (salutation ?? blocks.count)
            if inOpening, block.lines.count > 1, let first = block.lines.first, LetterWords.isDelivery(first) {
                let rest = Array(block.lines.dropFirst())
                out.append(Block(kind: .paragraph, lines: [first], text: first, origins: block.origins))
                out.append(Block(kind: .paragraph, lines: rest, text: WrappedText.unwrap(rest), origins: block.origins))
                continue
            }
            guard inOpening, block.lines.count == 1 else {
                out.append(block)
                continue
            }
            var text = block.text
            var parts: [String] = []
            if let delivery = LetterWords.deliveryPrefix(text) {
                parts.append(delivery)
                text = String(text.dropFirst(delivery.count).drop { $0 == " " })
            }
            var tail: String? = nil
            if salutation == nil, let start = LetterWords.trailingSalutationStart(text) {
                tail = String(text[start...])
                text = String(text[..<start]).trimmingCharacters(in: .whitespaces)
            }
            guard !parts.isEmpty || tail != nil else { out.append(block); continue }
            for piece in parts + [text] + (tail.map { [$0] } ?? []) where !piece.isEmpty {
                out.append(Block(kind: .paragraph, lines: [piece], text: piece, origins: block.origins))
            }
        }
        return out
    }
}
