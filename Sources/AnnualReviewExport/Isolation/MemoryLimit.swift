import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory one PDF worker may take, in MiB: the worker puts it on itself with
/// `setrlimit(RLIMIT_DATA)` before it reads its first request, so an allocation past it fails
/// (poppler, glib and the Swift runtime then abort) and the worker ends with
/// `exhaustedExitStatus` instead of growing until the machine runs out (see `MemoryExhaustion`).
///
/// RLIMIT_DATA, not RLIMIT_AS (measured on the bundled letters): a worker's address space is
/// 178 MiB before its first PDF and peaks at 241 MiB — shared libraries and reservations that
/// hold no memory (glibc's 64 MiB per malloc arena) — so under RLIMIT_AS the worker cannot even
/// start below about 110 MiB, and what is left for a PDF moves with the libraries and threads.
/// RLIMIT_DATA counts the private writable mappings — the heap and `malloc`'s `mmap`s, where
/// poppler's and glib's allocations go: 14 MiB when the worker starts, at most 17 MiB for the
/// largest bundled letter (9 pages, every stage run in the worker: it fails under 16 MiB).
public struct MemoryLimit: Sendable, Equatable, CustomStringConvertible {
    public let mebibytes: Int

    /// The default of `--max-memory`: 512 MiB, 30 times the 17 MiB of data the largest
    /// bundled letter needs (a wide margin for longer letters), while two workers at the limit
    /// (1 GiB) stay within a small machine's memory.
    public static let defaultMebibytes = 512

    /// The smallest limit `--max-memory` accepts, twice what the largest bundled letter needs:
    /// under about 17 MiB every letter would fail, which is a mistake in the option (MiB taken
    /// for GiB), not a limit.
    public static let minimumMebibytes = 32

    /// The worker's exit status when an allocation failed under the limit (EX_OSERR of
    /// sysexits.h: the system refused a resource). No other worker exit uses it.
    public static let exhaustedExitStatus: Int32 = 71

    public init(mebibytes: Int) {
        self.mebibytes = mebibytes
    }

    public var bytes: UInt64 { UInt64(mebibytes) << 20 }

    public var description: String { "\(mebibytes) MiB" }

    /// Limits this process's data segment (the soft limit; the hard one is left as it is);
    /// false when the system refuses.
    func applyToThisProcess() -> Bool {
        var limit = rlimit()
        guard MemoryLimit.get(&limit) else { return false }
        limit.rlim_cur = rlim_t(bytes)
        #if canImport(Glibc)
        return setrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit) == 0
        #else
        return setrlimit(RLIMIT_DATA, &limit) == 0
        #endif
    }

    /// The hard limit on the data segment this process runs under (`ulimit -H -d`), in MiB;
    /// nil when there is none. A worker cannot be given more than that.
    public static var hardLimitMebibytes: Int? {
        var limit = rlimit()
        // RLIM_INFINITY is all ones (Swift cannot import the C macro, -1 in an unsigned type).
        guard get(&limit), limit.rlim_max != rlim_t.max else { return nil }
        return Int(limit.rlim_max >> 20)
    }

    private static func get(_ limit: inout rlimit) -> Bool {
        #if canImport(Glibc)
        return getrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit) == 0
        #else
        return getrlimit(RLIMIT_DATA, &limit) == 0
        #endif
    }

    /// The worker's command-line arguments that carry this limit.
    var workerArguments: [String] { ["--max-memory", String(mebibytes)] }
}
