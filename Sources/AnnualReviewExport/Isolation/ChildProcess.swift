import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process started with `posix_spawn`, its standard input and output connected to
/// pipes held by the parent. The pipes are close-on-exec, so no other child inherits them and
/// the parent sees end-of-file the moment this child dies. The child gets its own process group
/// (a Ctrl-C at the terminal reaches only the parent, which decides what to do) and default
/// handling of SIGPIPE.
struct ChildProcess {
    let pid: pid_t
    /// The parent's end of the child's standard input (non-blocking).
    let input: Int32
    /// The parent's end of the child's standard output (non-blocking).
    let output: Int32

    /// Why a child could not be started.
    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    static func spawn(_ executable: String, arguments: [String], environment: [String: String]) throws(SpawnError) -> ChildProcess {
        // Serialised: between pipe() and fcntl(FD_CLOEXEC) another spawn could leak the new ends.
        spawnLock.lock()
        defer { spawnLock.unlock() }
        let toChild = try makePipe()
        let fromChild: (read: Int32, write: Int32)
        do { fromChild = try makePipe() } catch {
            close(toChild.read)
            close(toChild.write)
            throw error
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild.read, STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild.write, STDOUT_FILENO)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGPIPE, SIGINT, SIGTERM] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        close(toChild.read)
        close(fromChild.write)
        guard status == 0 else {
            close(toChild.write)
            close(fromChild.read)
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        _ = fcntl(toChild.write, F_SETFL, fcntl(toChild.write, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fromChild.read, F_SETFL, fcntl(fromChild.read, F_GETFL) | O_NONBLOCK)
        return ChildProcess(pid: pid, input: toChild.write, output: fromChild.read)
    }

    /// Closes the parent's pipe ends.
    func closePipes() {
        close(input)
        close(output)
    }

    /// Kills the child (SIGKILL) and reaps it; returns the raw wait status (the child's own
    /// exit status or signal when it had already ended).
    @discardableResult
    func kill() -> Int32 {
        _ = Foundation.kill(pid, SIGKILL)
        return reap()
    }

    /// Waits for the child to end; returns the raw wait status.
    @discardableResult
    func reap() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// The exit status in a raw wait status, nil when the child was ended by a signal.
    static func exitStatus(_ waitStatus: Int32) -> Int32? {
        // WIFEXITED / WEXITSTATUS, which Swift does not import: the low 7 bits hold the signal.
        waitStatus & 0x7F == 0 ? (waitStatus >> 8) & 0xFF : nil
    }

    /// Waits up to `seconds` for the child to end by itself; kills it after that.
    func reap(within seconds: Double) {
        let deadline = Date(timeIntervalSinceNow: seconds)
        var status: Int32 = 0
        while Date() < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result < 0 && errno != EINTR) { return }
            usleep(2_000)
        }
        kill()
    }

    private static func makePipe() throws(SpawnError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        let result = pipe(&fds)
        if result == 0 {
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        }
        guard result == 0 else { throw SpawnError(description: "cannot make a pipe: \(String(cString: strerror(errno)))") }
        return (fds[0], fds[1])
    }
}

private let spawnLock = NSLock()
