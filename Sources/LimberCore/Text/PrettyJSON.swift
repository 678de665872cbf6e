import Foundation

/// JSON written byte for byte as Foundation's `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, keys in UTF-8
/// order, an empty list or object on three lines, numbers as Swift prints them without a
/// trailing `.0`), with instants written by `instant`. A review's JSON runs to megabytes, and
/// `JSONEncoder` builds and sorts a dictionary per object through layers of generic code: this
/// keeps each object's keys in a plain list and writes straight into one buffer.
///
/// Values `JSONEncoder` writes in its own way that this does not know (`Data`, `Decimal`) throw
/// `Unsupported`, for the caller to fall back on `JSONEncoder`.
public enum PrettyJSON {
    public struct Unsupported: Error {}

    /// The JSONEncoder whose bytes `encode` writes: for what it does not support, and to check it.
    public static func foundationEncoder(instant: @escaping @Sendable (Date) -> String) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(instant(date))
        }
        return encoder
    }

    public static func encode<Value: Encodable>(_ value: Value, instant: @escaping (Date) -> String) throws -> Data {
        Data(try bytes(value, instant: instant))
    }

    static func bytes<Value: Encodable>(_ value: Value, instant: @escaping (Date) -> String) throws -> [UInt8] {
        let node = try NodeEncoder(instant: instant).wrap(value)
        var writer = Writer()
        writer.write(node, indent: 0)
        return writer.out
    }

    /// A value with its JSON written ahead, put as it is into the JSON of a value holding it (a
    /// review's patients are each written on a core of their own). Encoders other than
    /// `encode`, and `encode` when the value holds what it does not know, encode the value.
    public struct Written<Value: Encodable>: Encodable {
        public let value: Value
        let json: [UInt8]?

        public init(_ value: Value, instant: @escaping (Date) -> String) throws {
            self.value = value
            do {
                json = try PrettyJSON.bytes(value, instant: instant)
            } catch is Unsupported {
                json = nil
            }
        }

        public func encode(to encoder: any Encoder) throws {
            // Asked only of this type, not of every value written.
            if let json, let encoder = encoder as? NodeEncoder {
                encoder.node = .written(json)
            } else {
                try value.encode(to: encoder)
            }
        }
    }

    private struct Writer {
        var out: [UInt8] = []
        /// The order to write each shape of object in (its keys as encoded): thousands of
        /// objects of one type share a few shapes, each sorted once.
        var orders: [(keys: [String], order: [Int])] = []

        mutating func write(_ node: Node, indent: Int) {
            switch node {
            case .scalar(let text):
                out.append(contentsOf: text.utf8)
            case .written(let json):
                // Written at indent 0: each line after the first moves in by `indent`, but for
                // the empty line inside an empty list or object.
                var start = 0
                for (index, byte) in json.enumerated() where byte == UInt8(ascii: "\n") {
                    out.append(contentsOf: json[start...index])
                    if index + 1 < json.count, json[index + 1] != UInt8(ascii: "\n") { spaces(indent) }
                    start = index + 1
                }
                out.append(contentsOf: json[start...])
            case .deferred(let encoder):
                write(encoder.node ?? .object(ObjectBox()), indent: indent)
            case .array(let box):
                out.append(UInt8(ascii: "["))
                out.append(UInt8(ascii: "\n"))
                for (index, item) in box.items.enumerated() {
                    if index > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                    spaces(indent + 2)
                    write(item, indent: indent + 2)
                }
                out.append(UInt8(ascii: "\n"))
                spaces(indent)
                out.append(UInt8(ascii: "]"))
            case .object(let box):
                out.append(UInt8(ascii: "{"))
                out.append(UInt8(ascii: "\n"))
                for (position, index) in order(of: box.entries.map(\.key)).enumerated() {
                    if position > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                    spaces(indent + 2)
                    PrettyJSON.quote(box.entries[index].key, into: &out)
                    out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
                    write(box.entries[index].node, indent: indent + 2)
                }
                out.append(UInt8(ascii: "\n"))
                spaces(indent)
                out.append(UInt8(ascii: "}"))
            }
        }

        /// The entries to write, by index: keys in UTF-8 order, and a key given twice only
        /// once, with its last value (as JSONEncoder's dictionary keeps it).
        mutating func order(of keys: [String]) -> [Int] {
            if let known = orders.first(where: { $0.keys == keys }) { return known.order }
            var last: [String: Int] = [:]
            for (index, key) in keys.enumerated() { last[key] = index }
            let order = last.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { last[$0]! }
            if orders.count < 64 { orders.append((keys, order)) }
            return order
        }

        mutating func spaces(_ count: Int) {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    /// A JSON string as JSONEncoder writes it: quote, backslash and C0 controls escaped (the
    /// usual short forms, else `\u00xx`), everything else as it is.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text needs no escape: copied whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func number<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Number, path: [any CodingKey]) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: path, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// What one value encoded to: a scalar already written as JSON, a list, an object, or an
/// encoder handed out by `superEncoder` whose value is read when it is written.
fileprivate enum Node {
    case scalar(String)
    /// JSON written ahead (`PrettyJSON.Written`), at indent 0.
    case written([UInt8])
    case array(ArrayBox)
    case object(ObjectBox)
    case deferred(NodeEncoder)
}

private final class ArrayBox {
    var items: [Node] = []
}

private final class ObjectBox {
    var entries: [(key: String, node: Node)] = []
}

fileprivate final class NodeEncoder: Encoder {
    let instant: (Date) -> String
    /// The encoder this one's value is part of, and its key there: the coding path is asked
    /// for only in errors, and a path per value written would cost more than the rest.
    private unowned let parent: NodeEncoder?
    private let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: Node?

    init(instant: @escaping (Date) -> String, parent: NodeEncoder? = nil, key: (any CodingKey)? = nil) {
        self.instant = instant
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] { (parent?.codingPath ?? []) + (key.map { [$0] } ?? []) }

    /// `value` as a node: instants through `instant`, URLs as their text (as JSONEncoder does),
    /// anything else as it encodes itself; a value that encodes nothing is an empty object.
    func wrap<Value: Encodable>(_ value: Value, at key: (any CodingKey)? = nil) throws -> Node {
        if Value.self == Date.self { return .scalar(PrettyJSON.quoted(instant(value as! Date))) }
        if Value.self == URL.self { return .scalar(PrettyJSON.quoted((value as! URL).absoluteString)) }
        if Value.self == Data.self || Value.self == Decimal.self { throw PrettyJSON.Unsupported() }
        let nested = NodeEncoder(instant: instant, parent: self, key: key)
        try value.encode(to: nested)
        return nested.node ?? .object(ObjectBox())
    }

    func objectBox() -> ObjectBox {
        if case .object(let box)? = node { return box }
        let box = ObjectBox()
        node = .object(box)
        return box
    }

    func arrayBox() -> ArrayBox {
        if case .array(let box)? = node { return box }
        let box = ArrayBox()
        node = .array(box)
        return box
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, box: objectBox()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(encoder: self, box: arrayBox())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: NodeEncoder
    let box: ObjectBox
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func put(_ node: Node, _ key: Key) { box.entries.append((key.stringValue, node)) }

    mutating func encodeNil(forKey key: Key) throws { put(.scalar("null"), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.scalar(value ? "true" : "false"), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.scalar(PrettyJSON.quoted(value)), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        put(.scalar(try PrettyJSON.number(value, path: codingPath + [key])), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        put(.scalar(try PrettyJSON.number(value, path: codingPath + [key])), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.scalar(String(value)), key) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { put(try encoder.wrap(value, at: key), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        put(.object(nested), key)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        put(.array(nested), key)
        return UnkeyedContainer(encoder: encoder, box: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let nested = NodeEncoder(instant: encoder.instant, parent: encoder)
        box.entries.append((name, .deferred(nested)))
        return nested
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: NodeEncoder
    let box: ArrayBox
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { box.items.count }

    private func put(_ node: Node) { box.items.append(node) }

    mutating func encodeNil() throws { put(.scalar("null")) }
    mutating func encode(_ value: Bool) throws { put(.scalar(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { put(.scalar(PrettyJSON.quoted(value))) }
    mutating func encode(_ value: Double) throws { put(.scalar(try PrettyJSON.number(value, path: codingPath))) }
    mutating func encode(_ value: Float) throws { put(.scalar(try PrettyJSON.number(value, path: codingPath))) }
    mutating func encode(_ value: Int) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: Int8) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: Int16) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: Int32) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: Int64) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: UInt) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: UInt8) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: UInt16) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: UInt32) throws { put(.scalar(String(value))) }
    mutating func encode(_ value: UInt64) throws { put(.scalar(String(value))) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { put(try encoder.wrap(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        put(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        put(.array(nested))
        return UnkeyedContainer(encoder: encoder, box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = NodeEncoder(instant: encoder.instant, parent: encoder)
        put(.deferred(nested))
        return nested
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .scalar("null") }
    mutating func encode(_ value: Bool) throws { encoder.node = .scalar(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { encoder.node = .scalar(PrettyJSON.quoted(value)) }
    mutating func encode(_ value: Double) throws { encoder.node = .scalar(try PrettyJSON.number(value, path: codingPath)) }
    mutating func encode(_ value: Float) throws { encoder.node = .scalar(try PrettyJSON.number(value, path: codingPath)) }
    mutating func encode(_ value: Int) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: Int8) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: Int16) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: Int32) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: Int64) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.node = .scalar(String(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.node = .scalar(String(value)) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { encoder.node = try encoder.wrap(value) }
}
