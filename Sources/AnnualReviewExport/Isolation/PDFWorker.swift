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
    private var child: ChildProcess?

    init(launch: Launch) {
        self.launch = launch
    }

    /// Extracts a PDF in the worker, giving up after `timeout` seconds.
    func extract(_ data: Data, name: String, timeout: Double) throws(ConversionError) -> ExtractedDocument {
        let child = try running()
        let deadline = Date(timeIntervalSinceNow: timeout)
        let response: Data
        do throws(PipeFrames.Failure) {
            try PipeFrames.write(Data(name.utf8), to: child.input, deadline: deadline)
            try PipeFrames.write(data, to: child.input, deadline: deadline)
            response = try PipeFrames.read(from: child.output, deadline: deadline)
        } catch .timedOut {
            retire(killing: true)
            throw .timedOut(timeout)
        } catch {
            retire(killing: true)
            throw .crashed
        }
        guard let result = WorkerMessages.result(response) else {
            retire(killing: true)
            throw .crashed
        }
        return try result.get()
    }

    /// Asks the worker to end (end of input), reaps it, and kills it if it lingers.
    func stop() {
        guard let child else { return }
        self.child = nil
        close(child.input)
        child.reap(within: 2)
        close(child.output)
    }

    private func running() throws(ConversionError) -> ChildProcess {
        if let child { return child }
        do {
            let started = try ChildProcess.spawn(launch.executable, arguments: launch.arguments,
                                                 environment: launch.environment)
            child = started
            return started
        } catch {
            throw .unreadable("could not start a PDF worker process: \(error.description)")
        }
    }

    private func retire(killing: Bool) {
        guard let child else { return }
        self.child = nil
        if killing { child.kill() } else { child.reap() }
        child.closePipes()
    }

    deinit { stop() }
}
