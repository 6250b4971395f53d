import AnnualReview
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker side (`annual-review worker`): reads requests from standard input, runs the
/// extract stage on each, writes the response to standard output; ends at end of input, and
/// also when its parent is gone (a worker stuck in poppler cannot see end of input).
public enum WorkerLoop {
    /// Runs until standard input ends. Returns the exit status.
    public static func run(pipeline: Pipeline) -> Int32 {
        watchParent()
        let fault = WorkerFault(ProcessInfo.processInfo.environment[WorkerFault.variable])
        while true {
            let nameBytes: Data
            let data: Data
            do {
                nameBytes = try PipeFrames.read(from: STDIN_FILENO, deadline: nil)
                data = try PipeFrames.read(from: STDIN_FILENO, deadline: nil)
            } catch .closed {
                return 0
            } catch {
                return 1
            }
            let name = String(decoding: nameBytes, as: UTF8.self)
            fault?.strike(name)
            let result: Result<ExtractedDocument, ConversionError>
            do { result = .success(try pipeline.extract(data, name: name)) } catch { result = .failure(error) }
            do { try PipeFrames.write(WorkerMessages.response(result), to: STDOUT_FILENO, deadline: nil) } catch {
                return 1
            }
            if fault?.quitsAfter(name) == true { return 0 }
        }
    }

    /// Ends this process when its parent changes (the parent died and the worker was adopted).
    private static func watchParent() {
        let parent = getppid()
        let thread = Thread {
            while getppid() == parent { usleep(200_000) }
            _exit(3)
        }
        thread.name = "annual-review worker watchdog"
        thread.start()
    }
}

/// A deliberate fault for tests, read from `ANNUAL_REVIEW_WORKER_FAULT` by the worker only:
/// `crash` (SIGSEGV) or `hang` (sleeps forever) on a file, or `quit` (exits once it has
/// answered, as a worker killed while idle); for every file or, as `crash:NAME`,
/// `hang:NAME`, `quit:NAME`, only for the input named NAME; several separated by commas.
struct WorkerFault {
    static let variable = "ANNUAL_REVIEW_WORKER_FAULT"

    enum Kind: String { case crash, hang, quit }

    private var rules: [(kind: Kind, name: String?)] = []

    init?(_ value: String?) {
        guard let value, !value.isEmpty else { return nil }
        for part in value.split(separator: ",") {
            let pieces = part.split(separator: ":", maxSplits: 1).map(String.init)
            guard let first = pieces.first, let kind = Kind(rawValue: first) else { continue }
            rules.append((kind, pieces.count > 1 ? pieces[1] : nil))
        }
        if rules.isEmpty { return nil }
    }

    /// Crashes or hangs if a rule matches the input's name.
    func strike(_ name: String) {
        guard let rule = rules.first(where: { $0.kind != .quit && ($0.name == nil || $0.name == name) }) else { return }
        switch rule.kind {
        case .crash:
            signal(SIGSEGV, SIG_DFL)
            raise(SIGSEGV)
        case .hang:
            while true { sleep(1000) }
        case .quit:
            return
        }
    }

    /// Whether the worker should end after answering for this input.
    func quitsAfter(_ name: String) -> Bool {
        rules.contains { $0.kind == .quit && ($0.name == nil || $0.name == name) }
    }
}
