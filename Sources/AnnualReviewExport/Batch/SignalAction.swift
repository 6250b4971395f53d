import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Installs a C signal handler for some signals: the platform's two spellings of `sigaction`
/// in one place (used for Ctrl-C in a batch and for allocation failures in a worker).
enum SignalAction {
    static func install(_ handler: @convention(c) (Int32) -> Void, for signals: [Int32], flags: Int32) {
        for signalNumber in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
            #else
            action.__sigaction_u.__sa_handler = handler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = flags
            sigaction(signalNumber, &action, nil)
        }
    }
}
