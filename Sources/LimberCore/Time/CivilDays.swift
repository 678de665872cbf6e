/// Dates as whole days since 1970-01-01 and back, in the Gregorian calendar, by integer
/// arithmetic (H. Hinnant's `days_from_civil` and `civil_from_days`): a day or an instant read
/// from the log costs a few additions instead of a `Calendar` round trip, which is what makes
/// reading months of log cheap (`status` runs every few seconds). Only for the years in
/// `years`: before 1583 Foundation's calendar is Julian, so `LocalDay` and `LogTime` leave
/// those to it.
enum CivilDays {
    static let years = 1583...9999

    static func number(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = shifted / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    static func date(_ number: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// The day number of "YYYY-MM-DD" in `years`, or nil when the text is not written so or
    /// the day does not exist; `outOfRange` is true for a well-written year outside `years`.
    static func parse(_ text: String) -> (number: Int?, outOfRange: Bool) {
        // Read in place: a review reads hundreds of thousands of days.
        text.utf8.withContiguousStorageIfAvailable(parse) ?? Array(text.utf8).withUnsafeBufferPointer(parse)
    }

    /// `parse` of the UTF-8 bytes of a text.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int?, outOfRange: Bool) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
        else { return (nil, false) }
        guard years.contains(year) else { return (nil, true) }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return (nil, false) }
        return (number(year: year, month: month, day: day), false)
    }

    /// "YYYY-MM-DD", zero-padded.
    static func text(_ number: Int) -> String {
        let date = date(number)
        guard years.contains(date.year) else { return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2) }
        // Digit by digit on the stack: a review writes a day for every session, week and report.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { bytes in
            write(date, into: bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// "YYYY-MM-DD" of a date in `years`, into the first ten of `bytes`.
    static func write(_ date: (year: Int, month: Int, day: Int), into bytes: UnsafeMutableBufferPointer<UInt8>) {
        put(date.year, into: bytes, endingAt: 4, width: 4)
        bytes[4] = UInt8(ascii: "-")
        put(date.month, into: bytes, endingAt: 7, width: 2)
        bytes[7] = UInt8(ascii: "-")
        put(date.day, into: bytes, endingAt: 10, width: 2)
    }

    /// The last `width` digits of `value` (not negative), zero-padded, into `bytes` up to `end`.
    static func put(_ value: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, endingAt end: Int, width: Int) {
        precondition(end - width >= 0 && end <= bytes.count)
        var (rest, index) = (value, end)
        while index > end - width {
            index -= 1
            bytes[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The decimal number written in `count` bytes from `start`, nil when one is not a digit.
    /// Inlined: asked seven times of each instant read, always with a constant `count`, for which
    /// the loop unrolls (a call was about 50 instructions, 3 % of reviewing 50 patients).
    @inline(__always)
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
