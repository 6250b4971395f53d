import AnnualReview
import Foundation

/// Gathers the letters of a report from the command line's inputs: letter files (PDF or
/// text, converted), JSON files written by `convert` (an `AnnualReviewLetter`, an array of
/// them, or JSON Lines), and SQLite databases written by `convert --format sqlite`; folders are
/// searched recursively for all of these. The kind of each file is sniffed from its first
/// bytes (`SQLite format 3\0`, `{` or `[`), not from its name. A letter seen twice (the same
/// sha256) is kept once, the first time. Bad inputs become `LoadFailure`s; the rest goes on.
public struct LetterLoader: Sendable {
    /// Turns a letter file's bytes into a letter (the pipeline, perhaps with PDF extraction
    /// in a worker process).
    public typealias Convert = @Sendable (Data, String) throws -> AnnualReviewLetter

    /// The file name endings searched for in folders.
    public static let extensions: Set<String> = InputFinder.extensions.union(["json", "jsonl", "sqlite", "sqlite3", "db"])

    let convert: Convert

    public init(convert: @escaping Convert) { self.convert = convert }

    /// The letters of every input, in input order (folders sorted), without duplicates.
    public func load(_ arguments: [String]) -> LoadedLetters {
        var loaded = LoadedLetters()
        var seen: Set<String> = []
        func add(_ letters: [AnnualReviewLetter]) {
            for letter in letters {
                if seen.insert(letter.source.sha256).inserted { loaded.letters.append(letter) } else { loaded.duplicates += 1 }
            }
        }
        for argument in arguments {
            if argument == "-" {
                let (letters, failures) = loadStandardInput()
                add(letters)
                loaded.failures += failures
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                loaded.failures.append(LoadFailure(name: argument, reason: "no such file or folder"))
                continue
            }
            let paths = isDirectory.boolValue ? LetterLoader.files(under: argument) : [argument]
            if isDirectory.boolValue && paths.isEmpty {
                loaded.failures.append(LoadFailure(name: argument, reason: "no letters, JSON files or databases in this folder"))
            }
            for path in paths {
                let (letters, failures) = loadFile(path)
                add(letters)
                loaded.failures += failures
            }
        }
        return loaded
    }

    /// The letters in one file, and what went wrong with it (or with some of its letters).
    public func loadFile(_ path: String) -> ([AnnualReviewLetter], [LoadFailure]) {
        let name = URL(fileURLWithPath: path).lastPathComponent
        if LetterLoader.startsLikeSQLite(path) {
            return SQLiteLetterReader.read(path: path, name: name)
        }
        let data: Data
        do { data = try InputReader.read(.file(path)) } catch {
            return ([], [LoadFailure(name: name, reason: String(describing: error))])
        }
        return load(data, name: name)
    }

    /// The letters in some bytes that are not a database: JSON, or a letter to convert.
    public func load(_ data: Data, name: String) -> ([AnnualReviewLetter], [LoadFailure]) {
        if LetterJSON.looksLikeJSON(data) { return LetterJSON.decode(data, name: name) }
        do {
            return ([try convert(data, name)], [])
        } catch {
            return ([], [LoadFailure(name: name, reason: String(describing: error))])
        }
    }

    func loadStandardInput() -> ([AnnualReviewLetter], [LoadFailure]) {
        let data: Data
        do { data = try InputReader.read(.standardInput) } catch {
            return ([], [LoadFailure(name: "stdin", reason: String(describing: error))])
        }
        if data.starts(with: SQLiteLetterReader.header) {
            return ([], [LoadFailure(name: "stdin", reason: "an SQLite database must be given as a file, not on standard input")])
        }
        return load(data, name: "stdin")
    }

    /// Whether the file begins with SQLite's 16-byte header.
    static func startsLikeSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: SQLiteLetterReader.header.count)) ?? Data()
        return prefix == SQLiteLetterReader.header
    }

    /// Files below a folder with one of `extensions`, recursively, hidden ones skipped, sorted.
    public static func files(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile && extensions.contains(url.pathExtension.lowercased()) { found.append(url.path) }
        }
        return found.sorted()
    }
}

/// What `LetterLoader.load` found: the letters, the inputs (or parts of them) that failed, and
/// how many letters were left out as already seen.
public struct LoadedLetters: Sendable {
    public var letters: [AnnualReviewLetter] = []
    public var failures: [LoadFailure] = []
    public var duplicates = 0

    public init() {}
}

/// One input (or one letter inside a database) that could not be used: printed as
/// `annual-review: NAME: reason`.
public struct LoadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var name: String
    public var reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }

    public var description: String { "\(name): \(reason)" }
}
