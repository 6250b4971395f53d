/// Encodes any `Encodable` into a `JSONValue`, writing `null` for absent optionals
/// (Foundation's encoders drop those keys; SPEC.md wants every key present).
public struct JSONValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONTree.encode(value).resolved()
    }
}

/// The tree an `Encodable` value encodes into before it is written: objects keep their members
/// in the order they were encoded (duplicates resolved, last wins, when read), so nothing is
/// hashed while encoding and `CanonicalJSON` can write straight from it.
enum JSONTree {
    /// Encodes `value` into a new tree.
    static func encode<T: Encodable>(_ value: T) throws -> Node {
        let root = Slot()
        try store(value, in: root, path: [])
        return root.node
    }

    /// A value: a scalar held inline, or a container being (or done being) filled.
    enum Node {
        case scalar(JSONValue)
        case slot(Slot)

        func resolved() -> JSONValue {
            switch self {
            case .scalar(let value): return value
            case .slot(let slot): return slot.resolved()
            }
        }
    }

    /// A place being filled by an encoder: nothing yet, a scalar, an object or an array.
    final class Slot {
        enum Kind { case empty, scalar, object, array }
        var kind = Kind.empty
        var scalar = JSONValue.null
        /// Object members in the order they were encoded (a key may repeat; the last wins).
        var members: [(key: String, node: Node)] = []
        var items: [Node] = []

        /// The node for this slot: scalars inline.
        var node: Node { kind == .scalar ? .scalar(scalar) : .slot(self) }

        func resolved() -> JSONValue {
            switch kind {
            case .empty: return .object([:])
            case .scalar: return scalar
            case .object:
                var object: [String: JSONValue] = [:]
                object.reserveCapacity(members.count)
                for (key, node) in members { object[key] = node.resolved() }
                return .object(object)
            case .array: return .array(items.map { $0.resolved() })
            }
        }

        /// The positions of the members in key order (code-point order, which UTF-8 byte order
        /// is too), the last of equal keys kept. `cache` remembers the order of the last key list
        /// seen: the objects of one type have the same keys, so it is mostly sorted once.
        func sortedMemberIndices(_ cache: inout KeyOrderCache) -> [Int] {
            if cache.keys.count == members.count,
               zip(cache.keys, members).allSatisfy({ $0 == $1.key }) {
                return cache.order
            }
            var indices = Array(members.indices)
            indices.sort { a, b in
                let ka = members[a].key, kb = members[b].key
                if ka == kb { return a < b }
                return CanonicalJSON.precedes(ka, kb)
            }
            var order: [Int] = []
            order.reserveCapacity(indices.count)
            for index in indices {
                if let last = order.last, members[last].key == members[index].key {
                    order[order.count - 1] = index
                } else {
                    order.append(index)
                }
            }
            cache = KeyOrderCache(keys: members.map(\.key), order: order)
            return order
        }

        func set(_ value: JSONValue) {
            kind = .scalar
            scalar = value
            members = []
            items = []
        }

        func ensureObject() {
            guard kind != .object else { return }
            kind = .object
            members = []
            members.reserveCapacity(8)
            items = []
        }

        func ensureArray() {
            guard kind != .array else { return }
            kind = .array
            members = []
            items = []
        }

        func add(_ key: String, _ node: Node) {
            ensureObject()
            members.append((key, node))
        }

        func objectChild(_ key: String) -> Slot {
            let child = Slot()
            add(key, .slot(child))
            return child
        }

        func append(_ node: Node) {
            ensureArray()
            items.append(node)
        }

        func appendChild() -> Slot {
            let child = Slot()
            append(.slot(child))
            return child
        }

        var count: Int { kind == .array ? items.count : 0 }
    }

    /// The key order of the last object written (see `Slot.sortedMemberIndices`).
    struct KeyOrderCache {
        var keys: [String] = []
        var order: [Int] = []
    }

    /// A primitive as a JSON scalar, or nil for anything that encodes itself. Checked by type
    /// identity first, which costs far less than a dynamic cast per value.
    static func scalar<T: Encodable>(_ value: T) -> JSONValue? {
        // `unsafeBitCast` is safe here: each is guarded by the exact type it casts to.
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
        if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Float.self { return .double(Double(unsafeBitCast(value, to: Float.self))) }
        if T.self == Int64.self || T.self == Int32.self || T.self == Int16.self || T.self == Int8.self
            || T.self == UInt.self || T.self == UInt64.self || T.self == UInt32.self || T.self == UInt16.self
            || T.self == UInt8.self, let v = value as? any BinaryInteger {
            return .int(Int(truncatingIfNeeded: v))
        }
        return nil
    }

