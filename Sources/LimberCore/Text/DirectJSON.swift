import Foundation

/// A value that writes its JSON straight into PrettyJSON's bytes instead of encoding itself into
/// a tree (a node and a box for every object, a string for every scalar): the review's sessions
/// and steps, millions of values in a clinic's review. `writeJSON` must write exactly what the
/// value's `Encodable` conformance makes JSONEncoder write: every key it encodes, in UTF-8 order
/// (checked as it is written, in debug builds), a nil left out as synthesized conformances leave
/// it out. PrettyJSONTests hold every such type to JSONEncoder, every key set and every key nil.
protocol DirectJSON: Encodable {
    associatedtype JSONKey: CodingKey
    func writeJSON(_ object: inout PrettyJSON.Fields<JSONKey>)
}

extension PrettyJSON {
    /// The fields of one object as a `DirectJSON` value writes them, in its keys' UTF-8 order.
    struct Fields<Key: CodingKey> {
        var writer: Writer
        private let indent: Int
        private var count = 0
        #if DEBUG
        private var lastKey: String?
        #endif

        init(writer: Writer, indent: Int) {
            self.writer = writer
            self.indent = indent
        }

        mutating func add(_ key: Key, _ value: String?) {
            guard let value else { return }
            self.key(key)
            PrettyJSON.quote(value, into: &writer.out)
        }

        mutating func add(_ key: Key, _ value: Int?) {
            guard let value else { return }
            self.key(key)
            writer.number(value)
        }

        mutating func add(_ key: Key, _ value: Date?) {
            guard let value else { return }
            self.key(key)
            writer.instant(value)
        }

        mutating func add(_ key: Key, _ value: LocalDay?) {
            add(key, value?.text)
        }

        /// A choice such as a status, written as its raw value (as `RawRepresentable` encodes itself).
        mutating func add<Choice: RawRepresentable>(_ key: Key, _ value: Choice?) where Choice.RawValue == String {
            add(key, value?.rawValue)
        }

        mutating func add<Item: DirectJSON>(_ key: Key, _ items: [Item]) {
            self.key(key)
            let indent = indent + 2
            writer.list(count: items.count, indent: indent) { writer, index in writer.object(items[index], indent: indent + 2) }
        }

        private mutating func key(_ key: Key) {
            let name = key.stringValue
            #if DEBUG
            assert(lastKey.map { $0.utf8.lexicographicallyPrecedes(name.utf8) } ?? true, "\(name) is written after \(lastKey ?? ""): out of UTF-8 order")
            lastKey = name
            #endif
            writer.entry(count, indent: indent)
            count += 1
            writer.plainKey(name)
        }
    }
}
