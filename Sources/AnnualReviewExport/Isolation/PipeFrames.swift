import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Length-prefixed messages over a pipe: an 8-byte little-endian length, then the payload.
/// The parent side passes a deadline (its file descriptors are non-blocking); the worker side
/// passes none and blocks.
enum PipeFrames {
    /// Why a frame could not be moved.
    enum Failure: Error, Equatable {
        /// The other end is gone (EOF or EPIPE).
        case closed
        case timedOut
        case io(Int32)
        case tooLarge(UInt64)
    }

    static let maximumLength: UInt64 = 1 << 31

    static func write(_ payload: Data, to fd: Int32, deadline: Date?) throws(Failure) {
        var length = UInt64(payload.count).littleEndian
        let header = withUnsafeBytes(of: &length) { Data($0) }
        try writeAll(header, to: fd, deadline: deadline)
        try writeAll(payload, to: fd, deadline: deadline)
    }

    static func read(from fd: Int32, deadline: Date?) throws(Failure) -> Data {
        let header = try readExactly(8, from: fd, deadline: deadline)
        let length = header.withUnsafeBytes { raw in
            raw.loadUnaligned(as: UInt64.self)
        }.littleEndian
        guard length <= maximumLength else { throw .tooLarge(length) }
        return try readExactly(Int(length), from: fd, deadline: deadline)
    }

    private static func writeAll(_ data: Data, to fd: Int32, deadline: Date?) throws(Failure) {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Foundation.write(fd, base + offset, raw.count - offset)
            }
            if written > 0 {
                offset += written
                continue
            }
            let code = errno
            if written < 0 && code == EINTR { continue }
            if written < 0 && (code == EAGAIN || code == EWOULDBLOCK) {
                try wait(for: fd, events: Int16(POLLOUT), deadline: deadline)
                continue
            }
            throw code == EPIPE ? .closed : .io(code)
        }
    }

    private static func readExactly(_ count: Int, from fd: Int32, deadline: Date?) throws(Failure) -> Data {
        var data = Data(count: count)
        var offset = 0
        while offset < count {
            if deadline != nil { try wait(for: fd, events: Int16(POLLIN), deadline: deadline) }
            let got = data.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Foundation.read(fd, base + offset, count - offset)
            }
            if got > 0 {
                offset += got
                continue
            }
            if got == 0 { throw .closed }
            let code = errno
            if code == EINTR || code == EAGAIN || code == EWOULDBLOCK { continue }
            throw .io(code)
        }
        return data
    }

    /// Waits until `fd` is ready (or hung up), or throws `.timedOut` at the deadline.
    private static func wait(for fd: Int32, events: Int16, deadline: Date?) throws(Failure) {
        while true {
            var timeout: Int32 = -1
            if let deadline {
                let remaining = deadline.timeIntervalSinceNow
                if remaining <= 0 { throw .timedOut }
                timeout = Int32(min(remaining * 1000 + 1, 60_000))
            }
            var descriptor = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&descriptor, 1, timeout)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .io(errno) }
        }
    }
}
