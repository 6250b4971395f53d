import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells, inside a worker, a death from the memory limit apart from a crash.
///
/// None of the libraries a worker runs can go on when an allocation fails: poppler's `gmalloc`
/// prints "Out of memory" and calls `abort()`, glib's `g_malloc` aborts, C++ `new` throws
/// `std::bad_alloc` that nobody catches (`std::terminate`, then `abort()`), the Swift runtime
/// traps. In every case the allocator has just set `errno` to `ENOMEM` on the thread that then
/// raises the fatal signal. So the worker catches the fatal signals once, and the handler looks
/// at `errno`: `ENOMEM` ends the process with `MemoryLimit.exhaustedExitStatus`, anything else
/// restores the default action and raises the signal again, so a real crash still ends as a
/// crash (a signal) and is reported as `the PDF worker crashed …`.
///
/// What this cannot tell: a crash that happens right after some library coped with a refused
/// allocation itself (errno still `ENOMEM`) is reported as needing more memory — which is then
/// true enough, the file did hit the limit; and a worker killed by the kernel's OOM killer
/// (SIGKILL, no handler runs) is reported as a crash.
enum MemoryExhaustion {
    /// The signals an aborting allocation ends in (abort, traps, faults).
    static let fatalSignals: [Int32] = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]

    /// Size of the stack the handler runs on, so it also runs when the fault was a stack
    /// overflow (the thread's own stack is then unusable). 64 KiB: the handler uses a few hundred
    /// bytes; this is the usual SIGSTKSZ order of magnitude with room to spare.
    static let alternateStackSize = 64 << 10

    /// Installs the handler for `fatalSignals` (once, in the worker, before the first request).
    static func install() {
        if let stack = malloc(alternateStackSize) {
            var alternate = stack_t()
            alternate.ss_sp = stack
            alternate.ss_size = alternateStackSize
            alternate.ss_flags = 0
            sigaltstack(&alternate, nil)
        }
        SignalAction.install(memoryExhaustionHandler, for: fatalSignals, flags: Int32(SA_ONSTACK))
    }
}

/// Async-signal-safe: reads errno, then `_exit` or re-raise.
private func memoryExhaustionHandler(_ signalNumber: Int32) {
    if errno == ENOMEM { _exit(MemoryLimit.exhaustedExitStatus) }
    // Not an allocation failure: die of the same signal as without this handler. The signal is
    // blocked while the handler runs, so the re-raised one is delivered, with the default
    // action, as soon as the handler returns.
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
