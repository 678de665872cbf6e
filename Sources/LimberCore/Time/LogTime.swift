import Foundation

/// How the log writes instants as text, in the database and in exports alike: UTC with whole
/// milliseconds ("2024-05-01T07:30:00.123Z"), fixed width, so they sort as text, and exact, so
/// a log exported and imported again is identical. Days are `LocalDay`s.
public enum LogTime {
    /// The instant as text, rounded to the millisecond.
    public static func text(_ date: Date) -> String {
        withBytes(of: date) { String(decoding: $0, as: UTF8.self) }
    }

    /// `use` given `text(date)`'s bytes, written digit by digit on the stack: a review's JSON
    /// writes two instants for every step, straight into its bytes.
    public static func withBytes<Result>(of date: Date, _ use: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        // Floor division keeps the fraction positive for instants before 1970.
        let seconds = Int64((Double(milliseconds) / 1000).rounded(.down))
        let fraction = Int(milliseconds - seconds * 1000)
        let (days, second) = (seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400, Int(seconds % 86_400 + 86_400) % 86_400)
        let date = CivilDays.date(Int(days))
        guard CivilDays.years.contains(date.year) else {
            let parts = LocalDay.utc.dateComponents(
                [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            var text = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.year!, parts.month!, parts.day!,
                parts.hour!, parts.minute!, parts.second!, fraction)
            return text.withUTF8(use)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { bytes in
            CivilDays.write(date, into: bytes)
            bytes[10] = UInt8(ascii: "T")
            CivilDays.put(second / 3600, into: bytes, endingAt: 13, width: 2)
            bytes[13] = UInt8(ascii: ":")
            CivilDays.put(second / 60 % 60, into: bytes, endingAt: 16, width: 2)
            bytes[16] = UInt8(ascii: ":")
            CivilDays.put(second % 60, into: bytes, endingAt: 19, width: 2)
            bytes[19] = UInt8(ascii: ".")
            CivilDays.put(fraction, into: bytes, endingAt: 23, width: 3)
            bytes[23] = UInt8(ascii: "Z")
            return use(UnsafeBufferPointer(bytes))
        }
    }

    /// The instant written by `text(_:)`, or nil when the text is not one ("25:61:99" included).
    /// Read byte by byte: review reads millions of these.
    public static func date(_ text: String) -> Date? {
        text.utf8.withContiguousStorageIfAvailable(date) ?? Array(text.utf8).withUnsafeBufferPointer(date)
    }

    /// `date` of the UTF-8 bytes of a text (a log's column read in place).
    public static func date(_ utf8: UnsafeBufferPointer<UInt8>) -> Date? {
        var recent = RecentDay()
        return date(utf8, recentDay: &recent)
    }

    /// The day last read by `date(_:recentDay:)`: a log's instants come a session at a time, and
    /// working out a day's number was half of reading one.
    public struct RecentDay {
        /// The day's ten bytes, as words, and its number; no number before the first.
        var head: UInt64 = 0
        var tail: UInt16 = 0
        var number: Int?

        public init() {}
    }

    /// `date` of the UTF-8 bytes of a text, its day looked up in `recentDay` and kept there.
    public static func date(_ utf8: UnsafeBufferPointer<UInt8>, recentDay: inout RecentDay) -> Date? {
        guard utf8.count == 24, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
            utf8[19] == UInt8(ascii: "."), utf8[23] == UInt8(ascii: "Z")
        else { return nil }
        let raw = UnsafeRawPointer(utf8.baseAddress!)
        let (head, tail) = (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self))
        let dayNumber: Int
        if let number = recentDay.number, recentDay.head == head, recentDay.tail == tail {
            dayNumber = number
        } else {
            let day = CivilDays.parse(UnsafeBufferPointer(rebasing: utf8[0..<10]))
            guard let number = day.number ?? (day.outOfRange ? LocalDay(String(decoding: utf8[0..<10], as: UTF8.self))?.dayNumber : nil)
            else { return nil }
            (dayNumber, recentDay.head, recentDay.tail, recentDay.number) = (number, head, tail, number)
        }
        guard let hour = CivilDays.digits(utf8, 11, 2), hour < 24, let minute = CivilDays.digits(utf8, 14, 2), minute < 60,
            let second = CivilDays.digits(utf8, 17, 2), second < 60, let fraction = CivilDays.digits(utf8, 20, 3)
        else { return nil }
        let milliseconds = (Int64(dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000 + Int64(fraction)
        return Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }
}
