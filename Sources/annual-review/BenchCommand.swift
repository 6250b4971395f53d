import AnnualReview
import ArgumentParser
import Foundation

/// `annual-review bench` (hidden): times the pipeline in this one process over files loaded into
/// memory once, so start-up is amortised. For each round it runs, over every file, `extract`
/// alone, then the whole conversion (extract → model → canonical JSON), then each stage on its
/// own; it prints the medians over the rounds as JSON, per input format, in ms per letter.
/// `scripts/bench` drives it and compares it with poppler's own tools.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the pipeline's stages over letters held in memory (internal).",
        shouldDisplay: false
    )

    /// What to time.
    enum Scope: String, CaseIterable, ExpressibleByArgument {
        /// `extract` alone.
        case extract
        /// `extract` alone, the whole conversion, and every stage on its own.
        case all
    }

    @Argument(help: "Letter files or folders of them.")
    var inputs: [String]

    @Option(help: "Rounds over all the files; the medians are reported.")
    var `repeat` = 5

    @Option(help: "extract: time extract alone; all: also the whole conversion and each stage.")
    var stage: Scope = .all

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let found = InputFinder.find(inputs)
        for missing in found.missing { Terminal.failure(missing, .unreadable("no such file or folder")) }
        var letters: [BenchLetter] = []
        var failed: [String: Int] = [:]
        for input in found.inputs {
            let data: Data
            do { data = try InputReader.read(input) } catch {
                Terminal.failure(input.name, error)
                continue
            }
            // Copied out of any memory map, so every round reads the same resident bytes.
            let bytes = Data(data)
            let format = Pipeline.isPDF(bytes) ? "pdf" : "text"
            // Warm-up, and the files that do not convert are left out of the timing.
            do {
                let extracted = try pipeline.extract(bytes, name: input.name)
                if stage == .all { _ = try Self.encode(try Pipeline.convert(extracted)) }
                letters.append(BenchLetter(name: input.name, data: bytes, format: format,
                                           pages: extracted.pages.count))
            } catch {
                failed[format, default: 0] += 1
            }
        }

        var report: [String: JSONValue] = [:]
        for format in ["pdf", "text"] {
            let group = letters.filter { $0.format == format }
            guard !group.isEmpty || failed[format] != nil else { continue }
            report[format] = measure(group, failed: failed[format] ?? 0)
        }
        print(CanonicalJSON.pretty(.object(report)), terminator: "")
    }

    /// The medians over the rounds for one group of letters. Each file is first extracted alone,
    /// then converted whole, one right after the other, so a noisy neighbour slows both alike;
    /// wall time (ContinuousClock) and this thread's CPU time are both kept.
    func measure(_ letters: [BenchLetter], failed: Int) -> JSONValue {
        var wall: [String: [Double]] = [:]
        var cpu: [String: [Double]] = [:]
        let count = Double(max(letters.count, 1))
        func record(_ key: String, _ lap: Lap) {
            wall[key, default: []].append(lap.wall / count)
            cpu[key, default: []].append(lap.cpu / count)
        }
        for _ in 0..<`repeat` {
            var extract = Lap()
            var full = Lap()
            for letter in letters {
                var watch = Stopwatch()
                _ = try? pipeline.extract(letter.data, name: letter.name)
                extract += watch.lap()
                guard stage == .all else { continue }
                // the whole conversion, as `convert` does it: bytes → letter → canonical JSON
                if let converted = try? pipeline.convert(letter.data, name: letter.name) {
                    _ = try? Self.encode(converted)
                }
                full += watch.lap()
            }
            record("extract", extract)
            guard stage == .all else { continue }
            record("full", full)

            // each stage on its own, summed over the letters
            var stages = [Lap](repeating: Lap(), count: Self.stageNames.count)
            for letter in letters {
                var watch = Stopwatch()
                guard let extracted = try? pipeline.extract(letter.data, name: letter.name) else { continue }
                stages[0] += watch.lap()
                let results = try? Pipeline.run(extracted, through: .model) { stage in
                    if let index = Self.stageNames.firstIndex(of: stage.rawValue) { stages[index] += watch.lap() }
                }
                guard let model = results?.letter else { continue }
                _ = try? Self.encode(model)
                stages[5] += watch.lap()
            }
            for (index, name) in Self.stageNames.enumerated() { record("stage." + name, stages[index]) }
        }

        var result: [String: JSONValue] = [
            "letters": .int(letters.count),
            "failed": .int(failed),
            "bytes": .int(letters.reduce(0) { $0 + $1.data.count }),
            "pages": .int(letters.reduce(0) { $0 + $1.pages }),
            "rounds": .int(`repeat`),
        ]
        for (clock, samples) in [("wall", wall), ("cpu", cpu)] {
            var times: [String: JSONValue] = [:]
            var stages: [String: JSONValue] = [:]
            for (key, values) in samples {
                let value = JSONValue.double(Self.rounded(Self.median(values)))
                if key.hasPrefix("stage.") { stages[String(key.dropFirst(6))] = value } else { times[key] = value }
            }
            if let full = samples["full"], let extract = samples["extract"] {
                // The ratio of each round, then their median: the figure that survives noise.
                times["fullOverExtract"] = .double(Self.rounded(Self.median(zip(full, extract).map { $0 / max($1, 1e-9) })))
            }
            if !stages.isEmpty { times["stages"] = .object(stages) }
            result[clock + "Ms"] = .object(times)
        }
        return .object(result)
    }

    static let stageNames = ["extract", "normalize", "segment", "tables", "model", "json"]

    /// The output `convert` writes for one letter.
    static func encode(_ letter: AnnualReviewLetter) throws -> String {
        try CanonicalJSON.pretty(letter)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

/// One input held in memory for `bench`.
struct BenchLetter {
    var name: String
    var data: Data
    var format: String
    var pages: Int
}

/// Wall and CPU milliseconds.
struct Lap {
    var wall = 0.0
    var cpu = 0.0

    static func += (a: inout Lap, b: Lap) {
        a.wall += b.wall
        a.cpu += b.cpu
    }
}

/// Laps of wall time (ContinuousClock) and of this thread's CPU time.
struct Stopwatch {
    private let clock = ContinuousClock()
    private var wall: ContinuousClock.Instant
    private var cpu: Double

    init() {
        wall = clock.now
        cpu = Self.threadCPU()
    }

    /// The time since the last lap (or the start), and a new lap begins.
    mutating func lap() -> Lap {
        let nowWall = clock.now
        let nowCPU = Self.threadCPU()
        let elapsed = nowWall - wall
        let lap = Lap(wall: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15,
                      cpu: nowCPU - cpu)
        wall = nowWall
        cpu = nowCPU
        return lap
    }

    /// This thread's CPU time in ms.
    static func threadCPU() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
    }
}
