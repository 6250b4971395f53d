import AnnualReview
import Foundation

/// Reads letters from JSON written by `convert`: one `AnnualReviewLetter` object, an array of
/// them, or JSON Lines (one per line, as `--format jsonl` writes).
enum LetterJSON {
    /// Whether the first byte after a BOM and whitespace is `{` or `[`.
    static func looksLikeJSON(_ data: Data) -> Bool {
        var bytes = data.prefix(4096)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    static func decode(_ data: Data, name: String) -> ([AnnualReviewLetter], [LoadFailure]) {
        var body = data
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let decoder = JSONDecoder()
        do {
            let letter = try decoder.decode(AnnualReviewLetter.self, from: body)
            return check([letter], name: name)
        } catch let first {
            if let letters = try? decoder.decode([AnnualReviewLetter].self, from: body) {
                return check(letters, name: name)
            }
            let lines = body.split(separator: UInt8(ascii: "\n")).filter { line in
                line.contains { ![0x20, 0x09, 0x0D].contains($0) }
            }
            guard lines.count > 1 else {
                return ([], [LoadFailure(name: name, reason: reason(first))])
            }
            var letters: [AnnualReviewLetter] = []
            var failures: [LoadFailure] = []
            var lineNumber = 0
            for line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
                do {
                    letters.append(try decoder.decode(AnnualReviewLetter.self, from: Data(line)))
                } catch {
                    failures.append(LoadFailure(name: name, reason: "line \(lineNumber): \(reason(error))"))
                }
            }
            let (checked, wrong) = check(letters, name: name)
            return (checked, failures + wrong)
        }
    }

    /// Keeps the letters of schemaVersion 1.
    static func check(_ letters: [AnnualReviewLetter], name: String) -> ([AnnualReviewLetter], [LoadFailure]) {
        var kept: [AnnualReviewLetter] = []
        var failures: [LoadFailure] = []
        for letter in letters {
            if letter.schemaVersion == 1 {
                kept.append(letter)
            } else {
                failures.append(LoadFailure(name: name, reason: "letter \(letter.source.name): schemaVersion \(letter.schemaVersion) is not supported (this tool reads 1)"))
            }
        }
        return (kept, failures)
    }

    /// A decoding error in a few words, naming the key where it went wrong.
    static func reason(_ error: any Error) -> String {
        let prefix = "not a letter JSON made by annual-review convert"
        guard let error = error as? DecodingError else { return "\(prefix) (\(error))" }
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(prefix) (no \"\(key.stringValue)\" at \(path(context.codingPath).isEmpty ? "top level" : path(context.codingPath)))"
        case .valueNotFound(_, let context):
            return "\(prefix) (\(path(context.codingPath)) is null)"
        case .typeMismatch(_, let context):
            return "\(prefix) (\(path(context.codingPath)) has the wrong type)"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(prefix) (\(path(context.codingPath)): \(context.debugDescription))"
        @unknown default:
            return prefix
        }
    }
}
