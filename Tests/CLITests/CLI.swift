import Foundation

/// Runs the built `annual-review` binary.
///
/// The binary is looked for, in order: `$ANNUAL_REVIEW_BIN`; beside this test bundle's
/// executable (the products folder of whatever `--scratch-path` the tests were built with,
/// walking up out of a macOS `.xctest` bundle); then the newest `.build*/debug/annual-review`
/// in the repository.
enum CLI {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let samples = repositoryRoot.appendingPathComponent("Samples")

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// stderr's lines.
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    enum Failure: Error, CustomStringConvertible {
        case binaryNotFound(String)
        var description: String {
            switch self {
            case .binaryNotFound(let looked): return "annual-review binary not found (looked in \(looked)); build the product first"
            }
        }
    }

    static func binary() throws -> URL {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["ANNUAL_REVIEW_BIN"], fileManager.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        var looked: [String] = []
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]))
        for start in starts {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent("annual-review")
                looked.append(folder.path)
                if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        let builds = (try? fileManager.contentsOfDirectory(atPath: repositoryRoot.path))?.filter { $0.hasPrefix(".build") } ?? []
        let candidates = builds.map { repositoryRoot.appendingPathComponent("\($0)/debug/annual-review") }
            .filter { fileManager.isExecutableFile(atPath: $0.path) }
        func modified(_ url: URL) -> Date {
            (try? fileManager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
        }
        if let newest = candidates.max(by: { modified($0) < modified($1) }) { return newest }
        throw Failure.binaryNotFound(looked.joined(separator: ", "))
    }

    /// Runs `annual-review ARGUMENTS` to the end.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = try start(arguments, environment: environment)
        process.process.waitUntilExit()
        return process.finish()
    }

    /// A started run whose output goes to temporary files (no pipe can fill up and block it).
    final class Started {
        let process = Process()
        let stdoutURL: URL
        let stderrURL: URL

        init(stdoutURL: URL, stderrURL: URL) {
            self.stdoutURL = stdoutURL
            self.stderrURL = stderrURL
        }

        func finish() -> Run {
            let out = (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
            let err = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
            return Run(status: process.terminationStatus, stdout: out, stderr: err)
        }
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Started {
        let temporary = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let started = Started(stdoutURL: temporary.appendingPathComponent("cli-\(id).out"),
                              stderrURL: temporary.appendingPathComponent("cli-\(id).err"))
        _ = FileManager.default.createFile(atPath: started.stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: started.stderrURL.path, contents: nil)
        started.process.executableURL = try binary()
        started.process.arguments = arguments
        started.process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        started.process.standardInput = FileHandle.nullDevice
        started.process.standardOutput = try FileHandle(forWritingTo: started.stdoutURL)
        started.process.standardError = try FileHandle(forWritingTo: started.stderrURL)
        try started.process.run()
        return started
    }

    /// Processes whose environment holds `token`: workers left behind by a run.
    static func processes(withEnvironment token: String) -> [String] {
        #if os(Linux)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { Int($0) != nil }.filter { pid in
            guard let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
            return String(decoding: environment, as: UTF8.self).contains(token)
        }
        #else
        return []
        #endif
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The seed text letters of Samples/.
    static var seedLetters: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { samples.appendingPathComponent($0) }
    }

    /// Copies the seed letters into `folder`, plus `extra` generated letters (text, and PDF
    /// too when `withPDFs`) when `scripts/make-corpus` exists and runs. Returns how many
    /// letters it wrote.
    @discardableResult
    static func makeLetters(in folder: URL, extra: Int, withPDFs: Bool = false) throws -> Int {
        for url in seedLetters {
            try FileManager.default.copyItem(at: url, to: folder.appendingPathComponent(url.lastPathComponent))
        }
        var count = seedLetters.count
        let script = repositoryRoot.appendingPathComponent("scripts/make-corpus")
        guard extra > 0, FileManager.default.isExecutableFile(atPath: script.path) else { return count }
        let generated = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: generated) }
        let process = Process()
        process.executableURL = script
        process.arguments = [String(extra), generated.path, "--seed", "7", "--jobs", "1"] + (withPDFs ? [] : ["--styles", "plain,markdown,html,wrapped,crlf"])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return count }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return count }
        for name in try FileManager.default.contentsOfDirectory(atPath: generated.path) where !name.hasSuffix(".json") {
            try FileManager.default.moveItem(at: generated.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            count += 1
        }
        return count
    }
}
