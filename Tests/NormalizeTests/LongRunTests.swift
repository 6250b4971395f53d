import AnnualReview
import Foundation
import Testing
import TestSupport

/// Regression (Samples/fixtures/regressions/long-runs.txt): joining a paragraph's wrapped lines
/// and rejoining paragraphs split by page breaks copied the whole text for every piece, so a
/// 600 KB paragraph took 16 s. Both must stay linear: the fixture's runs repeated thousands of
/// times normalize within the time limit, into the text one would expect.
@Suite struct LongRunTests {
    /// Generous for a debug build on a busy machine: the linear form takes under a second here
    /// for either test, the quadratic one took 150 s and 84 s (debug build, measured).
    static let limit: Duration = .seconds(10)

    static func fixtureLines() throws -> [String] {
        try Fixtures.text("fixtures/regressions/long-runs.txt")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The fixture with `lines[range]` repeated `times` times in place.
    static func repeating(_ range: Range<Int>, times: Int) throws -> String {
        let lines = try fixtureLines()
        let run = Array(lines[range])
        return (Array(lines[..<range.lowerBound]) + Array(repeatElement(run, count: times).joined())
                + Array(lines[range.upperBound...])).joined(separator: "\n")
    }

    /// The text normalized, expecting it to take less than `limit`.
    static func normalizedWithinLimit(_ text: String) throws -> NormalizedDocument {
        let clock = ContinuousClock()
        let begin = clock.now
        let normalized = try Fixtures.normalized(text)
        #expect(clock.now - begin < limit)
        return normalized
    }

    static func index(of prefix: String, in lines: [String]) throws -> Int {
        try #require(lines.firstIndex { $0.hasPrefix(prefix) })
    }

    @Test func aLongWrappedParagraphJoinsInLinearTime() throws {
        let lines = try Self.fixtureLines()
        let first = try Self.index(of: "I write to you", in: lines)
        let last = try #require(lines[first...].firstIndex { $0.isEmpty }) - 1
        // The paragraph's inner lines repeated (its last line, short, would end a paragraph
        // before a repeated first line).
        let start = first + 1, end = last
        let one = WrappedText.unwrap(Array(lines[start..<end]))
        let times = 5_000
        let text = try Self.repeating(start..<end, times: times)

        let normalized = try Self.normalizedWithinLimit(text)
        let paragraph = try #require(normalized.blocks.first { $0.text.hasPrefix("I write to you") })
        #expect(paragraph.lines.count == times * (end - start) + 2)
        #expect(paragraph.text == ([lines[first]] + Array(repeating: one, count: times) + [lines[last]]).joined(separator: " "))
    }

    @Test func aLongRunOfSplitParagraphsRejoinsInLinearTime() throws {
        let lines = try Self.fixtureLines()
        let start = try Self.index(of: "so each one", in: lines)
        let end = try Self.index(of: "Yours sincerely", in: lines)  // the pair and their blank lines
        let times = 10_000
        let text = try Self.repeating(start..<end, times: times)

        let normalized = try Self.normalizedWithinLimit(text)
        let paragraph = try #require(normalized.blocks.first { $0.text.hasPrefix("the next paragraphs") })
        let pair = " so each one continues the paragraph before it and the tests repeat this pair thousands of times"
        #expect(paragraph.text == "the next paragraphs start in lower case after a line without a full stop"
                + String(repeating: pair, count: times))
    }

    /// `append(_:to:)` is `unwrap([text, piece])`.
    @Test func appendIsUnwrapOfTwo() {
        let cases = [("", ""), ("", "b"), ("a", ""), ("well-", "established"), ("Incomplete/", "Invalid"),
                     ("upheld -", "we"), ("a /", "b"), ("end.", "Next"), ("x-", "1")]
        for (text, piece) in cases {
            var appended = text
            WrappedText.append(piece, to: &appended)
            #expect(appended == WrappedText.unwrap([text, piece]), "\(text) + \(piece)")
        }
    }
}
