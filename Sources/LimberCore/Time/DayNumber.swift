import Foundation

/// Days as whole numbers (days since 1970-01-01), for work over many days at once: the review
/// walks years of days, and integer arithmetic (`CivilDays`) is far cheaper than a calendar's.
/// Before 1583 Foundation's calendar is Julian, and the numbers come from it, so that every
/// day `LocalDay(containing:)` can name has one number.
extension LocalDay {
    /// Days since 1970-01-01 (negative before it) of a real day written `text`.
    static func number(of text: String) -> Int {
        let parsed = CivilDays.parse(text)
        if let number = parsed.number { return number }
        // A day after 9999 (a far `adding`) has a longer year: the Gregorian rule still holds.
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, parts[0] > CivilDays.years.upperBound {
            return CivilDays.number(year: parts[0], month: parts[1], day: parts[2])
        }
        return Int((Self.midnightUTC(of: text)!.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// The day `number` days after 1970-01-01.
    public init(dayNumber number: Int) {
        if CivilDays.date(number).year >= CivilDays.years.lowerBound {
            self.init(checked: CivilDays.text(number), number: number)
        } else {
            self.init(containing: Date(timeIntervalSince1970: TimeInterval(number) * 86_400), in: Self.utc.timeZone)
        }
    }
}
