import Foundation

/// A calendar day as the patient lived it, in their own time zone: the day a session or a
/// report belongs to. A session that runs past midnight belongs to the day it started.
///
/// Written "YYYY-MM-DD" in the log, in exports and in JSON; that text sorts in day order.
public struct LocalDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// "YYYY-MM-DD".
    public let text: String

    /// The day written as "YYYY-MM-DD", or nil when the text is not a real calendar day.
    public init?(_ text: String) {
        guard Self.parts(ofValid: text) != nil else { return nil }
        self.text = text
    }

    /// A day whose text is already known to be a real day (built from a day number).
    init(checkedText text: String) {
        self.text = text
    }

    /// The day on which `instant` falls in `timeZone`.
    public init(containing instant: Date, in timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        text = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> LocalDay {
        LocalDay(dayNumber: dayNumber + count)
    }

    /// Midnight UTC at the start of the day's date, for arithmetic on dates.
    var midnightUTC: Date { Date(timeIntervalSince1970: Double(dayNumber) * 86_400) }

    public var description: String { text }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        lhs.text < rhs.text
    }

    /// Year, month and day of "YYYY-MM-DD", or nil when the text is not exactly that or not a
    /// real day ("2023-02-29", "2024-13-01"). Worked out with integers: logs are read a
    /// million days at a time, and a calendar is slow.
    static func parts(ofValid text: String) -> (year: Int, month: Int, day: Int)? {
        var utf8 = text.utf8.makeIterator()
        var digits: [Int] = []
        digits.reserveCapacity(8)
        for position in 0..<10 {
            guard let byte = utf8.next() else { return nil }
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
        }
        guard utf8.next() == nil else { return nil }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[4] * 10 + digits[5], day = digits[6] * 10 + digits[7]
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return (year, month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension LocalDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = LocalDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a date like 2024-05-01")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension LocalDay: ExpressibleByStringLiteral {
    /// A day written in the code, such as a test's "2024-05-01"; it must be a real day.
    public init(stringLiteral text: String) {
        guard let day = LocalDay(text) else { preconditionFailure("'\(text)' is not a date like 2024-05-01") }
        self = day
    }
}
