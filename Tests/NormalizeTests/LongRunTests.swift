import AnnualReview
import Foundation
import Testing
import TestSupport

/// Regression (Samples/fixtures/regressions/long-runs.txt): joining a paragraph's wrapped lines
/// and rejoining paragraphs split by page breaks copied the whole text for every piece, so a
/// 600 KB paragraph took 16 s (a quadratic form took 150 s here). The fixture's runs repeated
/// thousands of times must normalize into the text one would expect. No clock is asked: a
/// timed test fails on a loaded machine (it did, at 10.0 s against a 10 s limit, while the
/// same input normalizes in 2.7 s in a debug build alone); speed is `scripts/bench`'s to show,
/// and a quadratic form would make this suite take minutes.
@Suite struct LongRunTests {
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

        let normalized = try Fixtures.normalized(text)
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

        let normalized = try Fixtures.normalized(text)
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
