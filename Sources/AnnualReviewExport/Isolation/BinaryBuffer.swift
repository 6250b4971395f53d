import Foundation

/// Appends little-endian scalars, length-prefixed strings and presence flags to a byte buffer.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value)).littleEndian
        withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) {
        var v = value.bitPattern.littleEndian
        withUnsafeBytes(of: &v) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A presence byte, then the value when there is one.
    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }
}

/// Reads what `BinaryWriter` wrote; every read is bounds-checked and a short or malformed
/// buffer throws instead of trapping.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws(Malformed) -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    private mutating func uint64() throws(Malformed) -> UInt64 {
        let slice = try take(8)
        var value: UInt64 = 0
        for (shift, byte) in slice.enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
        return value
    }

    mutating func int() throws(Malformed) -> Int { Int(Int64(bitPattern: try uint64())) }

    mutating func double() throws(Malformed) -> Double { Double(bitPattern: try uint64()) }

    mutating func bool() throws(Malformed) -> Bool {
        switch try take(1).first {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        return String(decoding: try take(count), as: UTF8.self)
    }

    /// A count of elements that are each at least `minimumSize` bytes: never more than the
    /// rest of the buffer can hold, so a hostile count cannot make us reserve gigabytes.
    mutating func count(minimumSize: Int) throws(Malformed) -> Int {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / max(1, minimumSize) else { throw Malformed() }
        return count
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try read(&self) : nil
    }
}
