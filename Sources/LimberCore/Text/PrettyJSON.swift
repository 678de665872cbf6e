import Foundation

/// JSON written byte for byte as Foundation's `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, keys in UTF-8
/// order, an empty list or object on three lines, numbers as Swift prints them without a
/// trailing `.0`), with instants as the log writes them (`LogTime`). A review's JSON runs to
/// megabytes, and `JSONEncoder` builds and sorts a dictionary per object through layers of generic
/// code: this keeps each object's keys in a plain list and writes straight into one buffer.
///
/// Values `JSONEncoder` writes in its own way that this does not know (`Data`, `Decimal`) throw
/// `Unsupported`, for the caller to fall back on `JSONEncoder`.
public enum PrettyJSON {
    public struct Unsupported: Error {}

    /// The JSONEncoder whose bytes `encode` writes: for what it does not support, and to check it.
    public static func foundationEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(LogTime.text(date))
        }
        return encoder
    }

    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try parts(value).reduce(into: Data()) { $0.append(contentsOf: $1) }
    }

    /// Writes `value`'s JSON to `output` in parts, in order: a `Streamed` list is passed on as
    /// its items are written, so that a clinic's review (a gigabyte) is never held whole.
    public static func write<Value: Encodable>(
        _ value: Value, to output: ([UInt8]) throws -> Void
    ) throws {
        let node = try NodeEncoder().wrap(value)
        try withoutActuallyEscaping(output) { output in
            var writer = Writer(output: output)
            try writer.write(node, indent: 0)
            try writer.pass()
        }
    }

    /// `value`'s JSON as it is written at `indent` (its first line not moved in), in parts
    /// that follow one another.
    static func parts<Value: Encodable>(_ value: Value, indent: Int = 0) throws -> [[UInt8]] {
        var writer = Writer()
        try writer.write(try NodeEncoder().wrap(value), indent: indent)
        writer.finishPart()
        return writer.finished
    }

    /// A list whose items are written a few at a time, each on a core of its own, when the
    /// writer reaches the list, and passed on to the output one by one (`write(_:to:)`):
    /// a review's patients, each a megabyte or more of JSON. Encoders other than PrettyJSON's
    /// encode the list as it is.
    public struct Streamed<Value: Encodable & Sendable>: Encodable, Sendable {
        public let values: [Value]

        public init(_ values: [Value]) { self.values = values }

        public func encode(to encoder: any Encoder) throws {
            // Asked only of this type, not of every value written.
            guard let encoder = encoder as? NodeEncoder else { return try values.encode(to: encoder) }
            let values = values
            encoder.node = .streamed(count: values.count) { index, indent in
                try PrettyJSON.parts(values[index], indent: indent)
            }
        }
    }

    /// Writes into `out`, passing it on to `output` (when there is one) after each streamed item.
    struct Writer {
        var output: (([UInt8]) throws -> Void)?
        var out = ByteBuffer()
        /// What was written before `out`, in parts that follow one another: a review's JSON runs
        /// to megabytes a patient, and one growing buffer would be copied at each doubling, then
        /// again to join the parts written on other cores (most of a ten-year JSON's page faults).
        var finished: [[UInt8]] = []
        /// The order to write each shape of object in (its keys as encoded): thousands of
        /// objects of one type share a few shapes, each sorted once.
        var orders: [(keys: [String], order: [Int])] = []

        init(output: (([UInt8]) throws -> Void)? = nil) {
            self.output = output
        }

        fileprivate mutating func write(_ node: Node, indent: Int) throws {
            switch node {
            case .scalar(let text):
                out.append(text)
            case .direct(let value):
                object(value, indent: indent)
            case .deferred(let encoder):
                try write(encoder.node ?? .object(ObjectBox()), indent: indent)
            case .array(let box) where box.items.count >= Writer.longList:
                try inParts(box.items, indent: indent)
            case .array(let box):
                try list(count: box.items.count, indent: indent) { writer, index in
                    try writer.write(box.items[index], indent: indent + 2)
                }
            case .streamed(let count, let item):
                // As many at a time as there are cores, twice over, so none waits for long.
                let batch = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
                var written: [[[UInt8]]] = []
                try list(count: count, indent: indent) { writer, index in
                    if index % batch == 0 {
                        written = try Concurrently.map(index..<min(index + batch, count)) { try item($0, indent + 2) }
                    }
                    writer.finishPart()
                    writer.finished += written[index % batch]
                    // Passed on at once when there is an output, so that no more than a batch is held.
                    try writer.pass()
                }
            case .object(let box):
                let order = order(of: box.entries.map(\.key))
                try object(count: order.count, indent: indent) { writer, position in
                    let entry = box.entries[order[position]]
                    writer.key(entry.key)
                    try writer.write(entry.node, indent: indent + 2)
                }
            }
        }

        /// A list of `count` items written by `item`, as JSONEncoder lays it out.
        mutating func list(count: Int, indent: Int, item: (inout Writer, Int) throws -> Void) rethrows {
            try framed(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), indent: indent) { writer in
                try writer.items(0..<count, indent: indent, item)
            }
        }

        /// An object of `count` fields written by `field` (each its key, then its value).
        mutating func object(count: Int, indent: Int, field: (inout Writer, Int) throws -> Void) rethrows {
            try framed(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), indent: indent) { writer in
                try writer.items(0..<count, indent: indent, field)
            }
        }

        /// Lists this long (a patient's sessions over years) are written in parts, one for each
        /// core, and put in order: long enough that the threads pay for themselves.
        static let longList = 1000

        /// A long list written in parts on all cores, then put in order: the same bytes.
        private mutating func inParts(_ items: [Node], indent: Int) throws {
            // Only read while it is written, the tree is complete.
            struct Shared: @unchecked Sendable { let items: [Node] }
            let shared = Shared(items: items)
            let size = (items.count + ProcessInfo.processInfo.activeProcessorCount - 1) / ProcessInfo.processInfo.activeProcessorCount
            let parts = try Concurrently.map(0..<(items.count + size - 1) / size) { part in
                var writer = Writer()
                try writer.items(part * size..<min(shared.items.count, (part + 1) * size), indent: indent) { writer, index in
                    try writer.write(shared.items[index], indent: indent + 2)
                }
                writer.finishPart()
                return writer.finished
            }
            framed(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), indent: indent) { writer in
                writer.finishPart()
                for part in parts { writer.finished += part }
            }
        }

        /// A list or object, its items written by `body`; an empty one on three lines.
        private mutating func framed(open: UInt8, close: UInt8, indent: Int, _ body: (inout Writer) throws -> Void) rethrows {
            out.append(open)
            out.append(UInt8(ascii: "\n"))
            try body(&self)
            end(close, indent: indent)
        }

        /// The items at `positions` of a list or object, each on a line of its own, moved in by
        /// two more than `indent`.
        mutating func items(_ positions: Range<Int>, indent: Int, _ item: (inout Writer, Int) throws -> Void) rethrows {
            for position in positions {
                entry(position, indent: indent)
                try item(&self, position)
                if out.count >= Writer.partSize {
                    finishPart()
                    out.reserve(Writer.partSize + Writer.partSize / 8)
                }
            }
        }

        /// How much is written into one buffer before another is begun: enough that handing on
        /// a part costs nothing next to writing it.
        static let partSize = 1 << 20

        /// Ends the part being written (if anything is in it), for another to begin.
        mutating func finishPart() {
            guard !out.isEmpty else { return }
            finished.append(out.take())
        }

        /// Where the item at `position` of a list or object begins (the first on the line after
        /// the opening bracket, the others after a comma).
        mutating func entry(_ position: Int, indent: Int) {
            if position == 0 { return spaces(indent + 2) }
            line(after: UInt8(ascii: ","), indent: indent + 2)
        }

        /// The end of a list or object, after its last item.
        mutating func end(_ close: UInt8, indent: Int) {
            line(indent: indent, then: close)
        }

        /// `before` (if any), a line break, `indent` spaces and `after` (if any), in one write.
        private mutating func line(after before: UInt8? = nil, indent: Int, then after: UInt8? = nil) {
            out.write(atMost: indent + 3 + 7) { end in
                var count = 0
                if let before {
                    end[count] = before
                    count += 1
                }
                end[count] = UInt8(ascii: "\n")
                ByteBuffer.spaces(indent, at: end + count + 1)
                count += 1 + indent
                if let after {
                    end[count] = after
                    count += 1
                }
                return count
            }
        }

        /// `"key" : `
        mutating func key(_ key: String) {
            PrettyJSON.quote(key, into: &out)
            out.append(" : ")
        }

        /// `"key" : ` for a key with nothing to escape, as it is: the keys of a `DirectJSON`
        /// type, written for every object of millions.
        mutating func plainKey(_ key: String) {
            assert(PrettyJSON.quoted(key) == "\"\(key)\"", "\(key) needs escaping")
            var key = key
            key.withUTF8 { out.appendQuoted($0, then: " : ") }
        }

        /// `value` as Swift prints it, digits straight into the bytes (not a `String` each).
        mutating func number(_ value: Int) {
            if value < 0 { out.append(UInt8(ascii: "-")) }
            // The magnitude, unsigned, holds Int.min's (19 digits): written last first, then turned.
            var rest = value.magnitude
            out.write(atMost: 20) { end in
                var count = 0
                repeat {
                    end[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                    count += 1
                    rest /= 10
                } while rest > 0
                var digits = UnsafeMutableBufferPointer(start: end, count: count)
                digits.reverse()
                return count
            }
        }

        /// An instant, quoted, its bytes written by `LogTime` straight into these.
        mutating func instant(_ date: Date) {
            LogTime.withBytes(of: date) { out.appendQuoted($0) }
        }

        /// An object that writes its own fields, into these bytes (moved, not copied, to its
        /// fields and back).
        mutating func object<Value: DirectJSON>(_ value: Value, indent: Int) {
            framed(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), indent: indent) { writer in
                var fields = PrettyJSON.Fields<Value.JSONKey>(writer: Writer(), indent: indent)
                swap(&writer, &fields.writer)
                value.writeJSON(&fields)
                swap(&writer, &fields.writer)
            }
        }

        /// Passes what is written on to the output, if there is one.
        mutating func pass() throws {
            guard let output else { return }
            finishPart()
            for part in finished { try output(part) }
            finished.removeAll()
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
            out.appendSpaces(count)
        }
    }

    /// A JSON string as JSONEncoder writes it: quote, backslash and C0 controls escaped (the
    /// usual short forms, else `\u00xx`), everything else as it is.
    static func quote(_ text: String, into out: inout ByteBuffer) {
        // Most text needs no escape: looked at and copied whole, from its own storage.
        var text = text
        let plain = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            out.appendQuoted(bytes)
            return true
        }
        if plain { return }
        func escape(_ byte: UInt8) {
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): escape(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): escape(UInt8(ascii: "\\"))
            case 0x0A: escape(UInt8(ascii: "n"))
            case 0x0D: escape(UInt8(ascii: "r"))
            case 0x09: escape(UInt8(ascii: "t"))
            case 0x08: escape(UInt8(ascii: "b"))
            case 0x0C: escape(UInt8(ascii: "f"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                escape(UInt8(ascii: "u"))
                for digit in [0, 0, byte >> 4, byte & 0xF] { out.append(hex[Int(digit)]) }
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func quoted(_ text: String) -> String {
        var out = ByteBuffer()
        quote(text, into: &out)
        return String(decoding: out.take(), as: UTF8.self)
    }

    static func number<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Number, path: [any CodingKey]) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: path, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// What one value encoded to: a scalar already written as JSON, a value that writes itself, a
/// list, an object, or an encoder handed out by `superEncoder` whose value is read when it is
/// written.
fileprivate enum Node {
    case scalar(String)
    /// A value that writes its own JSON (`DirectJSON`).
    case direct(any DirectJSON)
    case array(ArrayBox)
    /// A `PrettyJSON.Streamed` list: its items, each written by `item` (index, indent) when it is their turn.
    case streamed(count: Int, item: @Sendable (Int, Int) throws -> [[UInt8]])
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
    /// The encoder this one's value is part of, and its key there: the coding path is asked
    /// for only in errors, and a path per value written would cost more than the rest.
    private unowned let parent: NodeEncoder?
    private let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: Node?

    init(parent: NodeEncoder? = nil, key: (any CodingKey)? = nil) {
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] { (parent?.codingPath ?? []) + (key.map { [$0] } ?? []) }

    /// `value` as a node: instants as `LogTime` writes them, URLs as their text (as JSONEncoder does), a
    /// `DirectJSON` value as itself, anything else as it encodes itself; a value that encodes nothing is an empty object.
    func wrap<Value: Encodable>(_ value: Value, at key: (any CodingKey)? = nil) throws -> Node {
        if Value.self == Date.self { return .scalar(PrettyJSON.quoted(LogTime.text(value as! Date))) }
        if Value.self == URL.self { return .scalar(PrettyJSON.quoted((value as! URL).absoluteString)) }
        if Value.self == Data.self || Value.self == Decimal.self { throw PrettyJSON.Unsupported() }
        if let direct = value as? any DirectJSON { return .direct(direct) }
        let nested = NodeEncoder(parent: self, key: key)
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
        let nested = NodeEncoder(parent: encoder)
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
        let nested = NodeEncoder(parent: encoder)
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
