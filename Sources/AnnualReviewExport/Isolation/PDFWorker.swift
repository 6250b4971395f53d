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

    /// Converts a PDF in the worker (every stage), giving up after `timeout` seconds; `sha256`
    /// (the input's `Pipeline.sha256`, if known) is handed on, so the worker does not hash again.
    func letter(_ data: Data, name: String, sha256: String? = nil, timeout: Double) throws(LetterFailure) -> ConvertedLetter {
        let response = try exchange(.letter, data, name: name, sha256: sha256, timeout: timeout)
        return try answer(WorkerMessages.letter(response), timeout: timeout)
    }

    /// Runs the extract stage on a PDF in the worker, giving up after `timeout` seconds.
    func extract(_ data: Data, name: String, timeout: Double) throws(LetterFailure) -> ExtractedDocument {
        let response = try exchange(.extracted, data, name: name, timeout: timeout)
        return try answer(WorkerMessages.extracted(response), timeout: timeout)
    }

    /// Sends one request and reads its response frame.
    private func exchange(_ request: WorkerMessages.Request, _ data: Data, name: String, sha256: String? = nil,
                          timeout: Double) throws(LetterFailure) -> Data {
        let deadline = Date(timeIntervalSinceNow: timeout)
        for attempt in 1...2 {
            let child = try running()
            var sent = false
            let failure: PipeFrames.Failure
            do throws(PipeFrames.Failure) {
                try PipeFrames.write(WorkerMessages.requestHeader(request, name: name, sha256: sha256), to: child.input, deadline: deadline)
                try PipeFrames.write(data, to: child.input, deadline: deadline)
                sent = true
                return try PipeFrames.read(from: child.output, deadline: deadline)
            } catch {
                failure = error
            }
            let status = retire()
            // A worker that was gone before it read this request is not this file's fault, and
            // the file gets one fresh worker: the request could not be written (it was killed
            // while idle), or the worker ended by itself with an ordinary exit (it had quit
            // after its last answer; a file that breaks a worker ends it by a signal, or with
            // the memory limit's status).
            let endedByItself = status.flatMap(ChildProcess.exitStatus).map { $0 != MemoryLimit.exhaustedExitStatus } ?? false
            if attempt == 1 && failure == .closed && (!sent || endedByItself) && !diedOfMemory(status) { continue }
            throw meaning(of: status, after: failure, timeout: timeout)
        }
        throw meaning(of: retire(), after: .closed, timeout: timeout)
    }

    /// The value of a decoded response; a response that does not decode ends the worker.
    private func answer<Value>(_ decoded: Result<Value, ConversionError>?, timeout: Double) throws(LetterFailure) -> Value {
        guard let decoded else { throw meaning(of: retire(), after: .closed, timeout: timeout) }
        do { return try decoded.get() } catch { throw .conversion(error) }
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

    /// Kills and reaps the worker after a failed exchange; its raw wait status (its own exit
    /// or signal when it had ended already), nil when there was no worker.
    private func retire() -> Int32? {
        guard let child else { return nil }
        self.child = nil
        let status = child.kill()
        child.closePipes()
        return status
    }

    private func diedOfMemory(_ status: Int32?) -> Bool {
        memoryLimit != nil && status.flatMap(ChildProcess.exitStatus) == MemoryLimit.exhaustedExitStatus
    }

    /// What a failed exchange means for the file: the worker's own exit status
    /// `MemoryLimit.exhaustedExitStatus` means it ran out of memory under the limit; otherwise
    /// an overrun is a timeout and anything else a crash.
    private func meaning(of status: Int32?, after failure: PipeFrames.Failure, timeout: Double) -> LetterFailure {
        if let memoryLimit, diedOfMemory(status) { return .needsMoreMemory(mebibytes: memoryLimit.mebibytes) }
        return .conversion(failure == .timedOut ? .timedOut(timeout) : .crashed)
    }

    deinit { stop() }
}
