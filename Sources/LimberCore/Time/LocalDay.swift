import Foundation

/// A calendar day as the patient lived it, in their own time zone: the day a session or a
/// report belongs to. A session that runs past midnight belongs to the day it started.
///
/// Written "YYYY-MM-DD" in the log, in exports and in JSON; that text sorts in day order.
public struct LocalDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// "YYYY-MM-DD".
    public let text: String
    /// Days since 1970-01-01 (negative before it), worked out once: a review asks it of every
    /// session's day, week and report, and parsing the text each time was a fiftieth of it.
    public let dayNumber: Int

    /// The day written as "YYYY-MM-DD", or nil when the text is not a real calendar day.
    public init?(_ text: String) {
        guard let midnight = Self.midnightUTC(of: text) else { return nil }
        self.text = text
        dayNumber = Int((midnight.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// The day on which `instant` falls in `timeZone`.
    public init(containing instant: Date, in timeZone: TimeZone = .current) {
        let day = Self.day(containing: instant, in: timeZone)
        text = day.text
        dayNumber = day.number ?? Self.number(of: day.text)
    }

    /// The text of the day on which `instant` falls in `timeZone`, and its number where it comes
    /// on the way: from the zone's offset at that instant by integer arithmetic (a `Calendar` and
    /// `String(format:)` cost about 0.3 ms at every start), through a `Calendar` only outside
    /// `CivilDays.years`.
    static func day(containing instant: Date, in timeZone: TimeZone) -> (text: String, number: Int?) {
        let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        if abs(local) < 1e13 {
            let number = Int((local / 86_400).rounded(.down))
            if CivilDays.years.contains(CivilDays.date(number).year) { return (CivilDays.text(number), number) }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return (String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!), nil)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> LocalDay {
        LocalDay(dayNumber: dayNumber + count)
    }

    init(checked text: String, number: Int) {
        self.text = text
        dayNumber = number
    }

    /// Midnight UTC at the start of the day's date, for arithmetic on dates.
    var midnightUTC: Date { Date(timeIntervalSince1970: TimeInterval(dayNumber) * 86_400) }

    public var description: String { text }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        lhs.text < rhs.text
    }

    /// The Gregorian calendar in UTC, for the days and instants outside `CivilDays.years`.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Midnight UTC at the start of a "YYYY-MM-DD" day, or nil when the text is not a real day
    /// (writing the date back must give the same text: this rejects "2023-02-29").
    static func midnightUTC(of text: String) -> Date? {
        let parsed = CivilDays.parse(text)
        if let number = parsed.number { return Date(timeIntervalSince1970: TimeInterval(number) * 86_400) }
        guard parsed.outOfRange else { return nil }
        let numbers = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard text.utf8.count == 10, numbers.count == 3, let year = numbers[0], let month = numbers[1],
            let day = numbers[2],
            let date = utc.date(from: DateComponents(year: year, month: month, day: day)),
            Self.day(containing: date, in: utc.timeZone).text == text
        else { return nil }
        return date
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
