import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGINT and SIGTERM so a batch can stop cleanly: the first signal calls the handler
/// (on a background thread) — stop scheduling, let running inputs finish, commit, remove
/// temporary files; a second one ends the process at once (exit status 130).
///
/// The C handler only writes one byte to a pipe (async-signal-safe); a watcher thread reads it
/// and runs the Swift handler.
public final class InterruptSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable () -> Void)?
    private var received = false

    /// Installs the handlers. Only one instance should exist per process.
    public init() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        interruptPipeWriteEnd = fds[1]
        let readEnd = fds[0]
        let thread = Thread { [weak self] in
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) == 1 {
                self?.deliver()
            }
        }
        thread.name = "annual-review interrupt watcher"
        thread.start()
        // A parent may have started us with these signals blocked (test harnesses do): unblock.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        SignalAction.install(interruptSignalHandler, for: [SIGINT, SIGTERM], flags: Int32(SA_RESTART))
    }

    /// Whether a signal came.
    public var wasReceived: Bool { lock.withLock { received } }

    /// Sets what to do on the first signal (runs at once if one already came).
    public func onInterrupt(_ body: @escaping @Sendable () -> Void) {
        let runNow: Bool = lock.withLock {
            handler = body
            return received
        }
        if runNow { body() }
    }

    private func deliver() {
        let body: (@Sendable () -> Void)? = lock.withLock {
            if received {
                _exit(130)
            }
            received = true
            return handler
        }
        body?()
    }
}

/// The write end of the self-pipe, read by the C signal handler.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

private func interruptSignalHandler(_ signalNumber: Int32) {
    var byte = UInt8(truncatingIfNeeded: signalNumber)
    _ = write(interruptPipeWriteEnd, &byte, 1)
}
