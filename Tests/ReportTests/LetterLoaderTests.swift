import AnnualReview
import AnnualReviewExport
import AnnualReviewReport
import Foundation
import GRDB
import Testing

/// Letters from files, JSON and the SQLite database give the same site; bad inputs are reported
/// one by one and never stop the others.
@Suite struct LetterLoaderTests {
    /// One text rendering per letter of the corpus, so the database holds each letter once.
    var letters: [AnnualReviewLetter] { ReportFixtures.letters }

    /// The letters written by the batch export's SQLite writer.
    func database(_ letters: [AnnualReviewLetter], in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("letters.sqlite").path
        let writer = try SQLiteWriter(path: path, readExisting: false)
        let items = BatchItem.plan(letters.map { .file($0.source.name) })
        for (letter, item) in zip(letters, items) {
            _ = try writer.write(try SQLiteWriter.render(letter), for: item, sha256: letter.source.sha256)
        }
        try writer.finish()
        return path
    }

    @Test func sameSiteFromLetterFilesAndFromTheDatabase() throws {
        let folder = try ReportFixtures.temporaryFolder()
        let fromFiles = ReportFixtures.loader.load(ReportFixtures.letterFiles.map(\.path))
        #expect(fromFiles.failures.isEmpty)
        #expect(fromFiles.letters.count == ReportFixtures.letters.count)

        let path = try database(fromFiles.letters, in: folder)
        let fromDatabase = ReportFixtures.loader.load([path])
        #expect(fromDatabase.failures == [])
        #expect(fromDatabase.letters.count == fromFiles.letters.count)
        let bySha = Dictionary(uniqueKeysWithValues: fromDatabase.letters.map { ($0.source.sha256, $0) })
        for letter in fromFiles.letters {
            #expect(bySha[letter.source.sha256] == letter, "\(letter.source.name) comes back from the database unchanged")
        }
        let filesSite = SiteWriter.pages(Report(letters: fromFiles.letters))
        let databaseSite = SiteWriter.pages(Report(letters: fromDatabase.letters))
        #expect(filesSite.map(\.name) == databaseSite.map(\.name))
        for (a, b) in zip(filesSite, databaseSite) { #expect(a.html == b.html, "\(a.name)") }
    }

    @Test func jsonFilesMadeByConvert() throws {
        let folder = try ReportFixtures.temporaryFolder()
        for (index, letter) in letters.prefix(6).enumerated() {
            try CanonicalJSON.pretty(letter).write(to: folder.appendingPathComponent("letter-\(index).json"), atomically: true, encoding: .utf8)
        }
        // JSON Lines too, with one letter that is already in a JSON file.
        let lines = try letters[5...7].map { CanonicalJSON.compact(try JSONValueEncoder().encode($0)) }.joined(separator: "\n") + "\n"
        try lines.write(to: folder.appendingPathComponent("more.jsonl"), atomically: true, encoding: .utf8)
        let loaded = ReportFixtures.loader.load([folder.path])
        #expect(loaded.failures == [])
        #expect(loaded.duplicates == 1)
        #expect(Set(loaded.letters.map(\.source.sha256)) == Set(letters.prefix(8).map(\.source.sha256)))
        for letter in loaded.letters { #expect(letters.contains(letter)) }
    }

    @Test func theSamplesExpectedJSONReadAsLetters() throws {
        let seeds = ReportFixtures.letterFiles.filter { $0.deletingLastPathComponent().lastPathComponent == "Samples" }
        let json = seeds.map { $0.deletingPathExtension().appendingPathExtension("json").path }
        let loaded = ReportFixtures.loader.load(json)
        #expect(loaded.failures == [])
        #expect(loaded.letters.count == seeds.count)
        // The letters converted from the .txt are the same, so they are duplicates.
        let both = ReportFixtures.loader.load(json + seeds.map(\.path))
        #expect(both.letters.count == seeds.count)
        #expect(both.duplicates == seeds.count)
    }

    @Test func badInputsAreReportedAndTheRestGoesOn() throws {
        let folder = try ReportFixtures.temporaryFolder()
        func file(_ name: String, _ text: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let notLetterJSON = try file("package.json", "{\"name\": \"x\"}")
        let brokenJSON = try file("broken.json", "{\"schemaVersion\": 1, ")
        let empty = try file("empty.txt", "")
        let notALetter = try file("shopping.txt", "Eggs\nMilk\nBread\n")
        var future = try #require(letters.first)
        future.schemaVersion = 2
        let futureJSON = try file("future.json", try CanonicalJSON.pretty(future))
        let otherDatabase = folder.appendingPathComponent("other.db").path
        let queue = try DatabaseQueue(path: otherDatabase)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try queue.close()
        let good = ReportFixtures.letterFiles[0].path

        let loaded = ReportFixtures.loader.load([notLetterJSON, "/no/such/file.txt", brokenJSON, good, empty, notALetter,
                                                 futureJSON, otherDatabase])
        #expect(loaded.letters.count == 1)
        let lines = loaded.failures.map(\.description)
        #expect(lines.count == 7)
        #expect(lines.contains("package.json: not a letter JSON made by annual-review convert (no \"schemaVersion\" at top level)"))
        #expect(lines.contains("/no/such/file.txt: no such file or folder"))
        #expect(lines.contains("broken.json: not valid JSON"))
        #expect(lines.contains("empty.txt: the file is empty"))
        #expect(lines.contains { $0.hasPrefix("shopping.txt: not an Annual Review letter") })
        #expect(lines.contains { $0.hasPrefix("future.json: letter ") && $0.hasSuffix("schemaVersion 2 is not supported (this tool reads 1)") })
        #expect(lines.contains("other.db: not an annual-review database (no letters table)"))
    }

    @Test func aDamagedDatabaseCostsOnlyTheDamagedLetters() throws {
        let folder = try ReportFixtures.temporaryFolder()
        let path = try database(Array(letters.prefix(4)), in: folder)
        let sorted = letters.prefix(4).sorted { ($0.source.name, $0.source.sha256) < ($1.source.name, $1.source.sha256) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE letters SET year = 'twenty' WHERE sha256 = ?", arguments: [sorted[0].source.sha256])
            try db.execute(sql: "UPDATE statistics SET upheld_status = 'excellent' WHERE sha256 = ?", arguments: [sorted[1].source.sha256])
            try db.execute(sql: "UPDATE letters SET date = x'00ff' WHERE sha256 = ?", arguments: [sorted[2].source.sha256])
        }
        try queue.close()
        let loaded = ReportFixtures.loader.load([path])
        #expect(loaded.letters.map(\.source.sha256) == [sorted[3].source.sha256])
        #expect(loaded.failures.count == 3)
        for failure in loaded.failures {
            #expect(failure.name == "letters.sqlite")
            #expect(failure.reason.hasPrefix("letter "))
        }
        #expect(loaded.failures.map(\.reason).contains { $0.contains("statistics") })
    }

    @Test func aTruncatedDatabaseIsOneFailure() throws {
        let folder = try ReportFixtures.temporaryFolder()
        let path = try database(Array(letters.prefix(2)), in: folder)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let truncated = folder.appendingPathComponent("truncated.sqlite")
        try data.prefix(1500).write(to: truncated)
        let loaded = ReportFixtures.loader.load([truncated.path])
        #expect(loaded.letters.isEmpty)
        #expect(loaded.failures.count == 1)
        #expect(loaded.failures.first?.name == "truncated.sqlite")
    }

    @Test func foldersAreSearchedForEveryKind() throws {
        let folder = try ReportFixtures.temporaryFolder()
        let nested = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data().write(to: nested.appendingPathComponent("x.json"))
        try Data().write(to: nested.appendingPathComponent("y.sqlite"))
        try Data().write(to: nested.appendingPathComponent("z.txt"))
        try Data().write(to: nested.appendingPathComponent("notes.csv"))
        try Data().write(to: nested.appendingPathComponent(".hidden.txt"))
        let found = LetterLoader.files(under: folder.path).map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(found == ["x.json", "y.sqlite", "z.txt"])
    }
}
