import Foundation

/// How the log writes instants and days as text, in the database and in exports alike.
///
/// Instants are UTC with whole milliseconds ("2024-05-01T07:30:00.123Z"): fixed width, so
/// they sort as text, and exact, so a log exported and imported again is identical.
/// Days are the patient's local calendar date ("2024-05-01"): a session belongs to the day
/// the patient lived it, whatever the time zone later.
public enum LogTime {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The instant as text, rounded to the millisecond.
    public static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        // Floor division keeps the fraction positive for instants before 1970.
        let seconds = Int64((Double(milliseconds) / 1000).rounded(.down))
        let fraction = Int(milliseconds - seconds * 1000)
        let parts = utc.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.year!, parts.month!, parts.day!,
            parts.hour!, parts.minute!, parts.second!, fraction)
    }

    /// The instant written by `text(_:)`, or nil when the text is not one.
    public static func date(_ text: String) -> Date? {
        let characters = Array(text)
        guard characters.count == 24, text.hasSuffix("Z") else { return nil }
        func number(_ from: Int, _ length: Int) -> Int? { Int(String(characters[from..<from + length])) }
        guard let day = midnight(of: String(characters[0..<10])), characters[10] == "T",
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            let fraction = number(20, 3)
        else { return nil }
        let seconds = Int64(day.timeIntervalSince1970) + Int64(hour * 3600 + minute * 60 + second)
        let date = Date(timeIntervalSince1970: TimeInterval(seconds * 1000 + Int64(fraction)) / 1000)
        // Writing it back must give the same text: this rejects "25:61:99" and the like.
        return Self.text(date) == text ? date : nil
    }

    /// The local calendar day of an instant, as "YYYY-MM-DD".
    public static func day(of date: Date, in timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Whether the text is a real calendar day written as "YYYY-MM-DD".
    public static func isDay(_ text: String) -> Bool {
        midnight(of: text) != nil
    }

    /// The day `count` days after (or before, when negative) a "YYYY-MM-DD" day.
    public static func day(_ day: String, adding count: Int) -> String? {
        guard let midnight = midnight(of: day),
            let moved = utc.date(byAdding: .day, value: count, to: midnight)
        else { return nil }
        return Self.day(of: moved, in: utc.timeZone)
    }

    /// Midnight UTC at the start of a "YYYY-MM-DD" day, or nil when the text is not a real day.
    private static func midnight(of text: String) -> Date? {
        let numbers = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard text.count == 10, numbers.count == 3, let year = numbers[0], let month = numbers[1],
            let day = numbers[2],
            let date = utc.date(from: DateComponents(year: year, month: month, day: day)),
            Self.day(of: date, in: utc.timeZone) == text
        else { return nil }
        return date
    }
}
