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
                retire(killing: true)
                continue
            } catch {
                retire(killing: true)
                throw error == .timedOut ? .timedOut(timeout) : .crashed
            }
            do throws(PipeFrames.Failure) {
                response = try PipeFrames.read(from: child.output, deadline: deadline)
            } catch {
                retire(killing: true)
                throw error == .timedOut ? .timedOut(timeout) : .crashed
            }
        }
        guard let response, let result = WorkerMessages.result(response) else {
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
