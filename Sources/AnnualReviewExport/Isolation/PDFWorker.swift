import AnnualReview
import Foundation

/// The parent's handle on one PDF worker process: started on first use, kept for the next
/// file, killed when it overruns the timeout and started afresh for the next file after it died.
/// Used by one lane at a time.
final class PDFWorker {
    /// How to start a worker: this executable with the hidden `worker` subcommand.
    struct Launch: Sendable {
        var executable: String
        var arguments: [String]
        var environment: [String: String]
    }

    private let launch: Launch
    private let memoryLimit: MemoryLimit?
    private var child: ChildProcess?

    init(launch: Launch, memoryLimit: MemoryLimit?) {
        self.launch = launch
        self.memoryLimit = memoryLimit
    }

    /// Extracts a PDF in the worker, giving up after `timeout` seconds.
    func extract(_ data: Data, name: String, timeout: Double) throws(LetterFailure) -> ExtractedDocument {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var response: Data?
        // A worker that died while idle (killed from outside) refuses the request: that is not
        // this file's fault, so it gets one fresh worker. The worker reads a whole request
        // before touching poppler, so a crash caused by this file shows up while reading.
        for attempt in 1...2 where response == nil {
            let child = try running()
            do throws(PipeFrames.Failure) {
                try PipeFrames.write(Data(name.utf8), to: child.input, deadline: deadline)
                try PipeFrames.write(data, to: child.input, deadline: deadline)
            } catch .closed where attempt == 1 {
                if let failure = retire(after: .closed, timeout: timeout), case .needsMoreMemory = failure { throw failure }
                continue
            } catch {
                throw retire(after: error, timeout: timeout) ?? .conversion(.crashed)
            }
            do throws(PipeFrames.Failure) {
                response = try PipeFrames.read(from: child.output, deadline: deadline)
            } catch {
                throw retire(after: error, timeout: timeout) ?? .conversion(.crashed)
            }
        }
        guard let response, let result = WorkerMessages.result(response) else {
            throw retire(after: .closed, timeout: timeout) ?? .conversion(.crashed)
        }
        do { return try result.get() } catch { throw .conversion(error) }
    }

    /// Asks the worker to end (end of input), reaps it, and kills it if it lingers.
    func stop() {
        guard let child else { return }
        self.child = nil
        close(child.input)
        child.reap(within: 2)
        close(child.output)
    }

    private func running() throws(LetterFailure) -> ChildProcess {
        if let child { return child }
        do {
            let started = try ChildProcess.spawn(launch.executable,
                                                 arguments: launch.arguments + (memoryLimit?.workerArguments ?? []),
                                                 environment: launch.environment)
            child = started
            return started
        } catch {
            throw .conversion(.unreadable("could not start a PDF worker process: \(error.description)"))
        }
    }

    /// Kills and reaps the worker after a failed exchange, and says what it means for the
    /// file: the worker's own exit status `MemoryLimit.exhaustedExitStatus` means it ran out
    /// of memory under the limit; otherwise an overrun is a timeout and anything else a crash.
    private func retire(after failure: PipeFrames.Failure, timeout: Double) -> LetterFailure? {
        guard let child else { return nil }
        self.child = nil
        let status = child.kill()
        child.closePipes()
        if let memoryLimit, ChildProcess.exitStatus(status) == MemoryLimit.exhaustedExitStatus {
            return .needsMoreMemory(mebibytes: memoryLimit.mebibytes)
        }
        return .conversion(failure == .timedOut ? .timedOut(timeout) : .crashed)
    }

    deinit { stop() }
}
