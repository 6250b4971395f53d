import AnnualReview
import Testing

@Suite struct LineDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(LineDiff.unified("a\nb\n", "a\nb\n", expectedName: "e", actualName: "a") == "")
    }

    @Test func showsChangedLinesWithContextAndHunkHeader() {
        let expected = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let actual = expected.replacingOccurrences(of: "line 5", with: "line five")
        let diff = LineDiff.unified(expected, actual, expectedName: "e.json", actualName: "a.txt", context: 1)
        #expect(diff == "--- e.json\n+++ a.txt\n@@ -4,3 +4,3 @@\n line 4\n-line 5\n+line five\n line 6\n")
    }
}
