import Foundation

/// The `model` stage: everything the earlier stages found → a validated `AnnualReviewLetter`.
public enum LetterBuilder {
    public static func build(_ document: TabulatedDocument) throws(ConversionError) -> AnnualReviewLetter {
        let segmented = document.segmented
        try requireAnnualReview(segmented)
        var letter = AnnualReviewLetter(source: segmented.source)
        var placed: [(place: (Int, Int), warning: LetterWarning)] = []

        let headerBlocks = segmented.all(.header).flatMap(\.blocks)
        letter.date = headerBlocks.lazy.compactMap(dateAtStart).first
        letter.delivery = headerBlocks.first { LetterWords.isDelivery($0.text) }?.text

        if let salutation = segmented.first(.salutation)?.blocks.first?.text {
            letter.salutation = salutation.trimmingCharacters(in: CharacterSet(charactersIn: ",;: "))
        }
        if let recipient = segmented.first(.recipient) {
            letter.recipient = RecipientReader.read(lines: recipient.blocks.flatMap(\.lines), salutation: letter.salutation)
        }
        letter.title = segmented.first(.title)?.blocks.first?.text
        letter.sections = segmented.all(.body).map { segment in
            let paragraphs = segment.heading == nil ? segment.blocks : Array(segment.blocks.dropFirst())
            return LetterSection(heading: segment.heading, paragraphs: paragraphs.map(\.text))
        }
        letter.period = PeriodReader.period(in: letter.sections.flatMap(\.paragraphs).joined(separator: " "))
            ?? segmented.all(.statisticsPanel).lazy.compactMap { PanelReader.read($0).period }.first
        letter.year = letter.title.flatMap(yearIn) ?? letter.period?.end.year
        letter.signatory = signatory(segmented.first(.signOff))

        // Tables.
        for table in document.tables {
            var rowsPlaced: [(Int, LetterWarning)] = table.unparsed.map {
                ($0.afterRow, LetterWarning(.unparsedLine, "unreadable text in the \(tableName(table.kind)) table at \($0.origin): '\($0.text)'"))
            }
            switch table.kind {
            case .complaintsReceived:
                var rows: [ComplaintReceived] = letter.complaintsReceived ?? []
                for (i, row) in table.rows.enumerated() {
                    let (record, warnings) = TableRowReader.complaint(table, row)
                    rows.append(record)
                    rowsPlaced += warnings.map { (i, $0) }
                }
                letter.complaintsReceived = rows
            case .decisions:
                var rows: [Decision] = letter.decisions ?? []
                for (i, row) in table.rows.enumerated() {
                    let (record, warnings) = TableRowReader.decision(table, row)
                    rows.append(record)
                    rowsPlaced += warnings.map { (i, $0) }
                }
                letter.decisions = rows
            case .unknown:
                let text = table.header.joined(separator: " | ")
                rowsPlaced.append((0, LetterWarning(.unparsedLine, "a table with unknown columns could not be read: '\(text)'")))
            }
            placed += rowsPlaced.map { ((table.segmentIndex, $0.0), $0.1) }
        }
        // Text after the letter that is neither a panel nor a table: reported, never dropped.
        for (index, segment) in segmented.segments.enumerated() where segment.kind == .other {
            placed += segment.blocks.map { block in
                ((index, 0), LetterWarning(.unparsedLine, "text after the letter in no panel or table at \(block.origins.first ?? Origin(page: 1)): '\(block.text)'"))
            }
        }
        letter.authority = letter.recipient?.authority ?? mostCommonAuthority(letter)
        placed += rowWarnings(letter, document)

        // Statistics, at the place the panels stand (or would stand: after the sign-off).
        let panelSegments = segmented.segments.enumerated().filter { $0.element.kind == .statisticsPanel }
        let built = StatisticsBuilder.statistics(in: segmented.segments)
        letter.statistics = built?.statistics
        let statisticsPlace = panelSegments.first?.offset
            ?? (segmented.segments.firstIndex { $0.kind == .tableRegion || $0.kind == .other } ?? segmented.segments.count)
        let unplaced = (built?.unplaced ?? []).map {
            LetterWarning(.unparsedLine, "a figure in the statistics panels could not be placed in any panel: '\($0)'")
        }
        let statisticsWarnings = unplaced + Validator.statisticsWarnings(built?.statistics, figures: built?.figures ?? [:],
                                                                         period: letter.period, decisions: letter.decisions)
        placed += statisticsWarnings.map { ((statisticsPlace, -1), $0) }

        letter.warnings = placed.enumerated()
            .sorted { a, b in a.element.place != b.element.place ? a.element.place < b.element.place : a.offset < b.offset }
            .map(\.element.warning)
        return letter
    }