    /// Encodes `value` into `slot`: a primitive as a scalar, anything else through its `encode(to:)`.
    static func store<T: Encodable>(_ value: T, in slot: Slot, path: @autoclosure () -> [any CodingKey]) throws {
        if let scalar = scalar(value) {
            slot.set(scalar)
        } else {
            try value.encode(to: NodeEncoder(slot: slot, codingPath: path()))
        }
    }

    /// `value` as a member or item: primitives inline, anything else in a new slot.
    static func node<T: Encodable>(_ value: T, path: @autoclosure () -> [any CodingKey]) throws -> Node {
        if let scalar = scalar(value) { return .scalar(scalar) }
        let slot = Slot()
        try value.encode(to: NodeEncoder(slot: slot, codingPath: path()))
        return slot.node
    }
}

private struct NodeEncoder: Encoder {
    let slot: JSONTree.Slot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.ensureObject()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.ensureArray()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: JSONTree.Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { slot.add(key.stringValue, .scalar(.null)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        slot.add(key.stringValue, try JSONTree.node(value, path: codingPath + [key]))
    }
    // The common scalars go straight in, without the generic path.
    mutating func encode(_ value: String, forKey key: Key) throws { slot.add(key.stringValue, .scalar(.string(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { slot.add(key.stringValue, .scalar(.int(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { slot.add(key.stringValue, .scalar(.double(value))) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot.add(key.stringValue, .scalar(.bool(value))) }
    // Absent optionals become `null` rather than a missing key.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        slot.add(key.stringValue, .scalar(value.map(JSONValue.bool) ?? .null))
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        slot.add(key.stringValue, .scalar(value.map(JSONValue.string) ?? .null))
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        slot.add(key.stringValue, .scalar(value.map(JSONValue.double) ?? .null))
    }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        slot.add(key.stringValue, .scalar(value.map(JSONValue.int) ?? .null))
    }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }

    private mutating func encodeOptional<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = slot.objectChild(key.stringValue)
        child.ensureObject()
        return KeyedEncodingContainer(KeyedSlotContainer<NestedKey>(slot: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = slot.objectChild(key.stringValue)
        child.ensureArray()
        return UnkeyedSlotContainer(slot: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(slot: slot.objectChild("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(slot: slot.objectChild(key.stringValue), codingPath: codingPath + [key])
    }
}

/// An array index in a coding path (its text made only when asked for).
private struct IndexKey: CodingKey {
    let index: Int
    var stringValue: String { String(index) }
    var intValue: Int? { index }
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) {
        guard let index = Int(stringValue) else { return nil }
        self.index = index
    }
    init?(intValue: Int) { self.init(intValue) }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: JSONTree.Slot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    mutating func encodeNil() throws { slot.append(.scalar(.null)) }
    mutating func encode(_ value: String) throws { slot.append(.scalar(.string(value))) }
    mutating func encode(_ value: Int) throws { slot.append(.scalar(.int(value))) }
    mutating func encode(_ value: Double) throws { slot.append(.scalar(.double(value))) }
    mutating func encode(_ value: Bool) throws { slot.append(.scalar(.bool(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        slot.append(try JSONTree.node(value, path: codingPath + [IndexKey(index)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = slot.appendChild()
        child.ensureObject()
        return KeyedEncodingContainer(KeyedSlotContainer<NestedKey>(slot: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = slot.appendChild()
        child.ensureArray()
        return UnkeyedSlotContainer(slot: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(slot: slot.appendChild(), codingPath: codingPath) }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: JSONTree.Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.set(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try JSONTree.store(value, in: slot, path: codingPath) }
    mutating func encode(_ value: String) throws { slot.set(.string(value)) }
    mutating func encode(_ value: Int) throws { slot.set(.int(value)) }
    mutating func encode(_ value: Double) throws { slot.set(.double(value)) }
    mutating func encode(_ value: Bool) throws { slot.set(.bool(value)) }
}
