import Foundation
import GRDBSQLite

/// Whether a statement's rows come in strictly ascending order of some of their columns, as an
/// ORDER BY of those columns compares them (integers by value, texts by their bytes: SQLite's
/// BINARY collation in a UTF-8 database), checked row by row. It lets the bare reader take a table
/// in the order SQLite keeps it, without sorting it, when that is already the order asked for:
/// sorting ten years of steps cost SQLite more than reading them. Only integers and texts are
/// compared; any other value (NULL, a real, a blob), or a column holding both, counts as out of
/// order.
struct AscendingKey {
    private let columns: [CInt]
    /// The previous row's values, kept in buffers reused from row to row.
    private var texts: [[UInt8]]
    private var integers: [Int64]
    /// Each column's type in the first row, which every row must keep.
    private var types: [CInt] = []

    init(columns: [Int]) {
        self.columns = columns.map(CInt.init)
        texts = Array(repeating: [], count: columns.count)
        integers = Array(repeating: 0, count: columns.count)
    }

    /// Whether the statement's current row comes after the row before it (the first always does).
    mutating func follows(_ statement: OpaquePointer) -> Bool {
        let first = types.isEmpty
        var after = first
        for (slot, column) in columns.enumerated() {
            let type = sqlite3_column_type(statement, column)
            if first {
                guard type == SQLITE_INTEGER || type == SQLITE_TEXT else { return false }
                types.append(type)
            } else if type != types[slot] {
                return false
            }
            if type == SQLITE_INTEGER {
                let value = sqlite3_column_int64(statement, column)
                if !after {
                    if value < integers[slot] { return false }
                    after = value > integers[slot]
                }
                integers[slot] = value
            } else {
                let text = UnsafeBufferPointer(start: sqlite3_column_text(statement, column), count: Int(sqlite3_column_bytes(statement, column)))
                if !after {
                    let order = Self.compare(texts[slot], text)
                    if order > 0 { return false }
                    after = order < 0
                }
                texts[slot].removeAll(keepingCapacity: true)
                texts[slot].append(contentsOf: text)
            }
        }
        return after
    }

    /// Negative, zero or positive as `a` sorts before, with or after `b`: byte by byte, then the
    /// shorter first (memcmp, as SQLite's BINARY collation).
    private static func compare(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, common) }
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }
}
