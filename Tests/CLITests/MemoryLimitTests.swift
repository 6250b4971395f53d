import AnnualReview
import Foundation
import Testing

/// `--max-memory`: a PDF that needs more than the limit fails alone with its line, its worker is
/// replaced, and the other letters of the batch come out as without it. The files are
/// `Samples/fixtures/hostile/memory/` (from `scripts/make-hostile-pdfs DIR --only memory`).
@Suite("PDF workers under a memory limit", .serialized)
struct MemoryLimitTests {
    static let fixtures = CLI.samples.appendingPathComponent("fixtures/hostile/memory")

    /// The limit of these runs, in MiB: just above what `memory-under-font-40mib.pdf` needs in
    /// a worker (111 MiB of data at its peak, measured), far below the 1 GiB bomb.
    static let limit = 128

    /// A limit the same file does not fit under.
    static let tightLimit = 96

    /// Seconds a PDF may take here: the limit, not the timeout, must stop the bombs (the
    /// nested forms grow at about 20 MiB/s on a loaded machine).
    static let timeout = "120"

    /// Copies PDFs into a fresh folder under the given names (so input order is name order).
    private func folder(_ files: [(source: URL, name: String)]) throws -> URL {
        let folder = try CLI.temporaryFolder()
        for (source, name) in files {
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
        }
        return folder
    }

    private func generated(_ name: String) -> URL {
        CLI.samples.appendingPathComponent("generated/\(name)")
    }

    /// The letters of a JSON Lines output, by source name.
    private func letters(_ jsonl: String) throws -> [String: AnnualReviewLetter] {
        var letters: [String: AnnualReviewLetter] = [:]
        for line in jsonl.split(separator: "\n") {
            let letter = try JSONDecoder().decode(AnnualReviewLetter.self, from: Data(line.utf8))
            letters[letter.source.name] = letter
        }
        return letters
    }

    /// The expected letter of a bundled sample, as it comes out under another file name.
    private func expected(_ jsonName: String, as name: String) throws -> AnnualReviewLetter {
        var letter = try JSONDecoder().decode(AnnualReviewLetter.self,
                                              from: Data(contentsOf: generated(jsonName)))
        letter.source.name = name
        return letter
    }

    @Test func aMemoryBombCostsThatFileAloneAndTheWorkerIsReplaced() throws {
        let good = ["000_530d96cbad46cbd9.pdf-reportlab", "001_c61a5ee2af0bfbd5.pdf-cairo"]
        let inputs = try folder([
            (generated(good[0] + ".pdf"), "a-good.pdf"),
            (Self.fixtures.appendingPathComponent("memory-bomb-font-1gib.pdf"), "b-bomb.pdf"),
            (generated(good[1] + ".pdf"), "c-good.pdf"),
            (Self.fixtures.appendingPathComponent("memory-under-font-40mib.pdf"), "d-under.pdf"),
            (Self.fixtures.appendingPathComponent("memory-refused-shading-1gib.pdf"), "e-refused.pdf"),
            (CLI.samples.appendingPathComponent("fixtures/hostile/geom-control.pdf"), "f-control.pdf"),
        ])
        defer { try? FileManager.default.removeItem(at: inputs) }
        let token = "annual-review-test-\(UUID().uuidString)"
        // One job: the bomb's lane goes on with the next files, in a new worker.
        let run = try CLI.run(["convert", inputs.path, "--format", "jsonl", "--jobs", "1", "--quiet",
                               "--max-memory", String(Self.limit), "--timeout", Self.timeout],
                              environment: ["ANNUAL_REVIEW_TEST_TOKEN": token])

        #expect(run.status == 1)
        #expect(run.errorLines == ["annual-review: b-bomb.pdf: needs more than \(Self.limit) MiB"], "\(run.stderr)")
        let letters = try letters(run.stdout)
        #expect(letters.keys.sorted() == ["a-good.pdf", "c-good.pdf", "d-under.pdf", "e-refused.pdf", "f-control.pdf"])
        #expect(letters["a-good.pdf"] == (try expected(good[0] + ".json", as: "a-good.pdf")))
        #expect(letters["c-good.pdf"] == (try expected(good[1] + ".json", as: "c-good.pdf")))
        // The font that fits, and the shading whose 1 GiB poppler does without, draw nothing a
        // letter is made of: each reads as the same page without them.
        let control = try #require(letters["f-control.pdf"])
        for name in ["d-under.pdf", "e-refused.pdf"] {
            var letter = try #require(letters[name])
            letter.source = control.source
            #expect(letter == control, "\(name)")
        }
        #expect(CLI.processes(withEnvironment: token).isEmpty, "no worker left behind")
    }

    @Test func theSameFileFitsOrNotByTheLimit() throws {
        let inputs = try folder([(Self.fixtures.appendingPathComponent("memory-under-font-40mib.pdf"), "under.pdf")])
        defer { try? FileManager.default.removeItem(at: inputs) }
        let path = inputs.appendingPathComponent("under.pdf").path
        let tight = try CLI.run(["convert", path, "--max-memory", String(Self.tightLimit), "--timeout", Self.timeout])
        #expect(tight.status == 1)
        #expect(tight.errorLines == ["annual-review: under.pdf: needs more than \(Self.tightLimit) MiB"], "\(tight.stderr)")
        #expect(tight.stdout.isEmpty)
        let roomy = try CLI.run(["convert", path, "--max-memory", String(Self.limit), "--timeout", Self.timeout])
        #expect(roomy.status == 0, "\(roomy.stderr)")
        #expect(roomy.stdout.hasPrefix("{"))
    }

    @Test func aSteadilyGrowingPageIsStoppedByTheLimitToo() throws {
        let inputs = try folder([(Self.fixtures.appendingPathComponent("memory-bomb-forms-7-deep.pdf"), "forms.pdf")])
        defer { try? FileManager.default.removeItem(at: inputs) }
        let run = try CLI.run(["convert", inputs.appendingPathComponent("forms.pdf").path,
                               "--max-memory", String(Self.tightLimit), "--timeout", Self.timeout])
        #expect(run.status == 1)
        #expect(run.errorLines == ["annual-review: forms.pdf: needs more than \(Self.tightLimit) MiB"], "\(run.stderr)")
    }

    @Test func aLimitTooSmallToStartAWorkerIsAUsageError() throws {
        let run = try CLI.run(["convert", generated("000_530d96cbad46cbd9.pdf-reportlab.pdf").path, "--max-memory", "8"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--max-memory must be at least"))
    }
}
