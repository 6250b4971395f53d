/// Decodes UTF-8 the way poppler encodes it: one scalar per encoded sequence,
/// judged by the lead byte, so a sequence that is not valid UTF-8 (an encoded
/// surrogate, an overlong form) still counts as exactly one character and
/// becomes U+FFFD. Stray continuation bytes become one U+FFFD each.
///
/// Reads straight from poppler's buffer, one scalar at a time, so the page text
/// is never copied; an ASCII byte costs one compare.
struct LenientUTF8Decoder: Sequence, IteratorProtocol {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The next character, or nil at the end of the bytes.
    mutating func next() -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        offset += 1
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 4; value = UInt32(lead & 0x07)
        case 0xF8...0xFB: length = 5; value = UInt32(lead & 0x03)
        case 0xFC...0xFD: length = 6; value = UInt32(lead & 0x01)
        default: return Self.replacement  // 0x80...0xBF stray, 0xFE, 0xFF
        }
        for _ in 1..<length {
            // A sequence cut short (by the end or by a byte that does not continue it) is one
            // replacement; the byte that cut it starts the next character.
            guard offset < bytes.count, bytes[offset] & 0xC0 == 0x80 else { return Self.replacement }
            value = (value << 6) | UInt32(bytes[offset] & 0x3F)
            offset += 1
        }
        // The smallest value of each length: anything below is an overlong form.
        let shortest: UInt32
        switch length {
        case 2: shortest = 0x80
        case 3: shortest = 0x800
        case 4: shortest = 0x10000
        case 5: shortest = 0x20_0000
        default: shortest = 0x400_0000
        }
        guard value >= shortest, let scalar = Unicode.Scalar(value) else { return Self.replacement }
        return scalar
    }

    private static let replacement: Unicode.Scalar = "\u{FFFD}"
}

/// Every character of `bytes`, decoded as `LenientUTF8Decoder` does.
func decodeLenientUTF8<Bytes: Collection>(_ bytes: Bytes) -> [Unicode.Scalar] where Bytes.Element == UInt8 {
    let copy = Array(bytes)
    return copy.withUnsafeBytes { raw in
        var decoder = LenientUTF8Decoder(raw)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(raw.count)
        while let scalar = decoder.next() { out.append(scalar) }
        return out
    }
}
