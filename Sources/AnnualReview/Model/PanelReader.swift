import Foundation

/// Reads one statistics panel's figures from its text, by what numbers stand next to
/// (a percentage after "average", a count before "investigations", …), not by whole sentences.
public enum PanelReader {
    /// The figures of a panel.
    public struct Figures: Equatable, Sendable {
        public var status: PanelStatus
        public var percent: Double?
        public var averagePercent: Double?
        public var upheldCount: Int?
        public var investigationCount: Int?
        public var outcomeCount: Int?
        public var remedyCount: Int?
        public var period: Period?

        /// Neither a figure nor a nothing-to-report statement was read: the panel's heading
        /// stands apart from its text.
        public var holdsNothing: Bool {
            status == .reported && percent == nil && averagePercent == nil && upheldCount == nil
                && investigationCount == nil && outcomeCount == nil && remedyCount == nil
        }
    }

    public static func read(_ segment: Segment) -> Figures {
        // The panel's text after its heading block (a panel that shares its heading with the
        // panel beside it has none of its own).
        let body = segment.blocks.first.map { $0.text == segment.heading } == true ? segment.blocks.dropFirst() : segment.blocks[...]
        let content = body.map(\.text).joined(separator: " ")
        let tokens = words(content)
        var figures = Figures(status: .reported)
        if let none = LetterWords.nothingToReport(content), !TextSearch.contains(content, "%") {
            figures.status = none
        }
        for (i, token) in tokens.enumerated() {
            if let value = percentage(tokens, at: i) {
                let before = tokens[max(0, i - 4)..<i].map { $0.lowercased() }
                if before.contains(where: { $0.hasPrefix("average") }) {
                    if figures.averagePercent == nil { figures.averagePercent = value }
                } else if figures.percent == nil {
                    figures.percent = value
                }
                continue
            }
            guard token.first?.isNumber == true, let count = Int(Tokens.trimPunctuation(Substring(token))), count >= 0 else { continue }
            let after = tokens[(i + 1)..<min(tokens.count, i + 4)].map { $0.lowercased() }
            guard let unit = after.first, DateParser.month(unit) == nil else { continue }
            if unit.hasPrefix("upheld") { figures.upheldCount = figures.upheldCount ?? count; continue }
            if after.contains(where: { $0.hasPrefix("investigation") }) {
                figures.investigationCount = figures.investigationCount ?? count
            } else if after.contains(where: { $0.hasPrefix("outcome") }) {
                figures.outcomeCount = figures.outcomeCount ?? count
            } else if after.contains(where: { $0.hasPrefix("remed") }) {
                figures.remedyCount = figures.remedyCount ?? count
            } else if let caption = captionBefore(tokens, at: i) {
                // The big figure set after its caption ("upheld decisions 6").
                if caption == .upheld { figures.upheldCount = figures.upheldCount ?? count }
                if caption == .remedy { figures.remedyCount = figures.remedyCount ?? count }
            }
        }
        figures.period = PeriodReader.period(in: content)
        return figures
    }

    /// The text split at spaces. ASCII text (the panels of every letter so far) is split on its
    /// bytes, where a space is always a character of its own, without breaking it into
    /// characters; other text as characters.
    static func words(_ content: String) -> [String] {
        guard content.utf8.allSatisfy({ $0 < 0x80 }) else { return content.split(separator: " ").map(String.init) }
        return content.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    }

    enum Caption { case upheld, remedy }

    /// The caption a figure follows ("upheld decisions 6", "satisfactory remedy decisions 2"):
    /// the words right before it end in "decisions" and name upheld cases or remedies.
    static func captionBefore(_ tokens: [String], at i: Int) -> Caption? {
        guard i >= 2, tokens[i - 1].lowercased().hasPrefix("decision") else { return nil }
        let before = tokens[max(0, i - 3)..<(i - 1)].map { $0.lowercased() }
        if before.last?.hasPrefix("upheld") == true { return .upheld }
        if before.contains(where: { $0.hasPrefix("remed") }) { return .remedy }
        return nil
    }

    /// What may stand around a percentage in running text: "(25%)", "25%,".
    static let percentPunctuation: Set<Character> = [",", ".", ";", ":", "(", ")"]

    /// `token` without the punctuation around it.
    static func trimmingPunctuation(_ token: String) -> Substring {
        var start = token.startIndex, end = token.endIndex
        while start < end, percentPunctuation.contains(token[start]) { start = token.index(after: start) }
        while end > start, percentPunctuation.contains(token[token.index(before: end)]) { end = token.index(before: end) }
        return token[start..<end]
    }

    /// "25%", "12.5%", or "25" followed by a "%" token.
    static func percentage(_ tokens: [String], at i: Int) -> Double? {
        let nextIsPercent = i + 1 < tokens.count && tokens[i + 1].hasPrefix("%")
        // Byte tests: `String.contains(String)` and `trimmingCharacters` go through Foundation.
        guard tokens[i].utf8.contains(UInt8(ascii: "%")) || nextIsPercent else { return nil }
        let token = trimmingPunctuation(tokens[i])
        if token.hasSuffix("%") { return Double(token.dropLast()) }
        if i + 1 < tokens.count, tokens[i + 1].hasPrefix("%") { return Double(token) }
        return nil
    }
}
