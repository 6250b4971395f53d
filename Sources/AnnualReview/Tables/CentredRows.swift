/// The rows of a flat table whose cells are centred in their rows (LibreOffice's tables, read
/// by a tool that writes a table's printed lines: pdfplumber, markitdown): a row's reference
/// stands on its middle line, so a row's lines are some lines above its reference, the
/// reference's line and some below it, and the lines between two references are shared out
/// between the row above and the row below.
///
/// Each such run of lines is cut where the upper row's cells come out best (`Reader.rowScore`:
/// its authority, dates and listed values whole, none begun and left unfinished, none run into
/// the next row's); where several cuts fit equally (lines of free text only), the row is cut
/// as far below its reference as it reached above it, its cells being centred.
enum CentredRows {
    /// The table lines (reference lines and the lines between them) as rows; the lines before
    /// the first reference belong to the first row, those after the last to the last.
    static func group(_ lines: [Block], reader template: FlatRowTable.Reader) -> [[Block]] {
        let references = lines.indices.filter { ReferenceNumber.startsLine(lines[$0].text) }
        guard let firstReference = references.first else { return [lines] }
        var rows: [[Block]] = []
        var current = Array(lines[..<firstReference])
        for (number, reference) in references.enumerated() {
            let above = current.count
            current.append(lines[reference])
            let nextReference = number + 1 < references.count ? references[number + 1] : lines.count
            let between = Array(lines[(reference + 1)..<nextReference])
            let isLast = number + 1 == references.count
            let cut = isLast ? between.count : bestCut(row: current, between: between, above: above, template)
            rows.append(current + between[..<cut])
            current = Array(between[cut...])
        }
        return rows
    }

    /// How many of the lines between two references go to the upper row. The row is read once,
    /// line by line, and scored after each line: the reading of a cut is the reading of the
    /// cut before it with one more line.
    static func bestCut(row: [Block], between: [Block], above: Int, _ template: FlatRowTable.Reader) -> Int {
        var reader = template
        reader.beginRow()
        for line in row { reader.add(line.text, origin: line.origins.first ?? Origin(page: 1)) }
        var best = (score: reader.rowScore, cut: 0, distance: above)
        for (index, line) in between.enumerated() {
            reader.add(line.text, origin: line.origins.first ?? Origin(page: 1))
            let cut = index + 1
            let score = reader.rowScore
            let distance = abs(cut - above)
            if score > best.score || (score == best.score && distance < best.distance) {
                best = (score, cut, distance)
            }
        }
        return best.cut
    }
}
