/// Encodes any `Encodable` into a `JSONValue`, writing `null` for absent optionals
/// (Foundation's encoders drop those keys; SPEC.md wants every key present).
public struct JSONValueEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let root = Slot()
        try value.encode(to: NodeEncoder(slot: root, codingPath: []))
        return root.resolved()
    }
}

/// One place in the tree being built: a scalar, an object or an array.
private final class Slot {
    enum Content { case empty, scalar(JSONValue), object([String: Slot]), array([Slot]) }
    var content: Content = .empty

    func resolved() -> JSONValue {
        switch content {
        case .empty: return .object([:])
        case .scalar(let v): return v
        case .object(let members): return .object(members.mapValues { $0.resolved() })
        case .array(let items): return .array(items.map { $0.resolved() })
        }
    }

    // Each mutation first moves the collection out of `content`, so it is mutated in place
    // rather than copied (copying here made encoding large tables quadratic).
    func objectChild(_ key: String) -> Slot {
        var members: [String: Slot] = [:]
        if case .object(let existing) = content { members = existing }
        content = .empty
        let child = Slot()
        members[key] = child
        content = .object(members)
        return child
    }

    func ensureObject() {
        if case .object = content { return }
        content = .object([:])
    }

    func appendChild() -> Slot {
        var items: [Slot] = []
        if case .array(let existing) = content { items = existing }
        content = .empty
        let child = Slot()
        items.append(child)
        content = .array(items)
        return child
    }

    func ensureArray() {
        if case .array = content { return }
        content = .array([])
    }

    var count: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }
}

private struct NodeEncoder: Encoder {
    let slot: Slot
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

/// Turns a primitive into a JSON scalar, or encodes a composite value into `slot`.
private func store<T: Encodable>(_ value: T, in slot: Slot, path: [any CodingKey]) throws {
    switch value {
    case let v as String: slot.content = .scalar(.string(v))
    case let v as Bool: slot.content = .scalar(.bool(v))
    case let v as Int: slot.content = .scalar(.int(v))
    case let v as Double: slot.content = .scalar(.double(v))
    case let v as Float: slot.content = .scalar(.double(Double(v)))
    case let v as any BinaryInteger: slot.content = .scalar(.int(Int(truncatingIfNeeded: v)))
    default: try value.encode(to: NodeEncoder(slot: slot, codingPath: path))
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { slot.objectChild(key.stringValue).content = .scalar(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try store(value, in: slot.objectChild(key.stringValue), path: codingPath + [key])
    }
    // Absent optionals become `null` rather than a missing key.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
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

private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ index: Int) { stringValue = String(index); intValue = index }
    init?(stringValue: String) { self.stringValue = stringValue; intValue = Int(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    mutating func encodeNil() throws { slot.appendChild().content = .scalar(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [IndexKey(count)]
        try store(value, in: slot.appendChild(), path: path)
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
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .scalar(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try store(value, in: slot, path: codingPath) }
}
