import AnnualReview
import AnnualReviewExport
import Foundation
import Testing

@Suite("Batch outputs hold the same data in every format", .serialized)
struct FormatsAgreeTests {
    @Test func jsonLinesCSVAndSQLiteMatchThePerFileJSON() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let count = try CLI.makeLetters(in: inputs, extra: 30, withPDFs: true)
        let out = folder.appendingPathComponent("out")

        let runs = [
            try CLI.run(["convert", inputs.path, "--output", out.appendingPathComponent("json").path]),
            try CLI.run(["convert", inputs.path, "--format", "jsonl", "--output", out.appendingPathComponent("all.jsonl").path]),
            try CLI.run(["convert", inputs.path, "--format", "csv", "--output", out.appendingPathComponent("csv").path]),
            try CLI.run(["convert", inputs.path, "--format", "sqlite", "--output", out.appendingPathComponent("letters.sqlite").path]),
            try CLI.run(["convert", inputs.path, "--format", "jsonl", "--jobs", "1"]),
        ]
        for run in runs {
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(runs[0].errorLines.last?.hasPrefix("annual-review: \(count) converted, 0 failed") == true, "\(runs[0].stderr)")

        // The per-file JSON, by sha256, in input order.
        let jsonFolder = out.appendingPathComponent("json")
        let inputNames = try FileManager.default.contentsOfDirectory(atPath: inputs.path).sorted()
        var expected: [String: String] = [:]
        var order: [String] = []
        for name in inputNames {
            let base = (name as NSString).deletingPathExtension
            let data = try Data(contentsOf: jsonFolder.appendingPathComponent(base + ".json"))
            let canonical = try LetterRebuilder.canonical(json: data)
            let key = try JSONDecoder().decode(AnnualReviewLetter.self, from: data).source.sha256
            expected[key] = canonical
            order.append(key)
        }
        #expect(expected.count == count)

        // JSON Lines: the same objects, compact and canonical, one per line, in input order.
        let lines = try String(contentsOf: out.appendingPathComponent("all.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(lines == order.compactMap { expected[$0] })
        #expect(runs[4].stdout == lines.joined(separator: "\n") + "\n", "stdout and --output FILE agree; --jobs 1 gives the same")

        // CSV and SQLite: the rows rebuild into the same letters.
        for (label, tables) in [("csv", try LetterRebuilder.tables(csvFolder: out.appendingPathComponent("csv"))),
                                ("sqlite", try LetterRebuilder.tables(sqlite: out.appendingPathComponent("letters.sqlite").path))] {
            let rebuilt = LetterRebuilder.letters(tables)
            #expect(rebuilt.count == count, "\(label)")
            for (key, json) in expected {
                let mine = rebuilt[key].map(CanonicalJSON.compact)
                #expect(mine == json, "\(label) differs for \(key.prefix(8))")
            }
        }
    }

    @Test func sameBaseNameInTwoFoldersGivesTwoFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = CLI.seedLetters
        try #require(seeds.count >= 2)
        for (index, sub) in ["a", "b"].enumerated() {
            let dir = folder.appendingPathComponent("in/\(sub)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: seeds[index], to: dir.appendingPathComponent("letter.txt"))
        }
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["convert", folder.appendingPathComponent("in").path, "--output", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.hasPrefix("letter-") && $0.hasSuffix(".json") && $0.count == "letter-12345678.json".count })
    }
}
