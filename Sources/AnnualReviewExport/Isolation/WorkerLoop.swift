import AnnualReview
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker side (`annual-review worker`): reads requests from standard input, converts each
/// PDF (every stage, or extract alone for `--stage`), writes the response to standard output
/// (`WorkerMessages`); ends at end of input, and
/// also when its parent is gone (a worker stuck in poppler cannot see end of input). Under a
/// `MemoryLimit`, a file that needs more ends the worker with `MemoryLimit.exhaustedExitStatus`.
public enum WorkerLoop {
    /// Runs until standard input ends. Returns the exit status.
    public static func run(pipeline: Pipeline, memoryLimit: MemoryLimit?) -> Int32 {
        watchParent()
        if let memoryLimit {
            guard memoryLimit.applyToThisProcess() else {
                let why = String(cString: strerror(errno))
                FileHandle.standardError.write(Data("annual-review: worker: cannot limit memory to \(memoryLimit): \(why)\n".utf8))
                return 1
            }
            MemoryExhaustion.install()
        }
        silenceStandardError()
        let fault = WorkerFault(ProcessInfo.processInfo.environment[WorkerFault.variable])
        while true {
            let header: Data
            let data: Data
            do {
                header = try PipeFrames.read(from: STDIN_FILENO, deadline: nil)
                data = try PipeFrames.read(from: STDIN_FILENO, deadline: nil)
            } catch .closed {
                return 0
            } catch {
                return 1
            }
            guard let (request, name, sha256) = WorkerMessages.request(header) else { return 1 }
            fault?.strike(name)
            let response: Data
            switch request {
            case .letter:
                let letter: Result<AnnualReviewLetter, ConversionError>
                do { letter = .success(try pipeline.convert(data, name: name, sha256: sha256)) } catch { letter = .failure(error) }
                response = WorkerMessages.response(letter: letter)
            case .extracted:
                let extracted: Result<ExtractedDocument, ConversionError>
                do { extracted = .success(try pipeline.extract(data, name: name, sha256: sha256)) } catch { extracted = .failure(error) }
                response = WorkerMessages.response(extracted: extracted)
            }
            do { try PipeFrames.write(response, to: STDOUT_FILENO, deadline: nil) } catch {
                return 1
            }
            if fault?.quitsAfter(name) == true { return 0 }
        }
    }

    /// Set to keep a worker's standard error (what poppler, glib, the C++ runtime or the Swift
    /// runtime print before they abort), for debugging.
    public static let keepStandardErrorVariable = "ANNUAL_REVIEW_WORKER_STDERR"

    /// Sends standard error to /dev/null: a file that kills its worker is reported by the
    /// parent in one line (`NAME: the PDF worker crashed …`, `NAME: needs more than N MiB`); what the
    /// libraries print on the way down ("Out of memory", "terminate called after throwing an
    /// instance of 'std::bad_alloc'") would only add lines without the file's name.
    private static func silenceStandardError() {
        guard ProcessInfo.processInfo.environment[keepStandardErrorVariable] == nil else { return }
        let null = open("/dev/null", O_WRONLY)
        guard null >= 0 else { return }
        dup2(null, STDERR_FILENO)
        close(null)
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
/// (Running out of memory needs no fault: `Samples/fixtures/hostile/memory/` has real ones.)
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
