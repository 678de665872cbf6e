import Foundation
import GRDBSQLite

/// Whether a statement's rows come in strictly ascending order of some of their columns, as an
/// ORDER BY of those columns compares them (integers by value, texts by their bytes: SQLite's
/// BINARY collation in a UTF-8 database), checked row by row. It lets the bare reader take a table
/// in the order SQLite keeps it, without sorting it, when that is already the order asked for:
/// sorting ten years of steps cost SQLite more than reading them. Only integers and texts are
/// compared; any other value (NULL, a real, a blob), or a column holding both, counts as out of
/// order.
final class AscendingKey {
    private let columns: [CInt]
    /// The previous row's values, in memory of their own (not the class's properties, whose
    /// every access Swift checks for exclusivity; nor arrays, checked for sharing at each write):
    /// three texts are copied at every step read.
    private let integers: UnsafeMutablePointer<Int64>
    private let texts: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>
    private let lengths: UnsafeMutablePointer<Int>
    private let capacities: UnsafeMutablePointer<Int>
    /// Each column's type in the first row, which every row must keep; 0 before it.
    private let types: UnsafeMutablePointer<CInt>

    init(columns: [Int]) {
        self.columns = columns.map(CInt.init)
        let count = columns.count
        (integers, texts, lengths, capacities, types) = (.allocate(capacity: count), .allocate(capacity: count), .allocate(capacity: count), .allocate(capacity: count), .allocate(capacity: count))
        integers.initialize(repeating: 0, count: count)
        texts.initialize(repeating: nil, count: count)
        lengths.initialize(repeating: 0, count: count)
        capacities.initialize(repeating: 0, count: count)
        types.initialize(repeating: 0, count: count)
    }

    deinit {
        for slot in columns.indices { texts[slot]?.deallocate() }
        integers.deallocate()
        texts.deallocate()
        lengths.deallocate()
        capacities.deallocate()
        types.deallocate()
    }

    /// Whether the statement's current row comes after the row before it (the first always does).
    func follows(_ statement: OpaquePointer) -> Bool {
        let first = columns.isEmpty || types[0] == 0
        var after = first
        for slot in columns.indices {
            let column = columns[slot]
            let type = sqlite3_column_type(statement, column)
            if first {
                guard type == SQLITE_INTEGER || type == SQLITE_TEXT else { return false }
                types[slot] = type
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
                // The text first, then its length, as SQLite asks.
                let text = sqlite3_column_text(statement, column)
                let length = text == nil ? 0 : Int(sqlite3_column_bytes(statement, column))
                if !after {
                    let order = Self.compare(texts[slot], lengths[slot], text, length)
                    if order > 0 { return false }
                    after = order < 0
                }
                keep(text, length, in: slot)
            }
        }
        return after
    }

    /// `text`'s `length` bytes kept as `slot`'s, in room grown as needed.
    private func keep(_ text: UnsafePointer<UInt8>?, _ length: Int, in slot: Int) {
        if length > capacities[slot] {
            texts[slot]?.deallocate()
            capacities[slot] = max(length, 2 * capacities[slot], 64)
            texts[slot] = .allocate(capacity: capacities[slot])
        }
        if let text, length > 0 { texts[slot]!.update(from: text, count: length) }
        lengths[slot] = length
    }

    /// Negative, zero or positive as `a` sorts before, with or after `b`: byte by byte, then the
    /// shorter first (memcmp, as SQLite's BINARY collation).
    private static func compare(_ a: UnsafePointer<UInt8>?, _ aCount: Int, _ b: UnsafePointer<UInt8>?, _ bCount: Int) -> Int {
        let common = min(aCount, bCount)
        if common > 0, let a, let b {
            let order = memcmp(a, b, common)
            if order != 0 { return Int(order) }
        }
        return aCount - bCount
    }
}
