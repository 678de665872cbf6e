/// Days as whole numbers (days since 1970-01-01), for work over many days at once: the review
/// walks years of days, and integer arithmetic is far cheaper than a calendar's. The
/// conversions are the proleptic Gregorian ones (H. Hinnant, "chrono-compatible low-level date
/// algorithms"), exact for every day a `LocalDay` can name.
extension LocalDay {
    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // "YYYY-MM-DD"; a day past 9999 (a far `adding`) has a longer year.
        var parts = [0, 0, 0], index = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") { index += 1 } else if index < 3 { parts[index] = parts[index] * 10 + Int(byte) - 48 }
        }
        return Self.dayNumber(year: parts[0], month: parts[1], day: parts[2])
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let year = year - (month <= 2 ? 1 : 0)
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `number` days after 1970-01-01.
    public init(dayNumber number: Int) {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(checkedText: "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))")
    }

    /// `value` in decimal, with leading zeros to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