    /// Authority and date-order checks on every table row, placed at that row.
    static func rowWarnings(_ letter: AnnualReviewLetter, _ document: TabulatedDocument) -> [((Int, Int), LetterWarning)] {
        var out: [((Int, Int), LetterWarning)] = []
        var receivedOn: [String: ISODate] = [:]
        for row in letter.complaintsReceived ?? [] {
            if let reference = row.reference, let date = row.received {
                receivedOn[reference] = min(receivedOn[reference] ?? date, date)
            }
        }
        let authority = letter.authority.map(comparable)
        var complaintIndex = 0
        var decisionIndex = 0
        for table in document.tables {
            for i in table.rows.indices {
                let place = (table.segmentIndex, i)
                var rowAuthority: String?
                var reference: String?
                if table.kind == .complaintsReceived, let rows = letter.complaintsReceived, complaintIndex < rows.count {
                    rowAuthority = rows[complaintIndex].authority
                    reference = rows[complaintIndex].reference
                    complaintIndex += 1
                } else if table.kind == .decisions, let rows = letter.decisions, decisionIndex < rows.count {
                    let row = rows[decisionIndex]
                    rowAuthority = row.authority
                    reference = row.reference
                    decisionIndex += 1
                    if let ref = row.reference, let decided = row.decided, let received = receivedOn[ref], decided < received {
                        out.append((place, LetterWarning(.dateOrder, "decision \(ref) is dated \(decided), before the complaint was received on \(received)")))
                    }
                }
                // The same bytes as the letter's authority compare equal without folding both
                // (`comparable` goes through Foundation, and this runs for every row).
                if let rowAuthority, let authority, !sameBytes(rowAuthority, letter.authority),
                   comparable(rowAuthority) != authority {
                    out.append((place, LetterWarning(.authorityMismatch,
                        "\(tableName(table.kind)) row \(reference ?? "without reference") names '\(rowAuthority)', not '\(letter.authority ?? "")'")))
                }
            }
        }
        return out
    }

    static func sameBytes(_ a: String, _ b: String?) -> Bool {
        guard let b else { return false }
        return a.utf8.elementsEqual(b.utf8)
    }

    static func comparable(_ name: String) -> String {
        MarkupStripper.foldWhitespace(name.replacing("&", with: " and ")).lowercased()
    }

    static func tableName(_ kind: TableKind) -> String {
        switch kind {
        case .complaintsReceived: return "complaints received"
        case .decisions: return "decisions"
        case .unknown: return "unknown"
        }
    }

    static func mostCommonAuthority(_ letter: AnnualReviewLetter) -> String? {
        let names = (letter.complaintsReceived ?? []).compactMap(\.authority) + (letter.decisions ?? []).compactMap(\.authority)
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// A date at the start of a header block ("22 July 2020", also "22 July 2020 By email").
    static func dateAtStart(_ block: Block) -> ISODate? {
        for line in block.lines {
            if let date = DateParser.parse(line) { return date }
            let words = line.split(separator: " ")
            if words.count > 3, let date = DateParser.parse(words.prefix(3).joined(separator: " ")) { return date }
        }
        return nil
    }

    static func yearIn(_ title: String) -> Int? {
        for word in title.split(separator: " ").reversed() {
            let digits = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,:;()"))
            if digits.count == 4, let year = Int(digits), (1990...2100).contains(year) { return year }
        }
        return nil
    }

    /// The signature is the sign-off's lines after the closing phrase (also when collapsed onto it).
    static func signatory(_ signOff: Segment?) -> Signatory? {
        guard let signOff, let first = signOff.blocks.first else { return nil }
        var lines: [String] = []
        if let closing = LetterWords.closing(first.text) {
            let rest = first.text.dropFirst(closing.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { lines.append(contentsOf: first.lines.count > 1 ? Array(first.lines.dropFirst()) : [rest]) }
        }
        lines += signOff.blocks.dropFirst().flatMap(\.lines)
        return SignatoryReader.read(lines: lines)
    }

    /// A letter must be about the Ombudsman's annual review: it names the Ombudsman and has a
    /// review title, statistics or decision tables.
    static func requireAnnualReview(_ document: SegmentedDocument) throws(ConversionError) {
        let text = document.segments.prefix(40).flatMap(\.blocks).prefix(200).map(\.text).joined(separator: " ")
        guard TextSearch.contains(text, ignoringCase: "ombudsman") else { throw .notALetter("it does not mention the Ombudsman") }
        let hasReviewSigns = TextSearch.contains(text, ignoringCase: "annual review")
            || TextSearch.contains(text, ignoringCase: "annual summary")
            || document.segments.contains { $0.kind == .statisticsPanel || $0.kind == .tableRegion }
        guard hasReviewSigns else { throw .notALetter("no annual review title, statistics or decision tables") }
    }
}
