import Foundation
import LimberCore

/// The values that recur down a column as a table is read: the texts of a step's session,
/// routine, step name, side and status, and the days of instants. Each such text is made a
/// `String` once and shared by the rows that hold it: making a String of every value (its UTF-8
/// checked, one over 15 bytes allocated, and later freed) was the largest part of reading a
/// step, and a review reads every step of every patient. The same String as a fresh one would
/// be, byte for byte; the same instant.
///
/// Each column keeps the texts last seen in a few slots, a text's slot chosen by its length and
/// bytes: a look-up is a hash of two words, a length and a `memcmp`. Kept in memory of its own,
/// not in the class's properties, whose every access Swift checks for exclusivity. Used by one
/// statement's rows, on one thread.
final class RecurringValues {
    private static let slotsPerColumn = 16
    private static let columns = 16
    /// Longer texts (a note, say) are made afresh each time: they seldom recur.
    private static let longest = 48

    private let texts: UnsafeMutablePointer<String?>
    private let lengths: UnsafeMutablePointer<Int>
    /// Each slot's text's bytes, `longest` a slot.
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Each slot's text's place among the cases of its column's choice; -1 when not known.
    private let choices: UnsafeMutablePointer<Int>
    /// The day of the instant read last (`LogTime.RecentDay`).
    private let recentDay: UnsafeMutablePointer<LogTime.RecentDay>

    init() {
        let slots = Self.columns * Self.slotsPerColumn
        texts = .allocate(capacity: slots)
        texts.initialize(repeating: nil, count: slots)
        lengths = .allocate(capacity: slots)
        lengths.initialize(repeating: -1, count: slots)
        bytes = .allocate(capacity: slots * Self.longest)
        choices = .allocate(capacity: slots)
        choices.initialize(repeating: -1, count: slots)
        recentDay = .allocate(capacity: 1)
        recentDay.initialize(to: LogTime.RecentDay())
    }

    deinit {
        texts.deinitialize(count: Self.columns * Self.slotsPerColumn)
        texts.deallocate()
        lengths.deallocate()
        bytes.deallocate()
        choices.deallocate()
        recentDay.deallocate()
    }

    /// The instant written as `utf8` (`LogTime.date`), nil when it is not one.
    func instant(_ utf8: UnsafeBufferPointer<UInt8>) -> Date? { LogTime.date(utf8, recentDay: &recentDay.pointee) }

    /// The text of `utf8` (ill-formed sequences repaired as `String(decoding:)` does) read from
    /// `column`.
    func text(_ utf8: UnsafeBufferPointer<UInt8>, column: Int) -> String {
        guard let slot = slot(holding: utf8, column: column) else { return String(decoding: utf8, as: UTF8.self) }
        return texts[slot]!
    }

    /// The choice named `utf8` in `column`, nil when it names none. A column holds one kind of
    /// choice: each slot keeps its text's place among `Choice.allCases` once found, so a name
    /// met again is not compared with each case's.
    func choice<Choice: LogChoice>(_ utf8: UnsafeBufferPointer<UInt8>, column: Int) -> Choice? {
        guard let slot = slot(holding: utf8, column: column) else { return Choice(rawValue: String(decoding: utf8, as: UTF8.self)) }
        if choices[slot] >= 0 { return Choice.allCases[choices[slot]] }
        let name = texts[slot]!
        guard let place = Choice.allCases.firstIndex(where: { $0.rawValue == name }) else { return nil }
        choices[slot] = place
        return Choice.allCases[place]
    }

    /// The slot of `column` holding the text of `utf8`, filled now if it held another; nil for a
    /// text that is not kept (empty, or too long).
    private func slot(holding utf8: UnsafeBufferPointer<UInt8>, column: Int) -> Int? {
        let count = utf8.count
        guard let start = utf8.baseAddress, count > 0, count <= Self.longest, column < Self.columns else { return nil }
        let slot = column * Self.slotsPerColumn + Self.slot(start, count: count)
        let kept = bytes + slot * Self.longest
        if lengths[slot] == count, memcmp(kept, start, count) == 0 { return slot }
        lengths[slot] = count
        kept.update(from: start, count: count)
        texts[slot] = String(decoding: utf8, as: UTF8.self)
        choices[slot] = -1
        return slot
    }

    /// Which of a column's slots holds a text: a hash of its length, first and last eight bytes.
    private static func slot(_ start: UnsafePointer<UInt8>, count: Int) -> Int {
        var hash = UInt64(count)
        if count >= 8 {
            let raw = UnsafeRawPointer(start)
            hash ^= raw.loadUnaligned(as: UInt64.self) &* 0x9E37_79B9_7F4A_7C15
            hash ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            for index in 0..<count { hash = hash << 8 | UInt64(start[index]) }
        }
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 60)
    }
}
