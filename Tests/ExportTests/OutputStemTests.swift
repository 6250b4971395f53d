import AnnualReview
import AnnualReviewExport
import Testing

@Suite("Per-file output names")
struct OutputStemTests {
    @Test func namesStayInsideTheFolder() {
        #expect(OutputStem.sanitizedBase("letter.txt") == "letter")
        #expect(OutputStem.sanitizedBase("../../etc/passwd.pdf") == "passwd")
        for hostile in ["..", ".", "../..", "/", "a/../..", "\\..\\x"] {
            let base = OutputStem.sanitizedBase(hostile)
            #expect(!base.contains("/") && !base.hasPrefix(".") && !base.isEmpty, "\(hostile) gave \(base)")
        }
        #expect(OutputStem.sanitizedBase(".hidden.txt") == "_.hidden")
        #expect(OutputStem.sanitizedBase("tab\there.md") == "tab_here")
        #expect(OutputStem.sanitizedBase("") == "_")
        #expect(OutputStem.sanitizedBase(String(repeating: "é", count: 300) + ".txt").utf8.count <= 200)
    }

    @Test func sharedBaseNamesGetTheContentHash() {
        let inputs: [InputFinder.Input] = [
            .file("/a/letter.txt"), .file("/b/letter.txt"), .file("/c/Other.pdf"), .file("/c/other.md"),
            .file("/c/unique.txt"),
        ]
        let stems = OutputStem.plan(inputs)
        #expect(stems.map(\.isShared) == [true, true, true, true, false])
        let sha = String(repeating: "ab", count: 32)
        #expect(stems[0].fileName(sha256: sha, extension: "json") == "letter-abababab.json")
        #expect(stems[4].fileName(sha256: sha, extension: "json") == "unique.json")
    }
}
